package org.dlinsar.detect;

import java.util.Random;

/** Fields on whole arrays for the detection tests: rates and interferograms from phase fields. */
final class ArrayFields {

  private ArrayFields() {}

  /** Serves rectangles of row-major frame arrays, 0 (no data) outside nothing: inside only. */
  static StackedGradientDivergence.Rates rates(float[] azimuth, float[] range, float[] weight,
      int width) {
    return (x0, y0, w, h, az, rg, wt) -> {
      for (int y = 0; y < h; y++) {
        System.arraycopy(azimuth, (y0 + y) * width + x0, az, y * w, w);
        System.arraycopy(range, (y0 + y) * width + x0, rg, y * w, w);
        System.arraycopy(weight, (y0 + y) * width + x0, wt, y * w, w);
      }
    };
  }

  /** An interferogram's samples from row-major frame arrays. */
  static FringeDivergence.Samples samples(float[] real, float[] imaginary, int width) {
    return (x0, y0, w, h, re, im) -> {
      for (int y = 0; y < h; y++) {
        System.arraycopy(real, (y0 + y) * width + x0, re, y * w, w);
        System.arraycopy(imaginary, (y0 + y) * width + x0, im, y * w, w);
      }
    };
  }

  /** A Gaussian blob of phase, radians: amplitude exp(-r^2 / 2 sigma^2) at (cx, cy). */
  static double blob(double x, double y, double cx, double cy, double sigma, double amplitude) {
    double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
    return amplitude * Math.exp(-0.5 * r2 / (sigma * sigma));
  }

  /**
   * A gradient stack: the centred gradients of {@code phaseRate} plus white noise of
   * {@code noise} rad/pixel/year; [0] azimuth, [1] range, [2] weight 1. Border pixels are NaN.
   */
  static float[][] gradientStack(double[] phaseRate, int width, int height, double noise,
      long seed) {
    Random random = new Random(seed);
    float[] az = new float[width * height];
    float[] rg = new float[width * height];
    float[] weight = new float[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        weight[i] = 1f;
        if (x == 0 || y == 0 || x == width - 1 || y == height - 1) {
          az[i] = Float.NaN;
          rg[i] = Float.NaN;
          continue;
        }
        az[i] = (float) ((phaseRate[i + width] - phaseRate[i - width]) / 2
            + noise * random.nextGaussian());
        rg[i] = (float) ((phaseRate[i + 1] - phaseRate[i - 1]) / 2
            + noise * random.nextGaussian());
      }
    }
    return new float[][] {az, rg, weight};
  }

  /**
   * A wrapped interferogram of {@code phase} with circular Gaussian noise of amplitude
   * {@code noise} added to the unit phasor; [0] real, [1] imaginary.
   */
  static float[][] interferogram(double[] phase, double noise, long seed) {
    Random random = new Random(seed);
    float[] re = new float[phase.length];
    float[] im = new float[phase.length];
    for (int i = 0; i < phase.length; i++) {
      re[i] = (float) (Math.cos(phase[i]) + noise * random.nextGaussian());
      im[i] = (float) (Math.sin(phase[i]) + noise * random.nextGaussian());
    }
    return new float[][] {re, im};
  }
}
