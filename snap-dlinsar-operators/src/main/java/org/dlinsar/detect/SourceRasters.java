package org.dlinsar.detect;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.ifg.ElevationVoids;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.Tile;

/**
 * Reads the rasters detection needs through an operator's source tiles: the gradient stack's
 * rates and weights, an interferogram's complex samples, an elevation window. Only reading; the
 * arrays it fills belong to the caller, never to a source tile. Safe from several threads.
 */
final class SourceRasters {

  /** Tile edge assumed when a product states no preferred tile size. */
  private static final int DEFAULT_TILE = 512;

  private final Operator operator;
  private volatile HeldBands held = HeldBands.NONE;

  SourceRasters(Operator operator) {
    this.operator = operator;
  }

  /** The order of {@code product}'s tiles (SNAP's usual 512 x 512 when it states none). */
  static TileOrder tileOrder(Product product) {
    Dimension tile = product == null ? null : product.getPreferredTileSize();
    return tile == null ? new TileOrder(DEFAULT_TILE, DEFAULT_TILE) : new TileOrder(tile.width, tile.height);
  }

  /** Keeps the whole rows of {@code bands} read from now on. */
  void hold(HeldBands bands) {
    held = bands;
  }

  /** What {@link #hold} keeps. */
  HeldBands held() {
    return held;
  }

  /**
   * The gradient stack's rates with their weights: from grad_count and grad_stderr when the stack
   * has both ({@link RateReliability}, moderated toward the scatter of the pixel's block of the
   * frame, {@link BlockScatter}), else sqrt(grad_count), 0 below a count of 2 (a single pair's rate).
   *
   * @param count grad_count, or null for weight 1 where a rate exists
   * @param standardError grad_stderr, or null; used only with the count
   */
  StackedGradientDivergence.Rates gradientRates(Band azimuth, Band range, Band count,
      Band standardError) {
    BlockScatter scatter = count == null || standardError == null ? null
        : new BlockScatter((x0, y0, w, h, counts, errors) -> samples(
            new Band[] {count, standardError}, new Rectangle(x0, y0, w, h),
            new float[][] {counts, errors}), azimuth.getRasterWidth(), azimuth.getRasterHeight());
    return (x0, y0, w, h, az, rg, weight) -> {
      Rectangle r = new Rectangle(x0, y0, w, h);
      if (scatter != null) {
        float[] counts = new float[w * h];
        samples(new Band[] {azimuth, range, count, standardError}, r, new float[][] {az, rg, counts, weight});
        scatter.weights(x0, y0, w, h, counts, weight, weight);
      } else if (count != null) {
        samples(new Band[] {azimuth, range, count}, r, new float[][] {az, rg, weight});
        for (int i = 0; i < w * h; i++) {
          // a single pair's rate weighs nothing, as with the error band (RateReliability)
          weight[i] = weight[i] >= 2 ? (float) Math.sqrt(weight[i]) : 0f;
        }
      } else {
        samples(new Band[] {azimuth, range}, r, new float[][] {az, rg});
        java.util.Arrays.fill(weight, 0, w * h, 1f);
      }
    };
  }

  /** One interferogram's samples, 0 + 0i where its {@code mask_ifg_} band (if any) is 0. */
  FringeDivergence.Samples interferogram(Interferogram ifg, Band mask) {
    return (x0, y0, w, h, re, im) -> {
      Rectangle r = new Rectangle(x0, y0, w, h);
      InterferogramTile tile = InterferogramTiles.readPhasors(operator, ifg, r);
      copy(tile.real(), re);
      copy(tile.imaginary(), im);
      if (mask != null) {
        float[] m = operator.getSourceTile(mask, r).getSamplesFloat();
        for (int i = 0; i < m.length; i++) {
          if (!(m[i] > 0)) {
            re[i] = 0f;
            im[i] = 0f;
          }
        }
      }
    };
  }

  /**
   * The samples of each of {@code bands} (of one product) over {@code r}, NaN where no data; new
   * arrays. From the rows held ({@link #hold}) where they hold all of them: a read after the scan
   * (a box's coverage, its line filter) then computes no tile of the gradient stack again.
   */
  float[][] read(Rectangle r, Band... bands) {
    float[][] values = new float[bands.length][r.width * r.height];
    samples(bands, r, values);
    return values;
  }

  /**
   * The elevation over {@code window} (inside the raster), metres, NaN where none: the band's
   * no-data and its unflagged voids ({@link ElevationVoids}), whose edges would read as cliffs.
   */
  float[] elevation(Band elevation, Rectangle window) {
    Tile tile = operator.getSourceTile(elevation, window);
    float[] values = new float[window.width * window.height];
    copy(tile.getSamplesFloat(), values);
    return ElevationVoids.toNoData(values);
  }

  /**
   * The samples of {@code bands} over {@code r} (getSamplesFloat: no data NaN) into {@code out},
   * fetched a source tile at a time in parallel, every band of a tile before the next tile. A
   * rectangle over many tiles asked at once would have them computed one after the other, and
   * the other strips' threads wait on the same tiles: asked piece by piece, every thread computes
   * its own. The bands of one tile come together because an operator computing a tile stack (the
   * gradient stack) makes them all at once: asked band after band over a whole strip, the first
   * band's tiles would leave the cache before the last band is read, and each stack be computed
   * once per band.
   */
  private void samples(Band[] bands, Rectangle r, float[][] out) {
    boolean copied = true;
    for (int b = 0; b < bands.length && copied; b++) {
      copied = held.copy(bands[b], r, out[b]);
    }
    if (copied) {
      // held by an earlier pass (the network's strips before the classical scan): the gradient
      // stack, recomputed from every interferogram where it outgrows the tile cache, is not read again
      return;
    }
    TileOrder tiles = tileOrder(bands[0].getProduct());
    int tw = tiles.tileWidth();
    int th = tiles.tileHeight();
    List<Rectangle> pieces = new ArrayList<>();
    for (int y = (r.y / th) * th; y < r.y + r.height; y += th) {
      for (int x = (r.x / tw) * tw; x < r.x + r.width; x += tw) {
        pieces.add(new Rectangle(x, y, tw, th).intersection(r));
      }
    }
    pieces.parallelStream().forEach(piece -> {
      for (int b = 0; b < bands.length; b++) {
        float[] values = floats(operator.getSourceTile(bands[b], piece));
        for (int y = 0; y < piece.height; y++) {
          System.arraycopy(values, y * piece.width, out[b],
              (piece.y - r.y + y) * r.width + (piece.x - r.x), piece.width);
        }
      }
    });
    for (int b = 0; b < bands.length; b++) {
      held.keep(bands[b], r, out[b]);
    }
  }

  /**
   * The tile's samples as float with no data NaN: its own buffer where that holds exactly them
   * (float32, unscaled, no valid-pixel expression, no no-data value but NaN: the mask would only
   * put NaN where NaN is), else {@code getSamplesFloat}, which applies the mask pixel by pixel.
   * Read only.
   */
  private static float[] floats(Tile tile) {
    RasterDataNode node = tile.getRasterDataNode();
    String expression = node.getValidPixelExpression();
    int n = tile.getWidth() * tile.getHeight();
    boolean plain = !node.isScalingApplied() && (expression == null || expression.isBlank())
        && tile.getScanlineOffset() == 0 && tile.getScanlineStride() == tile.getWidth();
    float[] buffer = tile.getDataBufferFloat();
    if (plain && buffer != null && buffer.length == n
        && (!node.isNoDataValueUsed() || Double.isNaN(node.getNoDataValue()))) {
      return buffer;
    }
    int[] counts = node.getDataType() == ProductData.TYPE_INT32 ? tile.getDataBufferInt() : null;
    if (plain && counts != null && counts.length == n && !node.isNoDataValueUsed()) {
      float[] values = new float[n];
      for (int i = 0; i < n; i++) {
        values[i] = counts[i];
      }
      return values;
    }
    return tile.getSamplesFloat();
  }

  private static void copy(float[] from, float[] to) {
    System.arraycopy(from, 0, to, 0, from.length);
  }
}
