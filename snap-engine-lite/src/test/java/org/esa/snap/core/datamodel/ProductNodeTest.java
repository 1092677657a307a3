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

  /**
   * SNAP's isValidNodeName (snap-core ProductNode.java 14.x, lines 220-227) refuses null and the
   * words or/and/not as the whole name (equalsIgnoreCase, untrimmed), then matches the trimmed name
   * against [^\\/:*?"<>|.][^\\/:*?"<>|]*.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "   ", ".hidden", "  .hidden", "a/b", "a\\b", "a:b", "a*b", "a?b", "a\"b", "a<b", "a>b",
      "a|b", "or", "AND", "not"})
  void rejectsNamesSnapRejects(String name) {
    assertFalse(ProductNode.isValidNodeName(name));
  }

  /**
   * What the same lines of SNAP accept: control characters inside the name (trim takes them off
   * its ends only; a character class matches a line break), a trailing dot, and or/and/not with
   * spaces around them, tested as the word only when the name is exactly that word.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tab\there", "line\nbreak", "bell\u0007", "del\u007F", "name.", " or ", "\tand", "not ",
      "nota", "Or1"})
  void acceptsNamesSnapAccepts(String name) {
    assertTrue(ProductNode.isValidNodeName(name));
  }

  /** SNAP's setName trims before it asks isValidNodeName (ProductNode.java 14.x, lines 103-106, 126): " or " is refused there. */
  @Test
  void setNameRefusesAWordWithSpacesAroundIt() {
    Band band = new Band("b", ProductData.TYPE_FLOAT32, 1, 1);
    assertThrows(IllegalArgumentException.class, () -> band.setName(" or "));
    band.setName("tab\there");
    assertEquals("tab\there", band.getName());
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

  /**
   * SNAP's setNodeName (snap-core ProductNode.java 14.x, lines 112-137) refuses a name a raster of
   * the node's product holds, ignoring case, its own included (Assert.argument, an
   * IllegalArgumentException); the product itself may take a band's name (Product.java lines
   * 2936-2939, allowSameName).
   */
  @Test
  void aNodeOfAProductCannotTakeTheNameOfOneOfItsRasters() {
    Product product = new Product("stack", "InSAR", 2, 2);
    Band coh = product.addBand("coh", ProductData.TYPE_FLOAT32);
    Band phase = product.addBand("phase", ProductData.TYPE_FLOAT32);

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> phase.setName(" COH "));
    assertEquals("The Product 'stack' already contains a raster data node with the name 'COH'.", error.getMessage());
    assertEquals("phase", phase.getName());
    assertThrows(IllegalArgumentException.class, () -> coh.setName("Coh"), "its own name in another case");
    MetadataElement element = new MetadataElement("Abstracted_Metadata");
    product.getMetadataRoot().addElement(element);
    assertThrows(IllegalArgumentException.class, () -> element.setName("phase"));

    coh.setName("coh");
    phase.setName("unwrapped");
    assertEquals("unwrapped", phase.getName());
    assertEquals(phase, product.getBand("UNWRAPPED"));
    product.setName("coh");
    assertEquals("coh", product.getName());
    new Band("free", ProductData.TYPE_FLOAT32, 1, 1).setName("coh");
  }

  @Test
  void constructorRejectsBlankNames() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new MetadataElement(" "));
    assertEquals("a product node needs a non-blank name, got ' '", error.getMessage());
  }
}
