package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Variables gpt substitutes otherwise than the headless engine (ceres' TemplateReader, snap-engine
 * 14.x): read with the real reader, {@code ${a}${b}} with both given gives {@code AA${b}}, and a
 * value holding {@code &} makes the XML unreadable.
 */
class GptSubstitutionTest {

  @Test
  void aValueHoldingAnAmpersandOrALessThanOutsideCdataIsNamed() {
    String graph = "<graph><node><parameters><file>${input}</file><text><![CDATA[${note}]]></text>"
        + "</parameters></node></graph>";

    List<String> warnings = GptSubstitution.warnings("g.xml", graph, Map.of("input", "R&D/a<b.dim", "note", "x & y"));

    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("Warning: graph g.xml: the value of input holds '&' or '<', which gpt"),
        warnings.get(0));
    assertEquals(List.of(), GptSubstitution.warnings("g.xml", graph, Map.of("input", "plain/a.dim", "note", "x & y")),
        "inside CDATA gpt's raw value reads as the text it is");
  }

  @Test
  void aKeyRightAfterASubstitutedBracedKeyIsNamed() {
    Map<String, String> both = Map.of("dir", "/data/", "name", "out.dim");

    List<String> warnings = GptSubstitution.warnings("g.xml", "<file>${dir}${name}</file>", both);

    assertEquals(List.of("Warning: graph g.xml: gpt leaves ${name} as written where it follows ${dir} directly (its"
        + " template reader takes the character after a substituted ${...} as text); the headless engine"
        + " substitutes it; put a character between them, or give one variable for both"), warnings);
    assertEquals(1, GptSubstitution.warnings("g.xml", "<file>${dir}$name</file>", both).size());
    assertEquals(List.of(), GptSubstitution.warnings("g.xml", "<file>${dir}/${name}</file>", both));
    assertEquals(List.of(), GptSubstitution.warnings("g.xml", "<file>${dir}${name}</file>", Map.of("name", "o.dim")),
        "an unset first key leaves its text and the second is read");
    assertEquals(List.of(), GptSubstitution.warnings("g.xml", "<file>$dir$name</file>", both),
        "$dir$name is one key, dir$name, in both");
  }
}
