package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetadataAttributeTest {

  @Test
  void holdsArraysOfItsType() {
    MetadataAttribute attribute = new MetadataAttribute("doppler", ProductData.TYPE_FLOAT64, 3);
    attribute.getData().setElemDoubleAt(2, 1.5);

    assertEquals(3, attribute.getNumDataElems());
    assertEquals(1.5, attribute.getData().getElemDoubleAt(2));
    assertEquals(24, attribute.getRawStorageSize());
  }

  @Test
  void equalAttributesHaveEqualNamesAndElements() {
    MetadataAttribute a = new MetadataAttribute("x", ProductData.createInstance(new int[] {1, 2}), false);
    MetadataAttribute b = new MetadataAttribute("x", ProductData.createInstance(new int[] {1, 2}), true);
    MetadataAttribute c = new MetadataAttribute("x", ProductData.createInstance(new int[] {1, 3}), false);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
  }

  @Test
  void deepCloneHasItsOwnData() {
    MetadataAttribute original = new MetadataAttribute("t", new ProductData.UTC(7319, 1, 2), true);
    original.setUnit("utc");

    MetadataAttribute clone = original.createDeepClone();
    ((int[]) original.getDataElems())[0] = 0;

    assertEquals(7319, ((ProductData.UTC) clone.getData()).getDaysFraction());
    assertEquals("utc", clone.getUnit());
    assertEquals(true, clone.isReadOnly());
  }

  @Test
  void readOnlyDataCannotBeReplacedThroughSetData() {
    MetadataAttribute attribute = new MetadataAttribute("x", ProductData.createInstance(new int[] {1}), true);

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> attribute.setData(ProductData.createInstance(new int[] {2})));
    assertEquals("data node 'x' is read-only", error.getMessage());
  }
}
