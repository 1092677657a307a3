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
