package org.dlinsar.detect;

import java.util.Arrays;
import org.dlinsar.sim.PixelBox;

/**
 * How strongly one interferogram shows a bowl found elsewhere (in the gradient stack, or by
 * DDNet): the blob response of its fringe field at the bowl's peak, in units of that field's noise
 * around the bowl. The noise is the median and robust sigma of the response over a square of
 * about {@value #SIDE} pixels centred on the bowl (moved inside the frame at its edges, widened
 * for a large bowl), leaving out the bowl's box grown by the smoothing's reach, where the bowl
 * itself responds, unless that would leave out most of the square (a frame hardly larger than the
 * bowl): then the whole square, the bowl a minority of it, as in a frame-wide floor. As in {@link
 * BlobScanner}, the samples lie on a grid of the frame's pixels (every second pixel of a square
 * of 128, every third of a widened one: {@value #MAX_SAMPLES} at most), and those whose
 * neighbourhood is mostly without data are left out.
 *
 * <p>Only that square is read, so dating a few bowls of a thousand interferograms reads a few
 * squares of each, where a frame-wide floor read every frame again; and the floor is that of the
 * interferogram's noise near the bowl (its atmosphere and decorrelation there), not the frame's.
 */
final class LocalNoise {

  /** Side of the square the noise is taken over, pixels (README, "Dating bowls"). */
  static final int SIDE = 128;
  /**
   * Most noise samples per scale: the square's smoothed response changes little from one pixel
   * to the next (sigma 3.5 pixels and more), so a grid of every second or third pixel holds the
   * same information at a quarter to a ninth of the cost of its median and MAD
   * (docs/benchmarks-log.md, "Dating bowls on a grid").
   */
  static final int MAX_SAMPLES = 4096;

  private final int width;
  private final int height;
  private final int maxSamples;
  /**
   * A square's arrays (its field, response, two scratch, the field transposed and two scratch
   * like it), kept for the next interferogram or bowl: one set per square in flight.
   */
  private final WorkArrays work = new WorkArrays(7);

  /**
   * @param width frame width, pixels
   * @param height frame height, pixels
   */
  LocalNoise(int width, int height) {
    this(width, height, MAX_SAMPLES);
  }

  /** As above, with at most {@code maxSamples} noise samples per scale. */
  LocalNoise(int width, int height, int maxSamples) {
    this.width = width;
    this.height = height;
    this.maxSamples = maxSamples;
  }

  /**
   * The response at the peak at each scale, in sigmas of the noise around it.
   *
   * @param field one interferogram's fringe field
   * @param box the bowl's box
   * @param x the peak's column
   * @param y the peak's row
   * @param radii box radii of the scales ({@link BoxBlur})
   * @return per radius, (response - median) / sigma; 0 where the square holds too few samples
   *     with data for a floor
   */
  double[] z(DivergenceRows field, PixelBox box, int x, int y, int... radii) {
    int reach = 0;
    for (int r : radii) {
      reach = Math.max(reach, BoxBlur.reach(r));
    }
    int side = Math.max(SIDE, 2 * (Math.max(box.width(), box.height()) + 2 * reach));
    int sx0 = start(x, side, width);
    int sy0 = start(y, side, height);
    int sw = Math.min(side, width);
    int sh = Math.min(side, height);
    // the square and the smoothing's reach around it (0 beyond the frame: no data)
    int rw = sw + 2 * reach;
    int rh = sh + 2 * reach;
    // the transposed square, with the largest reach as its padding, is the largest array
    float[][] arrays = work.take((rw + 2 * reach) * rh);
    try {
      return z(field, box, x, y, radii, sx0, sy0, sw, sh, reach, arrays);
    } finally {
      work.release(arrays);
    }
  }

  /** {@link #z(DivergenceRows, PixelBox, int, int, int...)} over the square, with its arrays. */
  private double[] z(DivergenceRows field, PixelBox box, int x, int y, int[] radii, int sx0,
      int sy0, int sw, int sh, int reach, float[][] arrays) {
    int rw = sw + 2 * reach;
    int rh = sh + 2 * reach;
    float[] read = arrays[0];
    float[] response = arrays[1];
    field.fill(sx0 - reach, sy0 - reach, rw, rh, read);
    int[] covered = DataCoverage.summedArea(read, rw, rh);
    // transposed once for every scale, as the frame's scan does: the same bits as one by one
    BoxBlur.transpose(read, rw, rh, arrays[4], reach);
    int grid = grid(sw, sh);
    int samples = ((sw + grid - 1) / grid) * ((sh + grid - 1) / grid);
    float[] outside = new float[samples];
    float[] all = new float[samples];
    double[] z = new double[radii.length];
    for (int s = 0; s < radii.length; s++) {
      int r = BoxBlur.reach(radii[s]);
      BoxBlur.smoothTransposed(arrays[4], reach, response, arrays[2], arrays[3], arrays[5],
          arrays[6], rw, rh, radii[s]);
      PixelBox own = box.grownWithin(r, width, height);
      int k = 0;
      int n = 0;
      for (int yy = firstOnGrid(sy0, grid); yy < sy0 + sh; yy += grid) {
        int row = (yy - sy0 + reach) * rw + reach - sx0;
        for (int xx = firstOnGrid(sx0, grid); xx < sx0 + sw; xx += grid) {
          if (DataCoverage.enoughAround(covered, rw, rh, xx - sx0 + reach, yy - sy0 + reach, r)) {
            all[n++] = response[row + xx];
            if (!own.contains(xx, yy)) {
              outside[k++] = response[row + xx];
            }
          }
        }
      }
      RobustNoise floor = 2 * k >= n ? RobustNoise.of(Arrays.copyOf(outside, k))
          : RobustNoise.of(Arrays.copyOf(all, n));
      z[s] = floor == null ? 0
          : (response[(y - sy0 + reach) * rw + x - sx0 + reach] - floor.median()) / floor.sigma();
    }
    return z;
  }

  /**
   * Spacing of the noise samples over a square of w x h: every pixel of a small square, every
   * second or third of a large one, at most {@code maxSamples}, as the frame-wide floor samples a
   * grid ({@link BlobScanner}).
   */
  private int grid(int w, int h) {
    return (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / maxSamples)));
  }

  /** The first multiple of {@code grid} at or after {@code from}: the grid is the frame's. */
  private static int firstOnGrid(int from, int grid) {
    return (from + grid - 1) / grid * grid;
  }

  /** First index of a span of {@code side} centred on {@code at}, inside [0, size). */
  private static int start(int at, int side, int size) {
    return Math.max(0, Math.min(at - side / 2, size - side));
  }
}
