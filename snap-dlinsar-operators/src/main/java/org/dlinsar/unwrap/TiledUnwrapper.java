package org.dlinsar.unwrap;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dlinsar.ifg.Cycles;

/**
 * Unwraps a raster in overlapping tiles with another unwrapper, in parallel, and stitches them:
 * whole-cycle offsets between tiles by consensus in the overlaps ({@link CycleOffsets}), each
 * pixel from the tile that owns it (overlaps split in the middle, away from tile borders where
 * the flow is least constrained). Each tile takes one offset: letting each connected part of a
 * tile vote on its own mended a strip without data that ends inside a tile, but measured worse
 * where masks break dense fringes into many small parts, whose few votes in the overlaps go astray
 * (README, "Unwrapping", stop 44). Memory beyond the raster: the unwrapped tiles, about the
 * raster again times ((size / (size - overlap))^2). A raster no larger than one tile goes to the
 * inner unwrapper whole. Thread-safe when the inner unwrapper is.
 */
final class TiledUnwrapper implements PhaseUnwrapper {

  private final PhaseUnwrapper inner;
  private final int tileSize;
  private final int overlap;

  TiledUnwrapper(PhaseUnwrapper inner, int tileSize, int overlap) {
    TileLayout.of(tileSize + 1, tileSize, overlap); // checks size and overlap
    this.inner = inner;
    this.tileSize = tileSize;
    this.overlap = overlap;
  }

  @Override
  public float[] unwrap(float[] phase, float[] weight, int width, int height) {
    return unwrap(phase, weight, weight, width, height);
  }

  @Override
  public float[] unwrap(float[] phase, float[] coherence, float[] weight, int width, int height) {
    PhaseGrid grid = new PhaseGrid(width, height);
    grid.checkPixels("phase", phase);
    grid.checkPixels("weight", weight);
    grid.checkPixels("coherence", coherence);
    TileLayout columns = TileLayout.of(width, tileSize, overlap);
    TileLayout rows = TileLayout.of(height, tileSize, overlap);
    int nx = columns.count();
    int tiles = nx * rows.count();
    if (tiles == 1) {
      return inner.unwrap(phase, coherence, weight, width, height);
    }
    int tw = columns.size();
    int th = rows.size();
    float[][] unwrapped = new float[tiles][];
    IntStream.range(0, tiles).parallel().forEach(t -> {
      int x0 = columns.starts()[t % nx];
      int y0 = rows.starts()[t / nx];
      unwrapped[t] = inner.unwrap(crop(phase, width, x0, y0, tw, th), crop(coherence, width, x0, y0, tw, th),
          crop(weight, width, x0, y0, tw, th), tw, th);
    });
    List<CycleOffsets.Link> links = new ArrayList<>();
    for (int t = 0; t < tiles; t++) {
      for (int u = t + 1; u < tiles; u++) {
        int dx = Math.abs(u % nx - t % nx);
        int dy = u / nx - t / nx;
        if (dx <= 1 && dy <= 1) {
          CycleOffsets.Link link = CycleOffsets.vote(t, unwrapped[t], columns.starts()[t % nx],
              rows.starts()[t / nx], tw, th, u, unwrapped[u], columns.starts()[u % nx], rows.starts()[u / nx], tw, th);
          if (link != null) {
            links.add(link);
          }
        }
      }
    }
    int[] cycles = CycleOffsets.solve(tiles, links);
    float[] out = new float[grid.pixels()];
    for (int t = 0; t < tiles; t++) {
      int i = t % nx;
      int j = t / nx;
      int x0 = columns.starts()[i];
      int y0 = rows.starts()[j];
      float shift = (float) (Cycles.TWO_PI * cycles[t]);
      for (int y = rows.ownedFrom(j); y < rows.ownedTo(j); y++) {
        for (int x = columns.ownedFrom(i); x < columns.ownedTo(i); x++) {
          out[y * width + x] = unwrapped[t][(y - y0) * tw + (x - x0)] + shift;
        }
      }
    }
    return out;
  }

  private static float[] crop(float[] values, int width, int x0, int y0, int w, int h) {
    float[] out = new float[w * h];
    for (int y = 0; y < h; y++) {
      System.arraycopy(values, (y0 + y) * width + x0, out, y * w, w);
    }
    return out;
  }
}
