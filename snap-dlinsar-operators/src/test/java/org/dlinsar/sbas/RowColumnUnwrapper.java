package org.dlinsar.sbas;

import org.dlinsar.unwrap.PhaseUnwrapper;

/**
 * A test double: Itoh's 1-D unwrapping down the first column, then along each row. Right for
 * smooth noise-free phase with gradients under pi per pixel; what the operator tests need.
 */
final class RowColumnUnwrapper implements PhaseUnwrapper {

  @Override
  public float[] unwrap(float[] phase, float[] weight, int width, int height) {
    float[] out = new float[phase.length];
    for (int y = 0; y < height; y++) {
      int i = y * width;
      out[i] = y == 0 ? phase[0] : follow(out[i - width], phase[i]);
      for (int x = 1; x < width; x++) {
        out[i + x] = follow(out[i + x - 1], phase[i + x]);
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (Float.isNaN(phase[i]) || !(weight[i] > 0)) {
        out[i] = Float.NaN;
      }
    }
    return out;
  }

  private static float follow(float previous, float wrapped) {
    return (float) (previous + Math.IEEEremainder(wrapped - previous, 2 * Math.PI));
  }
}
