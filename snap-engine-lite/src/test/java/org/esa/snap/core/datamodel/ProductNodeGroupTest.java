package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductNodeGroupTest {

  @Test
  void looksNodesUpByIndexAndByNameIgnoringCase() {
    ProductNodeGroup<Band> group = new ProductNodeGroup<>("bands");
    Band a = new Band("a", ProductData.TYPE_FLOAT32, 1, 1);
    Band b = new Band("B", ProductData.TYPE_FLOAT32, 1, 1);

    assertTrue(group.add(a));
    assertTrue(group.add(b));
    assertFalse(group.add(a));

    assertSame(b, group.get("b"));
    assertSame(a, group.get(0));
    assertEquals(1, group.indexOf("B"));
    assertNull(group.get("c"));
    assertArrayEquals(new String[] {"a", "B"}, group.getNodeNames());
    assertArrayEquals(new Band[] {a, b}, group.toArray(new Band[0]));
    assertEquals(2, group.toArray().length);
  }

  @Test
  void aFreeStandingGroupDoesNotTakeOwnership() {
    ProductNodeGroup<Band> group = new ProductNodeGroup<>("bands");
    Band band = new Band("a", ProductData.TYPE_FLOAT32, 1, 1);

    group.add(band);

    assertNull(band.getOwner());
    assertTrue(group.remove(band));
    assertFalse(group.contains("a"));
  }
}
