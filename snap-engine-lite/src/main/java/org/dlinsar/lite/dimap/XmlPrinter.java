package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.io.Writer;

/**
 * Prints indented XML the way SNAP's DIMAP header writer does: four spaces per level, one element
 * per line, {@code <TAG />} for an empty element. Text and attribute values are escaped, and any
 * character outside ISO-8859-1 is written as a character reference, so the document stays valid
 * in the header's ISO-8859-1 encoding.
 */
final class XmlPrinter {

  private static final String INDENT = "    ";

  private final Writer out;

  XmlPrinter(Writer out) {
    this.out = out;
  }

  /** Prints the XML declaration of an ISO-8859-1 document. */
  void declaration() throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n");
  }

  /**
   * Prints an opening tag on its own line.
   *
   * @param attributes name/value pairs; a null value leaves the attribute out
   */
  void open(int level, String tag, String... attributes) throws IOException {
    indent(level);
    out.write('<' + tag + attributeText(attributes) + ">\n");
  }

  /** Prints a closing tag on its own line. */
  void close(int level, String tag) throws IOException {
    indent(level);
    out.write("</" + tag + ">\n");
  }

  /** Prints {@code <tag>text</tag>}, or {@code <tag />} when the text is null or empty. */
  void leaf(int level, String tag, Object text, String... attributes) throws IOException {
    indent(level);
    String value = text == null ? "" : String.valueOf(text);
    if (value.isEmpty()) {
      out.write('<' + tag + attributeText(attributes) + " />\n");
    } else {
      out.write('<' + tag + attributeText(attributes) + '>' + escape(value, false) + "</" + tag + ">\n");
    }
  }

  private void indent(int level) throws IOException {
    for (int i = 0; i < level; i++) {
      out.write(INDENT);
    }
  }

  private static String attributeText(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs, got " + attributes.length + " strings");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        text.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
      }
    }
    return text.toString();
  }

  /** Escapes markup characters, and characters ISO-8859-1 or XML 1.0 cannot carry as they are. */
  static String escape(String value, boolean inAttribute) {
    StringBuilder text = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&':
          text.append("&amp;");
          break;
        case '<':
          text.append("&lt;");
          break;
        case '>':
          text.append("&gt;");
          break;
        case '"':
          text.append(inAttribute ? "&quot;" : "\"");
          break;
        default:
          if (inAttribute && (c == '\n' || c == '\r' || c == '\t')) {
            // keep line breaks in attribute values through attribute-value normalisation
            text.append("&#").append((int) c).append(';');
          } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            // not allowed in XML 1.0 at all, not even as a reference
            text.append("&#65533;");
          } else if (c > 0xFF) {
            int codePoint = value.codePointAt(i);
            // a lone surrogate (a value cut inside an emoji) and U+FFFE, U+FFFF are no XML
            // characters either: their references made SNAP's parser refuse the whole header
            boolean legal = !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
                && codePoint != 0xFFFE && codePoint != 0xFFFF;
            text.append("&#").append(legal ? codePoint : 0xFFFD).append(';');
            i += Character.charCount(codePoint) - 1;
          } else {
            text.append(c);
          }
      }
    }
    return text.toString();
  }
}
