package org.esa.snap.core.gpf;

import com.bc.ceres.core.NullProgressMonitor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlinsar.lite.gpf.testops.RampOp;
import org.dlinsar.lite.gpf.testops.StackOp;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;
import org.esa.snap.core.gpf.annotations.TargetProduct;
import org.esa.snap.core.gpf.annotations.TargetProperty;
import org.esa.snap.core.util.ProductUtils;
import org.junit.jupiter.api.Test;

class OperatorTest {

  /** Fails in initialize() with the exception it is given. */
  static final class FailingOp extends Operator {
    private final RuntimeException failure;

    FailingOp(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public void initialize() {
      throw failure;
    }
  }

  /** Two named sources, an optional one and a target property. */
  static final class PairOp extends Operator {
    @SourceProduct(alias = "reference")
    Product referenceProduct;
    @SourceProduct
    Product secondary;
    @SourceProduct(optional = true)
    Product extra;
    @TargetProduct
    Product target;
    @TargetProperty(alias = "widthPx")
    int width;

    @Override
    public void initialize() {
      width = ensureSingleRasterSize(referenceProduct, secondary).width;
      target = new Product("pair", "PAIR", width, 1);
    }
  }

  /** Collects every source not bound to a single-source field. */
  static final class StackingOp extends Operator {
    @SourceProduct(alias = "master", optional = true)
    Product reference;
    @SourceProducts
    Product[] others;

    @Override
    public void initialize() {
      setTargetProduct(new Product("s", "S", 1, 1));
    }
  }

  /** Has a virtual band and a copied band with its own image: neither gets an operator image. */
  static final class PassThroughOp extends Operator {
    @SourceProduct
    Product sourceProduct;

    @Override
    public void initialize() {
      Product target = new Product("p", "P", 4, 3);
      target.addBand(new VirtualBand("v", ProductData.TYPE_FLOAT32, 4, 3, "1"));
      ProductUtils.copyBand("a", sourceProduct, target, true);
      target.addBand("computed", ProductData.TYPE_FLOAT32);
      setTargetProduct(target);
    }

    @Override
    public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm) {
      for (Tile.Pos pos : targetTile) {
        targetTile.setSample(pos.x, pos.y, 7.0);
      }
    }
  }

  @Test
  void initializesOnceHoweverOftenTheTargetIsRequested() {
    RampOp op = (RampOp) new RampOp.Spi().createOperator();
    Product first = op.getTargetProduct();
    assertSame(first, op.getTargetProduct());
    assertEquals(1, op.initializeCalls.get());
  }

  @Test
  void computedTilesReadBackAsTheRamp() throws IOException {
    RampOp op = (RampOp) new RampOp.Spi().createOperator(Map.of("offset", "0.5"), GPF.NO_SOURCES);
    ((Operator) op).context.setTileSizeHint(new Dimension(7, 5));
    Band ramp = op.getTargetProduct().getBand("ramp");
    ProductData data = ramp.createCompatibleRasterData();
    ramp.readRasterData(0, 0, 20, 12, data);
    float[] samples = (float[]) data.getElems();
    for (int y = 0; y < 12; y++) {
      for (int x = 0; x < 20; x++) {
        assertEquals(RampOp.expected(x, y, 0.5), samples[y * 20 + x], "pixel " + x + "," + y);
      }
    }
    assertEquals(9, op.tileCalls.size());
    assertTrue(op.tileCalls.containsKey(new Rectangle(14, 10, 6, 2)));
  }

  @Test
  void operatorExceptionFromInitializePropagatesAsIs() {
    OperatorException failure = new OperatorException("bad source");
    assertSame(failure, assertThrows(OperatorException.class, () -> new FailingOp(failure).getTargetProduct()));
  }

  @Test
  void otherRuntimeExceptionFromInitializePropagatesAsIsAsInSnap() {
    // SNAP's OperatorContext.initializeOperator calls initialize() without a catch: callers
    // (a graph, Spark's TaskOutcome) see the operator's own exception, not an OperatorException
    IllegalStateException failure = new IllegalStateException("boom");
    assertSame(failure, assertThrows(IllegalStateException.class, () -> new FailingOp(failure).getTargetProduct()));
  }

  @Test
  void aFailedInitializeRunsAgainAtTheNextRequestAsInSnap() {
    // SNAP's getTargetProduct initialises while its target product is null, so it fails again
    AtomicInteger calls = new AtomicInteger();
    Operator op = new Operator() {
      @Override
      public void initialize() {
        calls.incrementAndGet();
        throw new OperatorException("bad source");
      }
    };
    assertThrows(OperatorException.class, op::getTargetProduct);
    assertThrows(OperatorException.class, op::getTargetProduct);
    assertEquals(2, calls.get());
  }

  @Test
  void bindsSourcesByAliasThenFieldNameAndSetsTargetProperties() {
    PairOp op = new PairOp();
    Product reference = new Product("r", "T", 5, 2);
    Product secondary = new Product("s", "T", 5, 2);
    op.setSourceProduct("reference", reference);
    op.setSourceProduct("secondary", secondary);
    Product target = op.getTargetProduct();
    assertSame(reference, op.referenceProduct);
    assertSame(secondary, op.secondary);
    assertSame(target, op.target);
    assertEquals(5, op.getTargetProperty("width"));
    assertEquals(5, op.getTargetProperty("widthPx"));
    assertEquals("reference", op.getSourceProductId(reference));
  }

  @Test
  void failsNamingTheMissingMandatorySource() {
    PairOp op = new PairOp();
    op.setSourceProduct("reference", new Product("r", "T", 5, 2));
    OperatorException e = assertThrows(OperatorException.class, op::getTargetProduct);
    assertEquals("Operator 'PairOp': mandatory source product 'secondary' not set; sources given: reference", e.getMessage());
  }

  @Test
  void sourceProductsFieldGetsTheUnboundSourcesInOrder() {
    Product a = new Product("a", "T", 1, 1);
    Product b = new Product("b", "T", 1, 1);
    Product c = new Product("c", "T", 1, 1);
    Map<String, Product> sources = new LinkedHashMap<>();
    sources.put("z", c);
    sources.put("master", a);
    sources.put("y", b);
    StackingOp op = new StackingOp();
    op.context.setSourceProducts(sources);
    op.getTargetProduct();
    assertSame(a, op.reference);
    assertArrayEquals(new Product[] {c, b}, op.others);
  }

  @Test
  void setSourceProductsKeysThemAsSnapDoes() {
    StackingOp op = new StackingOp();
    Product a = new Product("a", "T", 1, 1);
    op.setSourceProducts(a);
    assertSame(a, op.getSourceProduct("sourceProduct.1"));
    assertSame(a, op.getSourceProduct("sourceProduct1"));
    assertEquals("sourceProduct.1", op.getSourceProductId(a));
  }

  @Test
  void virtualBandsAndBandsWithDataGetNoOperatorImage() {
    PassThroughOp op = new PassThroughOp();
    op.setSourceProduct(TestScenes.twoBands(4, 3, null));
    Product target = op.getTargetProduct();
    assertEquals(1, op.context.getImages().size());
    assertSame(target.getBand("computed"), op.context.getImages().get(0).getBand());
    assertFalse(target.getBand("v").isSourceImageSet());
    assertEquals(7f, TestScenes.readAll(target.getBand("computed"))[11]);
    assertEquals(11f, TestScenes.readAll(target.getBand("a"))[11]);
  }

  @Test
  void detectsWhichComputeMethodIsOverridden() {
    assertTrue(new RampOp().canComputeTile());
    assertFalse(new RampOp().canComputeTileStack());
    assertTrue(new StackOp().canComputeTileStack());
    assertFalse(new StackOp().canComputeTile());
  }

  @Test
  void checkForCancellationThrowsOnceTheRunMonitorIsCancelled() {
    RampOp op = new RampOp();
    op.setParameterDefaultValues();
    NullProgressMonitor monitor = new NullProgressMonitor();
    op.execute(monitor);
    op.checkForCancellation();
    monitor.setCanceled(true);
    OperatorCancelException e = assertThrows(OperatorCancelException.class, op::checkForCancellation);
    assertTrue(e.getMessage().contains("Test-Ramp"), e.getMessage());
  }

  @Test
  void ensureSingleRasterSizeNamesEveryProductAndSize() {
    PairOp op = new PairOp();
    op.setSourceProduct("reference", new Product("r", "T", 5, 2));
    op.setSourceProduct("secondary", new Product("s", "T", 6, 2));
    OperatorException e = assertThrows(OperatorException.class, op::getTargetProduct);
    assertEquals("Operator 'PairOp': all products must have the same raster size, but product 'r' is 5x2,"
        + " product 's' is 6x2", e.getMessage());
  }

  @Test
  void ensureSingleRasterSizeComparesBands() {
    PairOp op = new PairOp();
    Band a = new Band("a", ProductData.TYPE_FLOAT32, 3, 3);
    Band b = new Band("b", ProductData.TYPE_FLOAT32, 3, 4);
    assertEquals(new Dimension(3, 3), op.ensureSingleRasterSize(a, a));
    OperatorException e = assertThrows(OperatorException.class, () -> op.ensureSingleRasterSize(a, b));
    assertTrue(e.getMessage().endsWith("band 'a' is 3x3, band 'b' is 3x4"), e.getMessage());
  }

  @Test
  void ensureSceneGeoCodingNamesTheProductWithoutOne() {
    OperatorException e = assertThrows(OperatorException.class,
        () -> new PairOp().ensureSceneGeoCoding(new Product("plain", "T", 2, 2)));
    assertEquals("Operator 'PairOp': source product 'plain' has no scene geo-coding", e.getMessage());
  }
}
