package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.dlinsar.lite.gpf.testops.PoolOp;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;
import org.junit.jupiter.api.Test;

/**
 * Source injection as SNAP 14 does it: snap-engine 14.x, snap-gpf
 * {@code internal/OperatorContext.initSourceProductFields}, {@code processSourceProductField},
 * {@code processSourceProductsField} and {@code getUnnamedProducts}; the source maps are those that
 * gpt ({@code main/CommandLineArgs.parseArgs}, a {@code TreeMap}), graphs ({@code NodeContext}: the
 * source element's name) and SNAP Desktop ({@code DefaultIOParametersPanel.createSourceProductsMap}:
 * alias, else field name) hand over.
 */
class SourceProductBinderTest {

  private final Product a = new Product("a", "T", 1, 1);
  private final Product b = new Product("b", "T", 1, 1);
  private final Product c = new Product("c", "T", 1, 1);

  /** A lone mandatory {@code @SourceProduct}, as SAR toolbox operators declare it. */
  static final class SingleOp extends Operator {
    @SourceProduct
    Product sourceProduct;

    @Override
    public void initialize() {
      setTargetProduct(new Product("t", "T", 1, 1));
    }
  }

  /** Only {@code @SourceProducts}, at least one. */
  static final class ManyOp extends Operator {
    @SourceProducts(count = -1)
    Product[] sourceProducts;

    @Override
    public void initialize() {
      setTargetProduct(new Product("t", "T", 1, 1));
    }
  }

  /** A {@code @SourceProducts} field that needs exactly two products. */
  static final class TwoOp extends Operator {
    @SourceProduct
    Product sourceProduct;
    @SourceProducts(count = 2)
    Product[] more;

    @Override
    public void initialize() {
      setTargetProduct(new Product("t", "T", 1, 1));
    }
  }

  private static PoolOp pool(Map<String, Product> sources) {
    PoolOp op = (PoolOp) new PoolOp.Spi().createOperator(GPF.NO_PARAMS, sources);
    op.getTargetProduct();
    return op;
  }

  @Test
  void gptPositionalSourcesGiveThePrimaryFieldTheFirstAndTheArrayTheRest() {
    // gpt Test-Pool a.dim b.dim c.dim: CommandLineArgs keys "sourceProduct", ".N" and "N" in a TreeMap
    Map<String, Product> sources = new TreeMap<>(Map.of("sourceProduct", a, "sourceProduct.1", a, "sourceProduct1", a,
        "sourceProduct.2", b, "sourceProduct2", b, "sourceProduct.3", c, "sourceProduct3", c));
    PoolOp op = pool(sources);
    assertSame(a, op.sourceProduct);
    assertArrayEquals(new Product[] {b, c}, op.sourceProducts);
  }

  @Test
  void desktopDialogSingleSourceLeavesTheArrayEmpty() {
    // DefaultIOParametersPanel builds one selector per @SourceProduct, keyed by its alias or field name
    PoolOp op = pool(Map.of("sourceProduct", a));
    assertSame(a, op.sourceProduct);
    assertArrayEquals(new Product[0], op.sourceProducts);
  }

  @Test
  void graphSourcesAreKeyedByTheirElementNames() {
    Map<String, Product> sources = new LinkedHashMap<>();
    sources.put("sourceProduct", a);
    sources.put("sourceProduct.2", b);
    PoolOp op = pool(sources);
    assertSame(a, op.sourceProduct);
    assertArrayEquals(new Product[] {b}, op.sourceProducts);
  }

  @Test
  void aLoneSourceProductFieldTakesNoOtherKey() {
    // processSourceProductField looks up the field name, then the alias, nothing else
    SingleOp op = new SingleOp();
    op.context.setSourceProducts(Map.of("sourceProduct.1", a));
    OperatorException e = assertThrows(OperatorException.class, op::getTargetProduct);
    assertEquals("Operator 'SingleOp': mandatory source product 'sourceProduct' not set; sources given: sourceProduct.1",
        e.getMessage());
  }

  @Test
  void sourceProductsWithCountMinusOneNeedsASource() {
    OperatorException e = assertThrows(OperatorException.class, new ManyOp()::getTargetProduct);
    assertTrue(e.getMessage().contains("at least a single source product expected"), e.getMessage());
  }

  @Test
  void countIsCheckedAgainstAllSourcesNamedOnesIncluded() {
    TwoOp op = new TwoOp();
    op.context.setSourceProducts(Map.of("sourceProduct", a, "sourceProduct.2", b));
    op.getTargetProduct();
    assertArrayEquals(new Product[] {b}, op.more);

    TwoOp three = new TwoOp();
    three.context.setSourceProducts(Map.of("sourceProduct", a, "sourceProduct.2", b, "sourceProduct.3", c));
    OperatorException e = assertThrows(OperatorException.class, three::getTargetProduct);
    assertTrue(e.getMessage().contains("required 2, found 3"), e.getMessage());
  }

  @Test
  void createProductKeysPositionalSourcesByTheFieldsTheOperatorDeclares() {
    // GPF.createProduct(String, Map, Product[], RenderingHints): "sourceProduct" for a @SourceProduct
    // field, "sourceProduct.N"/"sourceProductN" for a @SourceProducts field
    Product target = GPF.createProduct("Test-Pool", GPF.NO_PARAMS, a, b, c);
    PoolOp op = (PoolOp) ProductOwners.ownerOf(target).getOperator();
    assertSame(a, op.sourceProduct);
    assertArrayEquals(new Product[] {b, c}, op.sourceProducts);
  }

  @Test
  void createProductGivesAnOperatorWithoutSourceProductsOnlyTheFirst() {
    Product source = TestScenes.twoBands(4, 3, null);
    Product target = GPF.createProduct("Test-Stack", GPF.NO_PARAMS, source, a);
    assertEquals(4, target.getSceneRasterWidth());
    Operator op = ProductOwners.ownerOf(target).getOperator();
    assertArrayEquals(new Product[] {source}, op.getSourceProducts());
  }

  @Test
  void getSourceProductPrefersTheSourceKeyedSourceProduct() {
    ManyOp op = new ManyOp();
    Map<String, Product> sources = new LinkedHashMap<>();
    sources.put("sourceProduct.1", a);
    sources.put("sourceProduct", b);
    op.context.setSourceProducts(sources);
    assertSame(b, op.getSourceProduct());
    op.context.setSourceProducts(Map.of("x", c));
    assertSame(c, op.getSourceProduct());
    op.context.setSourceProducts(Map.of());
    assertNull(op.getSourceProduct());
  }
}
