package org.dlinsar.lite.graph;

import com.bc.ceres.core.ProgressMonitor;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;

/**
 * A test operator whose band "phase" throws {@link OutOfMemoryError} for the tiles below row 8,
 * in whatever thread computes them, without exhausting the heap; with {@code wrapped} the error
 * comes as the cause of a runtime exception, as from an operator that wraps all it catches.
 */
@OperatorMetadata(alias = "Test-OutOfMemory", internal = true, description = "Runs out of memory (tests only).")
public class OutOfMemoryOp extends Operator {

  public static final String ALIAS = "Test-OutOfMemory";

  /** The name of the last thread that threw, so a test can tell it was a worker. */
  public static volatile String failingThread;

  @SourceProduct
  private Product sourceProduct;

  @Parameter(defaultValue = "false")
  public boolean wrapped;

  /** Registers the operator with GPF, once per JVM. */
  public static void register() {
    var registry = GPF.getDefaultInstance().getOperatorSpiRegistry();
    if (registry.getOperatorSpi(ALIAS) == null) {
      registry.addOperatorSpi(new Spi());
    }
  }

  @Override
  public void initialize() {
    Product target = new Product("oom", "TEST", sourceProduct.getSceneRasterWidth(),
        sourceProduct.getSceneRasterHeight());
    target.addBand("phase", ProductData.TYPE_FLOAT32);
    target.setPreferredTileSize(16, 8);
    setTargetProduct(target);
  }

  @Override
  public void computeTile(Band band, Tile tile, ProgressMonitor pm) {
    if (tile.getMinY() >= 8) {
      failingThread = Thread.currentThread().getName();
      OutOfMemoryError error = new OutOfMemoryError("Java heap space");
      if (wrapped) {
        throw new IllegalStateException("tile at row " + tile.getMinY() + " failed", error);
      }
      throw error;
    }
    for (Tile.Pos pos : tile) {
      tile.setSample(pos.x, pos.y, 1f);
    }
  }

  public static class Spi extends OperatorSpi {
    public Spi() {
      super(OutOfMemoryOp.class);
    }
  }
}
