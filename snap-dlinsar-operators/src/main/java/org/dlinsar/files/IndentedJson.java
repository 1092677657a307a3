package org.dlinsar.files;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON the stages write beside their products, indented as Jackson indents it. Jackson ends
 * its indented lines with the platform's line separator, CRLF on Windows: a file written there
 * would differ byte for byte from the same file written on Linux or macOS, and from the CSVs
 * beside it, which end their lines with LF. These end them with LF everywhere.
 */
public final class IndentedJson {

  private IndentedJson() {}

  /** A new mapper that writes indented JSON with LF line ends. */
  public static ObjectMapper mapper() {
    DefaultPrettyPrinter lf = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return new ObjectMapper().setDefaultPrettyPrinter(lf).enable(SerializationFeature.INDENT_OUTPUT);
  }
}
