package eu.esa.snap.core.datamodel.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

/** Band grouping as SNAP's BandGroupImpl parses, matches and formats it (snap-engine 14.x). */
class BandGroupTest {

  @Test
  void parsesPathsAndFormatsThemBack() {
    BandGroup group = BandGroup.parse("i_ifg:q_ifg: / coh_/ :mask_*_2020*");

    assertEquals(4, group.size());
    assertArrayEquals(new String[] {"coh_"}, group.get(2));
    assertEquals("i_ifg:q_ifg:coh_:mask_*_2020*", group.toString(), "empty groups and blanks dropped");
    assertEquals(group, BandGroup.parse(group.toString()));
    assertNotEquals(group, BandGroup.parse("i_ifg:q_ifg"));
    assertNull(BandGroup.parse(""));
    assertNull(BandGroup.parse(" : / "));
  }

  @Test
  void indexOfTriesTheMostSpecificPathFirst() {
    BandGroup group = BandGroup.parse("ifg:i_ifg:mask_*_2020*");

    assertEquals(1, group.indexOf("i_ifg_20200101_20200113"), "i_ifg is longer than ifg");
    assertEquals(0, group.indexOf("q_ifg_20200101_20200113"));
    assertEquals(2, group.indexOf("mask_ifg_20200101"), "a wildcard matches the whole name");
    assertEquals(-1, group.indexOf("coh_20200101"));
  }

  @Test
  void matchingBandNamesFollowTheProductsBands() {
    Product product = new Product("stack", "TEST", 2, 2);
    for (String name : new String[] {"coh_a", "grad_az", "i_ifg_a", "grad_rg"}) {
      product.addBand(name, ProductData.TYPE_FLOAT32);
    }

    assertArrayEquals(new String[] {"grad_az", "i_ifg_a", "grad_rg"},
        BandGroup.parse("grad_:ifg").getMatchingBandNames(product));
    assertArrayEquals(new String[] {"coh_a"}, BandGroup.parse("x#coh_a,none").getMatchingBandNames(product));
  }
}
