package org.dlinsar.bench;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dlinsar.lite.Parallelism;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/** Pulls every tile of some bands on all cores, as the writer does, and discards the samples. */
final class TilePull {

  private TilePull() {
  }

  /** Reads {@code bands} of {@code product} tile by tile in parallel; returns elapsed seconds. */
  static double seconds(Product product, List<Band> bands) throws Exception {
    int width = product.getSceneRasterWidth();
    int height = product.getSceneRasterHeight();
    Dimension tile = RasterImage.tileSize(product.getPreferredTileSize(), width, height);
    List<Rectangle> tiles = new ArrayList<>();
    for (int y = 0; y < height; y += tile.height) {
      for (int x = 0; x < width; x += tile.width) {
        tiles.add(new Rectangle(x, y, Math.min(tile.width, width - x), Math.min(tile.height, height - y)));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Parallelism.threads());
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Rectangle r : tiles) {
        done.add(pool.submit(() -> {
          for (Band band : bands) {
            ProductData data = band.createCompatibleRasterData(r.width, r.height);
            band.readRasterData(r.x, r.y, r.width, r.height, data);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
