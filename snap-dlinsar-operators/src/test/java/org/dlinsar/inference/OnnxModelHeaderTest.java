package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OnnxModelHeaderTest {

  @Test
  void readsTheOpsetOfTheDefaultDomain() {
    assertEquals(17, OnnxModelHeader.parse(ModelFixtures.bytes(ModelFixtures.TINY_FCN)).opset());
    assertEquals(99, OnnxModelHeader.parse(ModelFixtures.bytes(ModelFixtures.OPSET_99)).opset());
  }

  @Test
  void aTruncatedFileSaysTruncatedWhereverItIsCut() {
    byte[] whole = ModelFixtures.bytes(ModelFixtures.TINY_FCN);
    for (int cut = 1; cut < whole.length; cut += 37) {
      byte[] part = Arrays.copyOf(whole, cut);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OnnxModelHeader.parse(part), "cut at " + cut);
      assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("no graph")
          || e.getMessage().contains("no opset"),
          "cut at " + cut + ": " + e.getMessage());
    }
  }

  @Test
  void textIsNotAnOnnxModel() {
    byte[] text = "{\"name\": \"not a model\"}".getBytes(StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> OnnxModelHeader.parse(text));
    assertThrows(IllegalArgumentException.class, () -> OnnxModelHeader.parse(new byte[0]));
  }
}
