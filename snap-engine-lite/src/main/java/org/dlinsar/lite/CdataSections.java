package org.dlinsar.lite;

/**
 * XML text cut at its {@code <![CDATA[...]]>} sections, for putting values into it as gpt's
 * templates leave them once parsed: outside a section escaped, inside raw (the parser takes a
 * section's text as it stands, so an escaped {@code R&D} would reach the reader as {@code R&amp;D}).
 * The graphs' variables ({@code TemplateText}) and XML parameter files ({@code ParameterFile}) use it.
 */
public final class CdataSections {

  private static final String OPEN = "<![CDATA[";
  private static final String CLOSE = "]]>";

  private CdataSections() {}

  /** What a stretch of the text becomes. */
  @FunctionalInterface
  public interface Substitution {
    /**
     * @param stretch text between section marks
     * @param inSection whether it lies inside a CDATA section
     */
    String apply(String stretch, boolean inSection);
  }

  /**
   * {@code xml} with each stretch outside and inside CDATA sections replaced as {@code substitution}
   * gives it, the sections' marks kept; a section left open runs to the end.
   */
  public static String substitute(String xml, Substitution substitution) {
    StringBuilder out = new StringBuilder(xml.length());
    boolean inSection = false;
    int at = 0;
    while (at < xml.length()) {
      String mark = inSection ? CLOSE : OPEN;
      int next = xml.indexOf(mark, at);
      int end = next < 0 ? xml.length() : next;
      out.append(substitution.apply(xml.substring(at, end), inSection));
      if (next < 0) {
        break;
      }
      out.append(mark);
      at = next + mark.length();
      inSection = !inSection;
    }
    return out.toString();
  }

  /** {@code value} as it can stand inside a CDATA section: a {@code ]]>} in it split across two sections. */
  public static String inSection(String value) {
    return value.replace(CLOSE, "]]" + CLOSE + OPEN + ">");
  }
}
