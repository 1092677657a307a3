package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

class InterferogramTest {

  private final Product product = productWithOneInterferogram();
  private final Band re = product.getBand("i_ifg_VV_15Jan2020_27Jan2020");
  private final Band im = product.getBand("q_ifg_VV_15Jan2020_27Jan2020");
  private final Pair pair = new Pair(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 1, 27));

  @Test
  void namesItsMaskBandAfterItsSuffix() {
    Interferogram ifg = new Interferogram("VV_15Jan2020_27Jan2020", "VV", pair, re, im, null, 0);
    assertEquals("mask_ifg_VV_15Jan2020_27Jan2020", ifg.maskBandName());
    assertEquals("VV_15Jan2020_27Jan2020", ifg.toString());
  }

  @Test
  void rejectsANegativeProductIndex() {
    assertThrows(IllegalArgumentException.class,
        () -> new Interferogram("VV_15Jan2020_27Jan2020", "VV", pair, re, im, null, -1));
  }

  private static Product productWithOneInterferogram() {
    Product p = StackFixtures.product("p", 2, 2);
    StackFixtures.addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    return p;
  }
}
