package com.bc.ceres.binding.dom;

import java.util.Locale;

/** Writes {@link DomElement} trees as XML text. */
final class DomXml {

  private DomXml() {
  }

  static void append(DomElement element, int depth, StringBuilder xml) {
    indent(depth, xml);
    xml.append('<').append(element.getName());
    for (String attribute : element.getAttributeNames()) {
      String attributeValue = element.getAttribute(attribute);
      xml.append(' ').append(attribute).append("=\"");
      escape(attributeValue != null ? attributeValue : "", true, element, xml);
      xml.append('"');
    }
    String value = element.getValue();
    int childCount = element.getChildCount();
    if ((value == null || value.isEmpty()) && childCount == 0) {
      xml.append("/>");
      return;
    }
    xml.append('>');
    if (value != null) {
      escape(value, false, element, xml);
    }
    if (childCount > 0) {
      for (int i = 0; i < childCount; i++) {
        xml.append('\n');
        append(element.getChild(i), depth + 1, xml);
      }
      xml.append('\n');
      indent(depth, xml);
    }
    xml.append("</").append(element.getName()).append('>');
  }

  private static void indent(int depth, StringBuilder xml) {
    for (int i = 0; i < depth; i++) {
      xml.append("  ");
    }
  }

  private static void escape(String text, boolean inAttribute, DomElement element, StringBuilder xml) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> xml.append("&amp;");
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '"' -> xml.append(inAttribute ? "&quot;" : "\"");
        case '\'' -> xml.append(inAttribute ? "&apos;" : "'");
        case '\t', '\n', '\r' -> {
          // Attribute values would lose these to whitespace normalization.
          if (inAttribute) {
            xml.append("&#").append((int) c).append(';');
          } else {
            xml.append(c);
          }
        }
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalStateException("element '" + element.getName() + "' holds character U+"
                + String.format(Locale.ROOT, "%04X", (int) c) + ", which XML 1.0 cannot represent");
          }
          xml.append(c);
        }
      }
    }
  }
}
