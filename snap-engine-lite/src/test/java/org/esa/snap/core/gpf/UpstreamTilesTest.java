package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.TargetProduct;
import org.junit.jupiter.api.Test;

/** A tile reading its computed source with a halo gets the source tiles computed ahead of it. */
class UpstreamTilesTest {

  private static final RenderingHints TILES_16 = new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(16, 16));

  /** A 64 x 64 band of 16 x 16 tiles that notes which tiles it has computed. */
  public static class UpOp extends Operator {
    @TargetProduct
    Product target;
    final Set<Point> computed = ConcurrentHashMap.newKeySet();

    @Override
    public void initialize() {
      target = new Product("up", "UP", 64, 64);
      target.addBand("u", ProductData.TYPE_FLOAT32);
    }

    @Override
    public void computeTile(Band band, Tile tile, ProgressMonitor pm) {
      computed.add(new Point(tile.getMinX() / 16, tile.getMinY() / 16));
      tile.setSamples(new float[tile.getWidth() * tile.getHeight()]);
    }

    /** Registers {@link UpOp}. */
    public static class Spi extends OperatorSpi {
      public Spi() {
        super(UpOp.class);
      }
    }
  }

  /** Reads its source with a one-pixel halo; notes the source tiles computed when each of its tiles began. */
  public static class HaloOp extends Operator {
    @SourceProduct
    Product source;
    @TargetProduct
    Product target;
    UpOp up;
    final Map<Point, Set<Point>> sourceTilesAtStart = new ConcurrentHashMap<>();

    @Override
    public void initialize() {
      target = new Product("halo", "HALO", 64, 64);
      target.addBand("h", ProductData.TYPE_FLOAT32);
    }

    @Override
    public void computeTile(Band band, Tile tile, ProgressMonitor pm) {
      sourceTilesAtStart.put(new Point(tile.getMinX() / 16, tile.getMinY() / 16), Set.copyOf(up.computed));
      Rectangle halo = tile.getRectangle();
      halo.grow(1, 1);
      getSourceTile(source.getBand("u"), halo);
      tile.setSamples(new float[tile.getWidth() * tile.getHeight()]);
    }

    /** Registers {@link HaloOp}. */
    public static class Spi extends OperatorSpi {
      public Spi() {
        super(HaloOp.class);
      }
    }
  }

  private static HaloOp chain() {
    UpOp up = (UpOp) new UpOp.Spi().createOperator(Map.of(), GPF.NO_SOURCES, TILES_16);
    HaloOp halo = (HaloOp) new HaloOp.Spi().createOperator(Map.of(), Map.of("source", up.getTargetProduct()), TILES_16);
    halo.up = up;
    halo.getTargetProduct();
    return halo;
  }

  @Test
  void afterTheFirstTileTheSourceTilesUnderATilesHaloAreComputedBeforeIt() {
    HaloOp halo = chain();
    OperatorImage image = ((Operator) halo).context.getImages().get(0);

    // an inner tile teaches the halo: its source tiles 0..2 x 0..2 and one pixel around
    image.prefetch(new Rectangle(16, 16, 16, 16));
    image.prefetch(new Rectangle(32, 32, 16, 16));

    // the first tile found no source tile ready; the second its whole halo, source tiles 1..3 x 1..3
    assertEquals(Set.of(), halo.sourceTilesAtStart.get(new Point(1, 1)));
    Set<Point> ready = halo.sourceTilesAtStart.get(new Point(2, 2));
    for (int x = 1; x <= 3; x++) {
      for (int y = 1; y <= 3; y++) {
        assertTrue(ready.contains(new Point(x, y)), "source tile " + x + "," + y + " ready in " + ready);
      }
    }
  }
}
