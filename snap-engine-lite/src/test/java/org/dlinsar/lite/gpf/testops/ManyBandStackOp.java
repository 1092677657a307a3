package org.dlinsar.lite.gpf.testops;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.util.Map;
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

/**
 * A source-less tile-stack operator of {@code bands} uint8 bands "b0", "b1", ..., band k holding
 * k everywhere, as a mask operator with one band per interferogram would; counts its stacks.
 */
@OperatorMetadata(alias = "Test-ManyBandStack")
public class ManyBandStackOp extends Operator {

  @Parameter(defaultValue = "64", interval = "[1,*)")
  int width;

  @Parameter(defaultValue = "64", interval = "[1,*)")
  int height;

  @Parameter(defaultValue = "100", interval = "[1,250]")
  int bands;

  @TargetProduct
  Product target;

  /** Calls of computeTileStack(). */
  public final AtomicInteger stackCalls = new AtomicInteger();

  @Override
  public void initialize() {
    target = new Product("stack", "STACK", width, height);
    for (int k = 0; k < bands; k++) {
      target.addBand("b" + k, ProductData.TYPE_UINT8);
    }
  }

  @Override
  public void computeTileStack(Map<Band, Tile> targetTiles, Rectangle targetRectangle, ProgressMonitor pm) {
    stackCalls.incrementAndGet();
    for (int k = 0; k < bands; k++) {
      Tile tile = targetTiles.get(target.getBand("b" + k));
      byte[] samples = new byte[targetRectangle.width * targetRectangle.height];
      java.util.Arrays.fill(samples, (byte) k);
      tile.setSamples(samples);
    }
  }

  /** Registers {@link ManyBandStackOp}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(ManyBandStackOp.class);
    }
  }
}
