package org.dlinsar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dlinsar.ifg.StackFixtures;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stack operator runs from SNAP Desktop's single-source dialog and from gpt with several
 * positional sources. SNAP's DefaultOperatorAction builds source selectors only for
 * {@code @SourceProduct} fields and keys each by alias, else field name (snap-desktop 14.x,
 * snap-gpf-ui {@code DefaultIOParametersPanel.createSourceProductsMap}); gpt keys positional
 * sources "sourceProduct", "sourceProduct.N", "sourceProductN" in a TreeMap (snap-engine 14.x,
 * {@code CommandLineArgs.parseArgs}).
 */
class OperatorSourcesTest {

  private static Product stack(String name, String suffix) {
    Product p = StackFixtures.product(name, 6, 5);
    StackFixtures.addFlatInterferogram(p, suffix, 0.9f);
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"DL-Mask", "Phase-Gradient-Stack"})
  void declaresOneMandatorySourceProductAndOptionalMore(String alias) {
    Class<? extends Operator> type = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(alias)
        .getOperatorClass();
    List<Field> singles = new ArrayList<>();
    List<Field> multiples = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (field.isAnnotationPresent(SourceProduct.class)) {
        singles.add(field);
      }
      if (field.isAnnotationPresent(SourceProducts.class)) {
        multiples.add(field);
      }
    }
    assertEquals(1, singles.size(), alias + " @SourceProduct fields");
    assertEquals("sourceProduct", singles.get(0).getName());
    assertTrue(!singles.get(0).getAnnotation(SourceProduct.class).optional());
    assertEquals(1, multiples.size(), alias + " @SourceProducts fields");
    assertEquals(0, multiples.get(0).getAnnotation(SourceProducts.class).count(), "extra stacks are optional");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DL-Mask", "Phase-Gradient-Stack"})
  void runsFromTheDesktopDialogsSingleSource(String alias) {
    Product target = create(alias, Map.of("sourceProduct", stack("a", "VV_15Jan2020_27Jan2020")));
    assertNotNull(target.getBand("i_ifg_VV_15Jan2020_27Jan2020"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DL-Mask", "Phase-Gradient-Stack"})
  void poolsGptsPositionalSources(String alias) {
    Product a = stack("a", "VV_15Jan2020_27Jan2020");
    Product b = stack("b", "VV_27Jan2020_08Feb2020");
    Map<String, Product> gpt = new TreeMap<>(Map.of("sourceProduct", a, "sourceProduct.1", a, "sourceProduct1", a,
        "sourceProduct.2", b, "sourceProduct2", b));
    Product target = create(alias, gpt);
    assertNotNull(target.getBand("i_ifg_VV_15Jan2020_27Jan2020"));
    assertNotNull(target.getBand("i_ifg_VV_27Jan2020_08Feb2020"));
  }

  private static Product create(String alias, Map<String, Product> sources) {
    Map<String, Object> params = alias.equals("DL-Mask") ? Map.of("method", "OTSU") : GPF.NO_PARAMS;
    OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(alias);
    return spi.createOperator(params, sources).getTargetProduct();
  }
}
