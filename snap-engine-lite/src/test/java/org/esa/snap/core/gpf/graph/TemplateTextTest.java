package org.esa.snap.core.gpf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

  @Test
  void replacesBracedAndBareKeys() {
    assertEquals("a=1 b=2 c", TemplateText.substitute("a=${a} b=$b c", Map.of("a", "1", "b", "2")));
  }

  @Test
  void takesTrailingDotIntoBareKeyAsGptDoes() {
    assertEquals("$b.", TemplateText.substitute("$b.", Map.of("b", "2")));
  }

  @Test
  void takesDotsIntoBareKeys() {
    assertEquals("x", TemplateText.substitute("$source.1", Map.of("source.1", "x", "source", "wrong")));
  }

  @Test
  void leavesUnknownKeysAndLoneDollarsVerbatim() {
    assertEquals("${nope} $nope $ $1 ${open", TemplateText.substitute("${nope} $nope $ $1 ${open", Map.of()));
  }

  @Test
  void escapesValuesForXml() {
    assertEquals("&lt;a&amp;b&gt;", TemplateText.substitute("$v", Map.of("v", "<a&b>")));
  }

  /**
   * Inside CDATA the parser takes text as it stands, so values go in raw, as gpt inserts them: an
   * escaped {@code R&D} reached the operator as {@code R&amp;D}, a file not there. A {@code ]]>} in
   * a value is split across two sections; outside them values are escaped as before.
   */
  @Test
  void insertsValuesRawInsideCdata() {
    assertEquals("<file><![CDATA[/data/R&D/s1.dim]]></file> &amp;",
        TemplateText.substitute("<file><![CDATA[${input}]]></file> $v", Map.of("input", "/data/R&D/s1.dim", "v", "&")));
    assertEquals("<![CDATA[a]]]]><![CDATA[>b]]>", TemplateText.substitute("<![CDATA[$v]]>", Map.of("v", "a]]>b")));
  }

  @Test
  void doesNotSubstituteInsideValues() {
    assertEquals("$b", TemplateText.substitute("$a", Map.of("a", "$b", "b", "no")));
  }
}
