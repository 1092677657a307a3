package org.dlinsar.lite.gpf.testops;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.SourceProduct;

/**
 * A tile-stack operator: "sum" = a + b (float32), "half" = a / 2 stored as int16 with scaling
 * factor 0.5 (so its raw samples equal a); records every computeTileStack call.
 */
@OperatorMetadata(alias = "Test-Stack")
public class StackOp extends Operator {

  @SourceProduct(alias = "source")
  Product sourceProduct;

  /** The rectangle and band names of every computeTileStack call. */
  public final List<Map.Entry<Rectangle, List<String>>> calls = new CopyOnWriteArrayList<>();

  @Override
  public void initialize() {
    Product target = new Product("stack", "STACK", sourceProduct.getSceneRasterWidth(), sourceProduct.getSceneRasterHeight());
    target.setPreferredTileSize(sourceProduct.getPreferredTileSize());
    target.addBand("sum", ProductData.TYPE_FLOAT32);
    Band half = target.addBand("half", ProductData.TYPE_INT16);
    half.setScalingFactor(0.5);
    setTargetProduct(target);
  }

  @Override
  public void computeTileStack(Map<Band, Tile> targetTiles, Rectangle targetRectangle, ProgressMonitor pm) {
    calls.add(Map.entry(targetRectangle, targetTiles.keySet().stream().map(Band::getName).toList()));
    Tile a = getSourceTile(sourceProduct.getBand("a"), targetRectangle);
    Tile b = getSourceTile(sourceProduct.getBand("b"), targetRectangle);
    Product target = getTargetProduct();
    Tile sum = targetTiles.get(target.getBand("sum"));
    Tile half = targetTiles.get(target.getBand("half"));
    for (Tile.Pos pos : sum) {
      sum.setSample(pos.x, pos.y, a.getSampleFloat(pos.x, pos.y) + b.getSampleFloat(pos.x, pos.y));
      half.setSample(pos.x, pos.y, a.getSampleDouble(pos.x, pos.y) / 2);
    }
  }

  /** Registers {@link StackOp}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(StackOp.class);
    }
  }
}
