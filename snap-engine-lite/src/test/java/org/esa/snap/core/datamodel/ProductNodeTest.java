package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProductNodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"coh_IW1_VV_15Jan2020_27Jan2020", "Perp Baseline", "i-q", "a.b", "x (1)"})
  void acceptsSnapNodeNames(String name) {
    assertTrue(ProductNode.isValidNodeName(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", ".hidden", "a/b", "a\\b", "a:b", "a*b", "a?b", "a\"b", "a<b", "a>b", "a|b",
      "tab\there", "or", "AND", "not"})
  void rejectsNamesSnapRejects(String name) {
    assertFalse(ProductNode.isValidNodeName(name));
  }

  @Test
  void rejectsNull() {
    assertFalse(ProductNode.isValidNodeName(null));
  }

  @Test
  void setNameTrimsAndChecksTheName() {
    Band band = new Band("old", ProductData.TYPE_FLOAT32, 1, 1);

    band.setName("  new ");
    assertEquals("new", band.getName());

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> band.setName("a/b"));
    assertTrue(error.getMessage().startsWith("'a/b' is not a valid name for node 'new'"), error.getMessage());
  }

  @Test
  void constructorRejectsBlankNames() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new MetadataElement(" "));
    assertEquals("a product node needs a non-blank name, got ' '", error.getMessage());
  }
}
