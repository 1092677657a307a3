package org.dlinsar.lite.gpf.testops;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;

/**
 * The 3x3 box mean of one source band ("mean"), reading each tile with a one-pixel halo; at the
 * scene edge only the pixels inside the scene count.
 */
@OperatorMetadata(alias = "Test-BoxMean")
public class BoxMeanOp extends Operator {

  @SourceProduct
  Product sourceProduct;

  @Parameter(defaultValue = "ramp")
  String bandName;

  private Product target;

  @Override
  public void initialize() {
    Band source = sourceProduct.getBand(bandName);
    target = new Product("mean", "MEAN", source.getRasterWidth(), source.getRasterHeight());
    target.addBand("mean", ProductData.TYPE_FLOAT32);
    setTargetProduct(target);
  }

  @Override
  public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm) {
    Rectangle r = targetTile.getRectangle();
    Tile source = getSourceTile(sourceProduct.getBand(bandName), new Rectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2));
    for (Tile.Pos pos : targetTile) {
      double sum = 0;
      int count = 0;
      // the source tile reaches past the scene's edge as SNAP's does: the mean stays inside the scene
      for (int y = Math.max(pos.y - 1, 0); y <= Math.min(pos.y + 1, targetBand.getRasterHeight() - 1); y++) {
        for (int x = Math.max(pos.x - 1, 0); x <= Math.min(pos.x + 1, targetBand.getRasterWidth() - 1); x++) {
          sum += source.getSampleDouble(x, y);
          count++;
        }
      }
      targetTile.setSample(pos.x, pos.y, sum / count);
    }
  }

  @Override
  public void dispose() {
    Disposals.record("Test-BoxMean", target);
    super.dispose();
  }

  /** Registers {@link BoxMeanOp}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(BoxMeanOp.class);
    }
  }
}
