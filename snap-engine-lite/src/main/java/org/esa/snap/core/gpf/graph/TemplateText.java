package org.esa.snap.core.gpf.graph;

import java.util.Map;
import org.dlinsar.lite.CdataSections;

/**
 * Substitutes gpt's template variables in graph XML text, as SNAP's {@code TemplateReader} does:
 * {@code ${key}} and bare {@code $key}, where a bare key runs over Java identifier characters and
 * dots. A key without a value is left verbatim, so a literal {@code $} survives when nothing is
 * defined for it. Values are inserted once (not substituted again) and XML-escaped, so a path
 * holding {@code &} or {@code <} stays a path; inside a {@code <![CDATA[...]]>} section, where the
 * XML parser takes text as it stands, raw as gpt inserts them (escaped there, {@code R&D} reached
 * the operator as {@code R&amp;D}), a {@code ]]>} in a value split across two sections ({@link
 * CdataSections}).
 */
final class TemplateText {

  private TemplateText() {}

  /**
   * @param text the graph XML, not modified
   * @param variables values by key; not modified
   * @return {@code text} with every known variable replaced by its escaped value
   */
  static String substitute(String text, Map<String, String> variables) {
    return CdataSections.substitute(text, (stretch, inCdata) -> substituteStretch(stretch, variables, inCdata));
  }

  /** One stretch of the text, inside a CDATA section or not. */
  private static String substituteStretch(String text, Map<String, String> variables, boolean inCdata) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '{') {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          out.append(text, i, text.length());
          break;
        }
        String key = text.substring(i + 2, close);
        appendValueOrVerbatim(out, variables.get(key), text.substring(i, close + 1), inCdata);
        i = close + 1;
      } else if (Character.isJavaIdentifierStart(text.charAt(i + 1))) {
        int end = i + 2;
        while (end < text.length() && isKeyPart(text.charAt(end))) {
          end++;
        }
        String key = text.substring(i + 1, end);
        appendValueOrVerbatim(out, variables.get(key), text.substring(i, end), inCdata);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isKeyPart(char c) {
    return Character.isJavaIdentifierPart(c) || c == '.';
  }

  private static void appendValueOrVerbatim(StringBuilder out, String value, String verbatim, boolean inCdata) {
    if (value == null) {
      out.append(verbatim);
      return;
    }
    if (inCdata) {
      out.append(CdataSections.inSection(value));
      return;
    }
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
  }
}
