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
