package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class XmlPrinterTest {

  @Test
  void escapesMarkupAndCharactersOutsideLatin1() throws IOException {
    StringWriter out = new StringWriter();

    new XmlPrinter(out).leaf(1, "NAME", "a<b & \"c\" µ α \uD83D\uDE00", "unit", "\"x\" & <y>");

    assertEquals("    <NAME unit=\"&quot;x&quot; &amp; &lt;y&gt;\">a&lt;b &amp; \"c\" µ &#945; &#128512;</NAME>\n",
        out.toString());
  }

  /**
   * A value cut inside an emoji (a lone surrogate) or holding U+FFFF is written with the
   * replacement character: its reference (&#55357;) is no XML character, and SNAP's parser refused
   * the whole header.
   */
  @Test
  void writesCharactersXmlHasNoneForAsTheReplacementCharacter() throws IOException {
    StringWriter out = new StringWriter();

    new XmlPrinter(out).leaf(0, "A", "cut \uD83D, reversed \uDE00\uD83D, \uFFFE \uFFFF, whole \uD83D\uDE00");

    assertEquals("<A>cut &#65533;, reversed &#65533;&#65533;, &#65533; &#65533;, whole &#128512;</A>\n",
        out.toString());
  }

  @Test
  void printsEmptyElementsAndLeavesOutNullAttributes() throws IOException {
    StringWriter out = new StringWriter();
    XmlPrinter xml = new XmlPrinter(out);

    xml.open(0, "A", "name", "n", "desc", null);
    xml.leaf(1, "EMPTY", null);
    xml.leaf(1, "NUMBER", 2.5);
    xml.close(0, "A");

    assertEquals("<A name=\"n\">\n    <EMPTY />\n    <NUMBER>2.5</NUMBER>\n</A>\n", out.toString());
  }
}
