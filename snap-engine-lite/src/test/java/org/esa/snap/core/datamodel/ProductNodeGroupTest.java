package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

  @Test
  void findsARenamedNodeByItsNewNameAndTheFirstOfTwoThatShareOne() {
    ProductNodeGroup<Band> group = new ProductNodeGroup<>("bands");
    Band a = new Band("a", ProductData.TYPE_FLOAT32, 1, 1);
    Band b = new Band("b", ProductData.TYPE_FLOAT32, 1, 1);
    group.add(a);
    group.add(b);
    assertSame(b, group.get("B"));

    b.setName("C");
    assertNull(group.get("b"));
    assertSame(b, group.get("c"));
    a.setName("c");
    assertSame(a, group.get("C"));
    group.remove(a);
    assertSame(b, group.get("C"));
  }

  /**
   * The lookup by name is indexed; it must find what SNAP's scan with equalsIgnoreCase finds, the
   * first match, through appends, insertions, removals and renames, for names whose cases fold
   * unusually (sharp s, micro sign and mu, dotted and dotless i, Deseret letters outside the
   * basic plane).
   */
  @Test
  void findsWhatAScanIgnoringCaseFindsThroughEveryChange() {
    String[] letters = {"a", "A", "ß", "SS", "µ", "μ", "Μ", "i", "I", "İ", "ı", "\uD801\uDC00", "\uD801\uDC28", "_", "1"};
    Random random = new Random(3100002);
    ProductNodeGroup<Band> group = new ProductNodeGroup<>("bands");
    List<Band> reference = new ArrayList<>();
    for (int step = 0; step < 4000; step++) {
      String name = randomName(random, letters);
      int action = random.nextInt(10);
      if (action < 5) {
        Band band = new Band(name, ProductData.TYPE_INT8, 1, 1);
        group.add(band);
        reference.add(band);
      } else if (action == 5 && !reference.isEmpty()) {
        Band band = new Band(name, ProductData.TYPE_INT8, 1, 1);
        int at = random.nextInt(reference.size() + 1);
        group.add(at, band);
        reference.add(at, band);
      } else if (action == 6 && !reference.isEmpty()) {
        Band band = reference.remove(random.nextInt(reference.size()));
        assertTrue(group.remove(band));
      } else if (action == 7 && !reference.isEmpty()) {
        reference.get(random.nextInt(reference.size())).setName(name);
      } else {
        int expected = -1;
        for (int i = 0; i < reference.size() && expected < 0; i++) {
          if (reference.get(i).getName().equalsIgnoreCase(name)) {
            expected = i;
          }
        }
        assertEquals(expected, group.indexOf(name), "step " + step + ": " + name);
        assertEquals(expected >= 0, group.contains(name));
      }
    }
  }

  private static String randomName(Random random, String[] letters) {
    StringBuilder name = new StringBuilder();
    for (int k = 1 + random.nextInt(2); k > 0; k--) {
      name.append(letters[random.nextInt(letters.length)]);
    }
    return name.toString();
  }
}
