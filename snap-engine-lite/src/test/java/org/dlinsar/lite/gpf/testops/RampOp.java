package org.dlinsar.lite.gpf.testops;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.TargetProduct;

/** A source-less operator whose band "ramp" holds {@code offset + 1000 y + x}; counts its calls. */
@OperatorMetadata(alias = "Test-Ramp", description = "A ramp for GPF tests")
public class RampOp extends Operator {

  @Parameter(defaultValue = "20", interval = "[1,*)")
  int width;

  @Parameter(defaultValue = "12", interval = "[1,*)")
  int height;

  @Parameter(defaultValue = "0")
  double offset;

  @TargetProduct
  Product target;

  /** Calls of initialize(). */
  public final AtomicInteger initializeCalls = new AtomicInteger();

  /** Calls of computeTile() per tile rectangle. */
  public final Map<Rectangle, AtomicInteger> tileCalls = new ConcurrentHashMap<>();

  /** Calls of dispose(). */
  public final AtomicInteger disposeCalls = new AtomicInteger();

  /** The value of pixel (x, y). */
  public static float expected(int x, int y, double offset) {
    return (float) (offset + 1000 * y + x);
  }

  @Override
  public void initialize() {
    initializeCalls.incrementAndGet();
    target = new Product("ramp", "RAMP", width, height);
    target.addBand("ramp", ProductData.TYPE_FLOAT32);
  }

  @Override
  public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm) {
    checkForCancellation();
    tileCalls.computeIfAbsent(targetTile.getRectangle(), r -> new AtomicInteger()).incrementAndGet();
    for (int y = targetTile.getMinY(); y <= targetTile.getMaxY(); y++) {
      for (int x = targetTile.getMinX(); x <= targetTile.getMaxX(); x++) {
        targetTile.setSample(x, y, expected(x, y, offset));
      }
    }
  }

  @Override
  public void dispose() {
    disposeCalls.incrementAndGet();
    Disposals.record("Test-Ramp", target);
    super.dispose();
  }

  /** Registers {@link RampOp}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(RampOp.class);
    }
  }
}
