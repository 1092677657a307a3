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

  /**
   * Most pixels a side of the blocks a square is smoothed in: a square of a large bowl (DDNet's
   * bowls have no size limit; a city-wide one widened its square past 3000 pixels, seven float
   * arrays of 270 MB for each interferogram in flight) is taken block by block, each with the
   * smoothing's reach around it, so memory stays that of a block. Squares up to this side, every
   * bowl of a box up to about 460 pixels, are one block, as they always were.
   */
  static final int BLOCK = 1024;

  private final int width;
  private final int height;
  private final int maxSamples;
  private final int block;
  /**
   * A block's arrays (its field, response, two scratch, the field transposed and two scratch
   * like it), kept for the next block, interferogram or bowl: one set per block in flight.
   */
  private final WorkArrays work = new WorkArrays(7);

  /**
   * @param width frame width, pixels
   * @param height frame height, pixels
   */
  LocalNoise(int width, int height) {
    this(width, height, MAX_SAMPLES, BLOCK);
  }

  /** As above, with at most {@code maxSamples} noise samples per scale and blocks of {@code block} pixels a side. */
  LocalNoise(int width, int height, int maxSamples, int block) {
    this.width = width;
    this.height = height;
    this.maxSamples = maxSamples;
    this.block = block;
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
    int grid = grid(sw, sh);
    Samples samples = new Samples(radii.length, ((sw + grid - 1) / grid) * ((sh + grid - 1) / grid));
    for (int by = sy0; by < sy0 + sh; by += block) {
      for (int bx = sx0; bx < sx0 + sw; bx += block) {
        int bw = Math.min(block, sx0 + sw - bx);
        int bh = Math.min(block, sy0 + sh - by);
        // the transposed block, with the largest reach as its padding, is the largest array
        float[][] arrays = work.take((bw + 4 * reach) * (bh + 2 * reach));
        try {
          sample(field, box, x, y, radii, bx, by, bw, bh, reach, grid, arrays, samples);
        } finally {
          work.release(arrays);
        }
      }
    }
    double[] z = new double[radii.length];
    for (int s = 0; s < radii.length; s++) {
      RobustNoise floor = samples.floor(s);
      z[s] = floor == null ? 0 : (samples.peak[s] - floor.median()) / floor.sigma();
    }
    return z;
  }

  /**
   * Smooths the block at (bx0, by0) of bw x bh pixels, with the smoothing's reach around it (0
   * beyond the frame: no data), at every scale, and adds its samples on the grid, and the peak's
   * response where the block holds the peak, to {@code samples}.
   */
  private void sample(DivergenceRows field, PixelBox box, int x, int y, int[] radii, int bx0,
      int by0, int bw, int bh, int reach, int grid, float[][] arrays, Samples samples) {
    int rw = bw + 2 * reach;
    int rh = bh + 2 * reach;
    float[] read = arrays[0];
    float[] response = arrays[1];
    field.fill(bx0 - reach, by0 - reach, rw, rh, read);
    int[] covered = DataCoverage.summedArea(read, rw, rh);
    // transposed once for every scale, as the frame's scan does: the same bits as one by one
    BoxBlur.transpose(read, rw, rh, arrays[4], reach);
    boolean holdsPeak = x >= bx0 && x < bx0 + bw && y >= by0 && y < by0 + bh;
    for (int s = 0; s < radii.length; s++) {
      int r = BoxBlur.reach(radii[s]);
      BoxBlur.smoothTransposed(arrays[4], reach, response, arrays[2], arrays[3], arrays[5],
          arrays[6], rw, rh, radii[s]);
      PixelBox own = box.grownWithin(r, width, height);
      for (int yy = firstOnGrid(by0, grid); yy < by0 + bh; yy += grid) {
        int row = (yy - by0 + reach) * rw + reach - bx0;
        for (int xx = firstOnGrid(bx0, grid); xx < bx0 + bw; xx += grid) {
          if (DataCoverage.enoughAround(covered, rw, rh, xx - bx0 + reach, yy - by0 + reach, r)) {
            samples.add(s, response[row + xx], !own.contains(xx, yy));
          }
        }
      }
      if (holdsPeak) {
        samples.peak[s] = response[(y - by0 + reach) * rw + x - bx0 + reach];
      }
    }
  }

  /** A square's noise samples and peak response at each scale, gathered block by block. */
  private static final class Samples {
    final float[][] outside;
    final float[][] all;
    final int[] outsideCount;
    final int[] allCount;
    final double[] peak;

    Samples(int scales, int most) {
      outside = new float[scales][most];
      all = new float[scales][most];
      outsideCount = new int[scales];
      allCount = new int[scales];
      peak = new double[scales];
    }

    void add(int scale, float response, boolean outsideTheBowl) {
      all[scale][allCount[scale]++] = response;
      if (outsideTheBowl) {
        outside[scale][outsideCount[scale]++] = response;
      }
    }

    /**
     * The floor of the samples outside the bowl, or of them all where leaving it out would leave
     * out most of the square (a frame hardly larger than the bowl); null where there are too few.
     */
    RobustNoise floor(int scale) {
      int k = outsideCount[scale];
      int n = allCount[scale];
      return 2 * k >= n ? RobustNoise.of(Arrays.copyOf(outside[scale], k))
          : RobustNoise.of(Arrays.copyOf(all[scale], n));
    }
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
