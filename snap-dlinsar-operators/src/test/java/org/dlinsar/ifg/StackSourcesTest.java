package org.dlinsar.ifg;

import static org.dlinsar.ifg.StackFixtures.addFlatInterferogram;
import static org.dlinsar.ifg.StackFixtures.addFloatBand;
import static org.dlinsar.ifg.StackFixtures.filled;
import static org.dlinsar.ifg.StackFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;

class StackSourcesTest {

  @Test
  void readsTheStackOfThePrimaryAndFurtherSourcesOnce() {
    Product a = product("a", 4, 4);
    Product b = product("b", 4, 4);
    addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(b, "VV_27Jan2020_08Feb2020", 0.5f);
    assertEquals(2, StackSources.readStack("DL-Mask", a, new Product[] {a, b}).interferograms().size());
    assertEquals(1, StackSources.readStack("DL-Mask", a, null).interferograms().size());
  }

  @Test
  void aSourceWithoutAStackIsAnOperatorErrorStartingWithTheOperator() {
    Product p = product("dem_only", 4, 4);
    addFloatBand(p, "elevation", "meters", filled(16, 0f));
    OperatorException e = assertThrows(OperatorException.class,
        () -> StackSources.readStack("Phase-Gradient-Stack", p, null));
    assertTrue(e.getMessage().startsWith("Phase-Gradient-Stack: "), e.getMessage());
    assertTrue(e.getMessage().contains("'dem_only'"), e.getMessage());
  }
}
