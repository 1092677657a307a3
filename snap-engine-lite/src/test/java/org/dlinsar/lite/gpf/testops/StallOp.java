package org.dlinsar.lite.gpf.testops;

import com.bc.ceres.core.ProgressMonitor;
import java.util.concurrent.CountDownLatch;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.TargetProduct;

/**
 * A source-less operator whose tiles never finish: a write of its target stays staged until the
 * JVM ends, which lets a test stop a run half-way with a signal.
 */
@OperatorMetadata(alias = "Test-Stall", internal = true, description = "Never finishes a tile (tests only).")
public class StallOp extends Operator {

  private static final CountDownLatch NEVER = new CountDownLatch(1);

  @TargetProduct
  Product target;

  @Override
  public void initialize() {
    target = new Product("stall", "TEST", 16, 16);
    target.addBand("phase", ProductData.TYPE_FLOAT32);
  }

  @Override
  public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm) {
    try {
      NEVER.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static class Spi extends OperatorSpi {
    public Spi() {
      super(StallOp.class);
    }
  }
}
