package org.esa.snap.core.gpf.graph;

import java.util.Map;
import org.dlinsar.lite.CdataSections;
import org.dlinsar.lite.TemplateKeys;

/**
 * Substitutes gpt's template variables in graph XML text, as SNAP's {@code TemplateReader} does:
 * {@code ${key}} and bare {@code $key} ({@link TemplateKeys}). A key without a value is left
 * verbatim, so a literal {@code $} survives when nothing is defined for it. Values are inserted once (not substituted again) and XML-escaped, so a path
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
    int at = 0;
    for (TemplateKeys.Key key : TemplateKeys.in(text)) {
      out.append(text, at, key.start());
      appendValueOrVerbatim(out, variables.get(key.name()), text.substring(key.start(), key.end()), inCdata);
      at = key.end();
    }
    return out.append(text, at, text.length()).toString();
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
