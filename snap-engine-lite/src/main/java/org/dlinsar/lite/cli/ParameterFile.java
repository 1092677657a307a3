package org.dlinsar.lite.cli;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import com.bc.ceres.binding.dom.DefaultDomElement;
import com.bc.ceres.binding.dom.DomElement;
import org.dlinsar.lite.CdataSections;
import org.dlinsar.lite.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * gpt's {@code -p} file: Java properties ({@code <name>=<value>}), or, when its text starts with
 * {@code <} as gpt tells them apart, an XML element whose children are an operator's parameters
 * (as a graph node's {@code <parameters>}). gpt's variables {@code ${system.<property>}},
 * {@code ${operatorName}}, {@code ${graphFile}}, {@code ${targetFile}}, {@code ${targetDir}},
 * {@code ${targetName}}, {@code ${targetBaseName}} and {@code ${targetFormat}} are substituted in
 * its text first. gpt does that with Velocity; here only the {@code ${name}} form is, and a name
 * without a value is left as written, as Velocity leaves it.
 */
final class ParameterFile {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
  private static final String SYSTEM_PREFIX = "system.";

  private final File file;
  private final Map<String, String> properties;
  private final DomElement xml;

  private ParameterFile(File file, Map<String, String> properties, DomElement xml) {
    this.file = file;
    this.properties = properties;
    this.xml = xml;
  }

  /**
   * @param variables gpt's variables by name, without {@code system.*}, which come from the
   *     system properties
   * @throws IOException naming the file if it is missing, unreadable or malformed XML
   */
  static ParameterFile read(File file, Map<String, String> variables) throws IOException {
    // not stripped for Properties, so that line numbers in messages are the file's
    String text = TextFile.read(file, "parameter file");
    if (isXml(text.strip())) {
      return new ParameterFile(file, Map.of(), parse(file, substitute(text.strip(), variables, true)));
    }
    Properties loaded = load(file, substitute(text, variables, false));
    Map<String, String> properties = new LinkedHashMap<>();
    for (String name : loaded.stringPropertyNames()) {
      properties.put(name, loaded.getProperty(name));
    }
    return new ParameterFile(file, properties, null);
  }

  /**
   * Loads properties text as gpt does ({@link Properties#load(java.io.Reader)}).
   *
   * @throws IOException naming the file and the line of a malformed backslash-u escape,
   *     which Properties reports without either
   */
  private static Properties load(File file, String text) throws IOException {
    try {
      Properties loaded = new Properties();
      loaded.load(new StringReader(text));
      return loaded;
    } catch (IllegalArgumentException e) {
      throw new IOException("Cannot read parameter file " + file + ": line " + badEscapeLine(text)
          + ": " + e.getMessage() + " (a backslash-u must be followed by four hex digits; write a"
          + " backslash as two)", e);
    }
  }

  /**
   * The first line at which the text stops loading: loading the lines before it works, so
   * continuation lines and comments count as Properties counts them.
   */
  private static int badEscapeLine(String text) throws IOException {
    String[] lines = text.split("\n", -1);
    StringBuilder prefix = new StringBuilder();
    for (int n = 0; n < lines.length; n++) {
      prefix.append(lines[n]).append('\n');
      try {
        new Properties().load(new StringReader(prefix.toString()));
      } catch (IllegalArgumentException e) {
        return n + 1;
      }
    }
    return lines.length;
  }

  /** @return whether the file is XML, which gpt applies to an operator's parameters only */
  boolean isXml() {
    return xml != null;
  }

  /** @return the properties by name; empty for an XML file, as gpt's map of it is */
  Map<String, String> properties() {
    return properties;
  }

  /** @return the XML file's root element, or null for a properties file */
  DomElement xml() {
    return xml;
  }

  @Override
  public String toString() {
    return file.toString();
  }

  /** gpt's test (ceres Resource.isXml): an XML declaration, or text within angle brackets. */
  private static boolean isXml(String text) {
    return text.startsWith("<?xml ") || text.startsWith("<?XML ") || text.startsWith("<") && text.endsWith(">");
  }

  private static String substitute(String text, Map<String, String> variables, boolean xml) {
    // inside CDATA the parser takes text as it stands: values go in raw there, as gpt inserts them
    return !xml ? substituted(text, variables, value -> value)
        : CdataSections.substitute(text, (stretch, inCdata) -> substituted(stretch, variables,
            inCdata ? CdataSections::inSection : ParameterFile::escapeXml));
  }

  private static String substituted(String text, Map<String, String> variables, UnaryOperator<String> placed) {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = name.startsWith(SYSTEM_PREFIX)
          ? System.getProperty(name.substring(SYSTEM_PREFIX.length())) : variables.get(name);
      String replacement = value == null ? matcher.group() : placed.apply(value);
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** A path holding {@code &} or {@code <} stays a path rather than breaking the XML. */
  private static String escapeXml(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static DomElement parse(File file, String xml) throws IOException {
    Document document;
    try {
      DocumentBuilder builder = SafeXml.documentBuilder();
      document = builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new IOException("Cannot read parameter file " + file + ": malformed XML at line " + e.getLineNumber()
          + ": " + e.getMessage(), e);
    } catch (SAXException e) {
      throw new IOException("Cannot read parameter file " + file + ": malformed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("this JDK's XML parser cannot be secured against external entities", e);
    }
    return toDomElement(document.getDocumentElement());
  }

  /** As a graph node's parameters are read: a leaf's trimmed text is its value, empty none. */
  private static DomElement toDomElement(Element element) {
    DomElement dom = new DefaultDomElement(element.getTagName());
    boolean leaf = true;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        dom.addChild(toDomElement(childElement));
        leaf = false;
      }
    }
    if (leaf) {
      String text = element.getTextContent().trim();
      dom.setValue(text.isEmpty() ? null : text);
    }
    return dom;
  }
}
