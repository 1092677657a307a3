package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.dlinsar.lite.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a DIMAP header with DOCTYPEs, external entities, external DTDs and XInclude disabled,
 * and reads child elements of the DOM the way the DIMAP reader needs them.
 */
final class DimapXml {

  private DimapXml() {
  }

  /**
   * Parses {@code file} into a DOM. A DOCTYPE declaration is refused outright, so no entity of
   * any kind is ever resolved or read.
   *
   * @throws IOException naming the file, with line and column, if it is not well-formed XML
   *     (a truncated header included) or declares a DOCTYPE
   */
  static Document parse(File file) throws IOException {
    try {
      DocumentBuilder builder = SafeXml.documentBuilder();
      return builder.parse(file);
    } catch (SAXParseException e) {
      throw new IOException("malformed BEAM-DIMAP header " + file + " (line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + "): " + e.getMessage(), e);
    } catch (SAXException e) {
      throw new IOException("malformed BEAM-DIMAP header " + file + ": " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IOException("no secure XML parser to read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The direct children of {@code parent} named {@code name}, in document order. */
  static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    if (parent == null) {
      return result;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name)) {
        result.add((Element) n);
      }
    }
    return result;
  }

  /** The first direct child of {@code parent} named {@code name}, or null. */
  static Element child(Element parent, String name) {
    List<Element> all = children(parent, name);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The trimmed text of the first child named {@code name}, or null if there is none. */
  static String childText(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? null : child.getTextContent().trim();
  }

  /**
   * The first child named {@code name} as a double ("NaN" and "Infinity" included), or
   * {@code fallback} when there is no such child or it is empty.
   *
   * @param where what the element belongs to, for the message (band 'x' of file y)
   * @throws IOException naming the element, its text and {@code where} if it is no number
   */
  static double childDouble(Element parent, String name, double fallback, String where) throws IOException {
    String text = childText(parent, name);
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IOException(name + " of " + where + " is '" + text + "', expected a number", e);
    }
  }

  /**
   * The first child named {@code name} as an int, or {@code fallback} when there is no such
   * child or it is empty; with a null {@code fallback} the child is required.
   *
   * @throws IOException naming the element and {@code where} if it is missing or no integer
   */
  static int childInt(Element parent, String name, Integer fallback, String where) throws IOException {
    String text = childText(parent, name);
    if (text == null || text.isEmpty()) {
      if (fallback == null) {
        throw new IOException(where + " has no " + name);
      }
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IOException(name + " of " + where + " is '" + text + "', expected an integer", e);
    }
  }

  /** The first child named {@code name} as a boolean ("true", case-insensitive), else false. */
  static boolean childBoolean(Element parent, String name) {
    return Boolean.parseBoolean(childText(parent, name));
  }
}
