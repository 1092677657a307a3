package org.dlinsar.lite.gpf.testops;

import com.bc.ceres.core.ProgressMonitor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.TargetProduct;

/**
 * A source-less 20 x 12 operator whose tile at (0, 0) fails once another tile is computing, which
 * then goes on for {@value #SLOW_MS} ms whatever interrupts it; counts the tiles computing.
 */
@OperatorMetadata(alias = "Test-FirstTileFails", description = "A failing tile beside a slow one, for GPF tests")
public class FirstTileFailsOp extends Operator {

  static final long SLOW_MS = 400;

  @TargetProduct
  Product target;

  /** Tiles whose computeTile() has begun and not ended. */
  public final AtomicInteger computing = new AtomicInteger();
  private final CountDownLatch anotherStarted = new CountDownLatch(1);

  @Override
  public void initialize() {
    target = new Product("fails", "FAILS", 20, 12);
    target.addBand("b", ProductData.TYPE_FLOAT32);
  }

  @Override
  public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm) {
    computing.incrementAndGet();
    try {
      if (targetTile.getMinX() == 0 && targetTile.getMinY() == 0) {
        await(anotherStarted);
        throw new OperatorException("the first tile fails");
      }
      anotherStarted.countDown();
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SLOW_MS);
      while (System.nanoTime() < end) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          // goes on, as a computation that does not look at interrupts does
        }
      }
    } finally {
      computing.decrementAndGet();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Registers {@link FirstTileFailsOp}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(FirstTileFailsOp.class);
    }
  }
}
