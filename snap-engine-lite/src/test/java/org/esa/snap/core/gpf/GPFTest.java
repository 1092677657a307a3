package org.esa.snap.core.gpf;

import com.bc.ceres.core.NullProgressMonitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.gpf.testops.FirstTileFailsOp;
import org.dlinsar.lite.gpf.testops.RampOp;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GPFTest {

  @Test
  void findsRegisteredOperatorsByAliasIgnoringCase() {
    OperatorSpiRegistry registry = GPF.getDefaultInstance().getOperatorSpiRegistry();
    assertTrue(registry.getOperatorSpi("test-ramp") instanceof RampOp.Spi);
    assertTrue(registry.getOperatorSpi("TEST-RAMP") instanceof RampOp.Spi);
    assertTrue(registry.getOperatorSpi(RampOp.Spi.class.getName()) instanceof RampOp.Spi);
    assertTrue(registry.getAliases().contains("Test-Ramp"));
  }

  @Test
  void unknownOperatorIsRejectedSuggestingCloseAliases() {
    OperatorException e = assertThrows(OperatorException.class, () -> GPF.createProduct("Test-Rmap", GPF.NO_PARAMS));
    assertEquals("Unknown operator 'Test-Rmap'. Did you mean: Test-Ramp?", e.getMessage());
  }

  @Test
  void unknownOperatorWithNothingCloseListsAllAliases() {
    OperatorException e = assertThrows(OperatorException.class, () -> GPF.createProduct("Xyzzy", GPF.NO_PARAMS));
    assertTrue(e.getMessage().startsWith("Unknown operator 'Xyzzy'. Known operators: "), e.getMessage());
    assertTrue(e.getMessage().contains("Test-BoxMean, Test-Params, Test-Pool, Test-Ramp, Test-Stack"), e.getMessage());
  }

  @Test
  void createProductKeysTheFirstSourceAsSourceProductForASingleSourceField() {
    Product source = TestScenes.twoBands(4, 3, null);
    Product target = GPF.createProduct("Test-Stack", GPF.NO_PARAMS, source);
    assertEquals(12f, TestScenes.readAll(target.getBand("sum"))[4]);
  }

  @Test
  void createOperatorSetsParametersAndSources() {
    Product source = TestScenes.twoBands(4, 3, null);
    Operator op = GPF.getDefaultInstance().createOperator("test-boxmean", Map.of("bandName", "b"),
        Map.of("sourceProduct", source), null);
    assertEquals("b", op.getParameter("bandName"));
    assertSame(source, op.getSourceProduct("sourceProduct"));
  }

  @Test
  void tileSizeHintSetsThePreferredTileSize() {
    RenderingHints hints = new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(8, 4));
    Product ramp = GPF.createProduct("Test-Ramp", GPF.NO_PARAMS, hints);
    assertEquals(new Dimension(8, 4), ramp.getPreferredTileSize());
    assertTrue(GPF.KEY_TILE_SIZE.isCompatibleValue(new Dimension(1, 1)));
  }

  /**
   * A service calling GPF.createProduct run after run and disposing the products, as SNAP's API
   * asks: disposing a product disposes the operator that made it (SNAP's OperatorProductReader),
   * so the JVM's tile cache keeps none of the runs' tiles. It kept every one, and the operators'
   * files (DL-Mask's tile file) stayed open until the JVM ended.
   */
  @Test
  void disposingTheProductsOfRunAfterRunLeavesNoneOfTheirTilesCached() {
    long before = TileCache.instance().size();
    for (int run = 0; run < 20; run++) {
      Product ramp = GPF.createProduct("Test-Ramp", Map.of("width", 64, "height", 48));
      Product mean = GPF.createProduct("Test-BoxMean", GPF.NO_PARAMS, ramp);
      assertEquals(RampOp.expected(10, 10, 0), TestScenes.readAll(mean.getBand("mean"))[10 * 64 + 10], 1e-3f);
      assertTrue(TileCache.instance().size() > before, "the run's tiles are cached while its products live");
      mean.dispose();
      ramp.dispose();
      assertEquals(before, TileCache.instance().size(), "bytes cached after run " + run);
    }
  }

  @Test
  void emptyMapsCannotBeModified() {
    assertThrows(UnsupportedOperationException.class, () -> GPF.NO_PARAMS.put("a", 1));
    assertThrows(UnsupportedOperationException.class, () -> GPF.NO_SOURCES.put("a", null));
  }

  @Test
  void executeOperatorComputesEveryTile() {
    RampOp op = (RampOp) new RampOp.Spi().createOperator(GPF.NO_PARAMS, GPF.NO_SOURCES,
        new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(10, 6)));
    GPF.getDefaultInstance().executeOperator(op);
    assertEquals(4, op.tileCalls.size());
  }

  /**
   * A failed tile ends the run only once the other tiles in flight have ended: the caller disposes
   * the product next, into which tiles still computing would write.
   */
  @Test
  void executeOperatorReturnsItsFailureOnlyOnceNoTileIsComputing() {
    FirstTileFailsOp op = (FirstTileFailsOp) new FirstTileFailsOp.Spi().createOperator(GPF.NO_PARAMS,
        GPF.NO_SOURCES, new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(10, 6)));

    OperatorException e = assertThrows(OperatorException.class, () -> GPF.getDefaultInstance().executeOperator(op));

    assertTrue(e.getMessage().contains("the first tile fails"), e.getMessage());
    assertEquals(0, op.computing.get(), "tiles still computing after the failure was thrown");
  }

  @Test
  void writeProductFailureBecomesOperatorExceptionKeepingTheCause() {
    Product ramp = GPF.createProduct("Test-Ramp", GPF.NO_PARAMS);
    File impossible = new File("no-such-dir/out.dim");
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.writeProduct(ramp, impossible, "NO-SUCH-FORMAT", false, new NullProgressMonitor()));
    assertNotNull(e.getCause());
    assertEquals(e.getCause().getMessage(), e.getMessage());
  }

  @Test
  void writeProductHandsItsMonitorToTheOperatorsUpstreamForTheWriteOnly(@TempDir File folder) {
    RampOp ramp = (RampOp) new RampOp.Spi().createOperator();
    Operator mean = GPF.getDefaultInstance().createOperator("Test-BoxMean", GPF.NO_PARAMS,
        Map.of("sourceProduct", ramp.getTargetProduct()), null);
    List<String> seen = new ArrayList<>();
    NullProgressMonitor monitor = new NullProgressMonitor() {
      @Override
      public void beginTask(String taskName, int totalWork) {
        // while the product is written, cancelling this monitor cancels the operators upstream
        setCanceled(true);
        for (Operator op : List.of(ramp, mean)) {
          try {
            op.checkForCancellation();
          } catch (OperatorCancelException e) {
            seen.add(op.getClass().getSimpleName());
          }
        }
        setCanceled(false);
      }
    };

    GPF.writeProduct(mean.getTargetProduct(), new File(folder, "m.dim"), "BEAM-DIMAP", false, monitor);

    assertEquals(List.of("RampOp", "BoxMeanOp"), seen);
    // once written, the product's operators answer to no write's monitor: viewing its bands after
    // a cancelled write must not be cancelled too
    monitor.setCanceled(true);
    ramp.checkForCancellation();
    mean.checkForCancellation();
  }

  @Test
  void defaultInstanceCanBeReplaced() {
    GPF original = GPF.getDefaultInstance();
    GPF empty = new GPF();
    try {
      GPF.setDefaultInstance(empty);
      assertSame(empty, GPF.getDefaultInstance());
      assertThrows(OperatorException.class, () -> GPF.createProduct("Test-Ramp", GPF.NO_PARAMS));
    } finally {
      GPF.setDefaultInstance(original);
    }
  }
}
