package org.dlinsar.report;

/**
 * Text from outside (an input's path, names from its product) made inert in report.md: a path
 * may hold {@code <img src=x onerror=...>} or {@code ](javascript:...)}, which a Markdown viewer
 * that passes HTML through would render as markup.
 */
final class Markdown {

  /**
   * The punctuation that makes inline markup (emphasis, code, links and images, table cells,
   * strikethrough); CommonMark lets any be backslash-escaped.
   */
  private static final String SYNTAX = "\\`*_[]!|~";

  private Markdown() {
  }

  /**
   * {@code text} as a list item's or a heading's content, where it opens a block: as
   * {@link #text}, and a leading '#', '-', '+', '=' or '1.' starts no heading or list.
   */
  static String item(String text) {
    int digits = 0;
    while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    if (digits < text.length() && (digits > 0 ? ".)" : "#-+=").indexOf(text.charAt(digits)) >= 0) {
      return text.substring(0, digits) + "\\" + text.charAt(digits) + text(text.substring(digits + 1));
    }
    return text(text);
  }

  /**
   * {@code text} as plain text within a paragraph or a table cell: syntax characters
   * backslash-escaped, {@code < > &} as entities (raw HTML or an entity is never formed), line
   * breaks and other control characters as spaces (no new block can start).
   */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else {
        if (SYNTAX.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as a code span: inside one nothing is markup, and the fence is one backtick more
   * than the longest run of them in the text, so none ends it early.
   */
  static String code(String text) {
    return code(text, false);
  }

  /** As {@link #code(String)} in a table cell, where a '|' ends the cell even in a code span (GFM). */
  static String codeCell(String text) {
    return code(text, true);
  }

  private static String code(String text, boolean inTable) {
    String flat = text.replaceAll("\\p{Cntrl}", " ");
    int longest = 0;
    int run = 0;
    for (char c : flat.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    // a space on each side keeps a backtick at either end off the fence (CommonMark strips one)
    String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
    return fence + pad + (inTable ? flat.replace("|", "\\|") : flat) + pad + fence;
  }
}
