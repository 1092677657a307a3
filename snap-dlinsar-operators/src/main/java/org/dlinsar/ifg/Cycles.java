package org.dlinsar.ifg;

/**
 * Wrapped-phase arithmetic in whole cycles of 2 pi, shared by the stages that unwrap, stitch,
 * close and score phase. Whole cycles round half to even ({@link Math#rint}), everywhere alike.
 */
public final class Cycles {

  /** One cycle, radians. */
  public static final double TWO_PI = 2 * Math.PI;

  private Cycles() {}

  /**
   * The whole cycles nearest {@code phase / 2 pi}; of a difference a - b, the whole cycles between
   * a and b (the caller forms the difference, in float where its phases are float).
   */
  public static double whole(double phase) {
    return Math.rint(phase / TWO_PI);
  }

  /** {@code phase} less its whole cycles: in [-pi, pi]. */
  public static double wrap(double phase) {
    return phase - TWO_PI * whole(phase);
  }

  /** The value congruent with {@code phase} (phase + 2 pi k) nearest {@code estimate}. */
  public static double nearest(double phase, double estimate) {
    return phase + TWO_PI * whole(estimate - phase);
  }
}
