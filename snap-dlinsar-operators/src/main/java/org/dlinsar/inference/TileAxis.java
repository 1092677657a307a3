package org.dlinsar.inference;

/**
 * Where tiles start along one axis of a raster and how much each tile's pixels count.
 *
 * <p>Tiles of length {@code tile} step by {@code tile - 3 halo}, rounded down to a multiple of
 * {@code stride}: on each side that is not the raster's edge, the outer {@code halo} pixels are
 * context only (weight 0: the network's zero padding reaches them) and the next {@code halo}
 * pixels ramp up as a raised cosine, overlapping the neighbour's ramp. The last tile ends at the
 * raster's edge, or past it where that would start it off the stride (a model of fixed size, which
 * then sees zeros there); at the edges tiles weigh 1 up to the border, where the network pads as
 * it would on the whole raster. Where the halo covers the network's receptive radius and every
 * tile starts on the grid of its pooling, every pixel of positive weight equals the whole-raster
 * result, so the blend of them does too: results do not depend on the tiling.
 */
final class TileAxis {

  private final int length;
  private final int tile;
  private final int halo;
  private final int[] starts;
  private final float[][] weights;
  private final float[] totalWeight;

  /**
   * @param length the raster's length along the axis, pixels
   * @param tile the tile length; shorter than {@code length}, a single tile covers it (a model of
   *     fixed size then sees zeros past the raster's end)
   * @param halo context pixels on each inner side; {@code tile >= 3 halo + stride}
   * @param stride what tile starts are multiples of
   */
  TileAxis(int length, int tile, int halo, int stride) {
    if (length < 1 || tile < 1 || halo < 0 || stride < 1
        || (tile < length && tile < 3 * halo + stride)) {
      throw new IllegalArgumentException("tile axis of length " + length + ", tile " + tile
          + ", halo " + halo + ", stride " + stride + "; expected length, tile, stride >= 1 and"
          + " tile >= 3 x halo + stride");
    }
    this.length = length;
    this.tile = tile;
    this.halo = halo;
    if (tile >= length) {
      starts = new int[] {0};
    } else {
      int step = (tile - 3 * halo) / stride * stride;
      int last = ceilDiv(length - tile, stride) * stride;
      starts = new int[1 + ceilDiv(last, step)];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = Math.min(i * step, last);
      }
    }
    weights = new float[starts.length][tile];
    totalWeight = new float[length];
    for (int i = 0; i < starts.length; i++) {
      boolean atStart = starts[i] == 0;
      boolean atEnd = starts[i] + tile >= length;
      for (int u = 0; u < tile; u++) {
        weights[i][u] = side(atStart, u) * side(atEnd, tile - 1 - u);
      }
      int end = Math.min(tile, length - starts[i]);
      for (int u = 0; u < end; u++) {
        totalWeight[starts[i] + u] += weights[i][u];
      }
    }
  }

  /** @return the tile length, pixels */
  int tile() {
    return tile;
  }

  /** @return how many tiles */
  int count() {
    return starts.length;
  }

  /** @return where tile {@code i} starts, pixels */
  int start(int i) {
    return starts[i];
  }

  /**
   * @param i the tile
   * @param u the pixel within the tile, 0 to {@code tile - 1}
   * @return how much that pixel counts, 0 to 1
   */
  float weight(int i, int u) {
    return weights[i][u];
  }

  /** @return the weights of tile {@code i} by pixel; not to be modified */
  float[] weights(int i) {
    return weights[i];
  }

  /** @return the sum of the weights of every tile at raster pixel {@code x}; positive */
  float totalWeight(int x) {
    return totalWeight[x];
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** Weight at distance {@code d} pixels from a tile side: 0 in the halo, then a raised cosine. */
  private float side(boolean rasterEdge, int d) {
    if (rasterEdge || d >= 2 * halo) {
      return 1f;
    }
    if (d < halo) {
      return 0f;
    }
    double s = (d - halo + 0.5) / halo;
    return (float) (0.5 - 0.5 * Math.cos(Math.PI * s));
  }
}
