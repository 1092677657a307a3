package org.dlinsar.detect;

/**
 * The rising-ground test of subsidence bowls: whether a positive blob of a divergence field is
 * the ring of a rising dome rather than a bowl. The blob response (minus the Laplacian of the
 * phase rate, smoothed) of a Gaussian bowl of width s is +2 at its core and only -0.27 on a ring
 * at 2 s; a rising dome flips both signs, so its weak positive ring is a blob at the bowls' scales
 * about 2 s from a core some 7 times stronger and negative. A candidate is dropped when, at its
 * own scale, the response within {@link #DISC_PIXELS} of its peak falls below {@value #K} times
 * its peak's response, negated. A bowl's own ring reaches -0.14 of its peak; a slow bowl beside a
 * fast one sees the fast one's ring, -0.135 of the fast peak, so only a neighbour responding some
 * 11 times as strongly would drop it; broad regional motion adds little curvature at these scales
 * (README, "Rising ground is no bowl").
 */
final class OppositeCore {

  /**
   * How many times its own peak's response the opposite core must reach: chosen from 1.5, 2,
   * 2.5, 3 and 5 on the uplift reproduction and the truth sets (README, "Rising ground is no
   * bowl"): 2.5 and more leave rings of the reproduction, 1.5 dropped a visible bowl 5 pixels from
   * a larger one (mining seed 1008), 2 does neither.
   */
  static final double K = 2.0;
  /**
   * Radius of the disc searched around the peak: 3 sigmas of the widest bowl scale (sigma 8.5
   * pixels), whatever the candidate's scale. A wide dome's ring is a blob at the smallest scale
   * too, its core farther than 3 of that scale's sigmas (on the reproduction the fringes found
   * one at sigma 3.5 pixels, its core's response at -1.3 times its own within 11 pixels, -11.5
   * within 26).
   */
  static final int DISC_PIXELS = (int) Math.ceil(
      3 * BoxBlur.sigma(SubsidenceDetector.RADII[SubsidenceDetector.RADII.length - 1]));

  private OppositeCore() {}

  /**
   * A candidate's response at its peak, and the least response within the disc around it.
   *
   * @param peak the smoothed field at the peak
   * @param least its minimum over the disc of {@link #DISC_PIXELS} around the peak
   */
  record Core(double peak, double least) {

    /** Whether the opposite core beside the peak outweighs it: a rising dome's ring. */
    boolean rising() {
      return peak > 0 && least < -K * peak;
    }
  }

  /**
   * Measures the field around (x, y) at the scale of {@code radius}, smoothed as {@link
   * BlobScanner} smooths it, over a square just large enough for the disc and the smoothing.
   */
  static Core at(DivergenceRows field, int x, int y, int radius) {
    int disc = DISC_PIXELS;
    int half = disc + BoxBlur.reach(radius);
    int w = 2 * half + 1;
    float[] response = PointResponse.around(field, x, y, half, radius);
    double least = Double.POSITIVE_INFINITY;
    for (int dy = -disc; dy <= disc; dy++) {
      for (int dx = -disc; dx <= disc; dx++) {
        if (dx * dx + dy * dy <= disc * disc) {
          least = Math.min(least, response[(half + dy) * w + half + dx]);
        }
      }
    }
    return new Core(response[half * w + half], least);
  }

  /** Whether the blob at (x, y) of scale {@code radius} is a rising dome's ring ({@link Core#rising}). */
  static boolean rising(DivergenceRows field, int x, int y, int radius) {
    return at(field, x, y, radius).rising();
  }

  /**
   * The same for a place found without a scale (DDNet's bowls): at the scale among {@code radii}
   * where the scale-normalised response at (x, y) is strongest (sigma squared times the
   * response, as a blob's scale is chosen); not rising when it is nowhere positive.
   */
  static boolean risingAtBestScale(DivergenceRows field, int x, int y, int... radii) {
    Core best = null;
    double strongest = 0;
    for (int r : radii) {
      Core core = at(field, x, y, r);
      double sigma = BoxBlur.sigma(r);
      if (sigma * sigma * core.peak() > strongest) {
        strongest = sigma * sigma * core.peak();
        best = core;
      }
    }
    return best != null && best.rising();
  }
}
