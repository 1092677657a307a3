package org.dlinsar.lite.graph;

import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.OperatorException;

import java.io.File;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads source products for {@link ReadOp} and the launcher, with one message per failure. */
public final class ProductFiles {

  private static final Pattern UNSET_VARIABLE =
      Pattern.compile("\\$\\{([^}]+)}|(?:^|[/\\\\])\\$([A-Za-z_][A-Za-z0-9_.]*)");

  private ProductFiles() {}

  /**
   * Reads the product in {@code file} through {@link ProductIO}; pixels stay on disk.
   *
   * @param formatName the format to read, or null or blank to let the reader decide
   * @throws OperatorException whose one-line message names {@code file} if it is missing, not a
   *     product, unreadable or truncated (the reader's exception is the cause)
   */
  public static Product read(File file, String formatName) {
    if (!file.exists()) {
      // a product that is there is read whatever its path holds ('$proj/stack.dim')
      String variable = unsetVariable(file);
      throw new OperatorException("Cannot read product " + file + (variable == null ? ": no such file"
          : ": the graph variable '" + variable + "' is not set; give it with -P" + variable + "=<file>"));
    }
    Product product;
    try {
      boolean formatGiven = formatName != null && !formatName.isBlank();
      product = formatGiven ? ProductIO.readProduct(file, formatName) : ProductIO.readProduct(file);
    } catch (IOException e) {
      throw new OperatorException("Cannot read product " + file + ": " + e.getMessage(), e);
    }
    if (product == null) {
      throw new OperatorException("Cannot read product " + file + ": no reader opens it (BEAM-DIMAP"
          + " headers, and what the reader plug-ins on the classpath claim"
          + (formatName != null && !formatName.isBlank() ? " in format " + formatName : "") + ")");
    }
    return product;
  }

  /**
   * @return the name of the graph variable that {@code file} still holds verbatim ({@code $x} or
   *     {@code ${x}}, as gpt leaves a variable nobody set), or null if it holds none; a folder
   *     may be named so too, so callers ask only where the path does not lead anywhere
   */
  public static String unsetVariable(File file) {
    Matcher matcher = UNSET_VARIABLE.matcher(file.getPath());
    return matcher.find() ? matcher.group(1) != null ? matcher.group(1) : matcher.group(2) : null;
  }
}
