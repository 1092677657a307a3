package org.dlinsar.sim;

/**
 * The spatial shape of a deformation site: a weight in [0, 1] per pixel, 1 at the peak pixel
 * (the centre) and 0 beyond {@link #reachPx()}.
 *
 * <p>Landslide: an ellipse with semi-axes {@code majorPx} (downslope) and {@code minorPx},
 * weight (1 - r^2)^2 inside, r the elliptical radius. Mining bowl: a rotated Gaussian with
 * standard deviations {@code majorPx} and {@code minorPx} whose radius is distorted by second-
 * and third-order harmonics, exp(-rho^2 / 2) with rho = r / (1 + a2 cos 2(theta - t2) +
 * a3 cos 3(theta - t3)), cut to 0 below 0.01.
 *
 * @param bowl true for a mining bowl, false for a landslide ellipse
 * @param centreX column of the centre (an integer pixel)
 * @param centreY row of the centre
 * @param majorPx semi-axis (landslide) or standard deviation (bowl) along angleRad, pixels
 * @param minorPx across, pixels
 * @param angleRad direction of the major axis, radians from +x toward +y
 * @param a2 second harmonic distortion (bowls), in [0, 0.4]
 * @param t2 its phase, radians
 * @param a3 third harmonic distortion (bowls), in [0, 0.4]
 * @param t3 its phase, radians
 */
record Footprint(
    boolean bowl, int centreX, int centreY, double majorPx, double minorPx, double angleRad,
    double a2, double t2, double a3, double t3) {

  private static final double BOWL_CUT = 0.01;
  private static final double BOWL_REACH_SIGMAS = StrictMath.sqrt(-2 * StrictMath.log(BOWL_CUT));

  /** Distance from the centre beyond which the weight is 0, pixels. */
  double reachPx() {
    return bowl ? BOWL_REACH_SIGMAS * majorPx * (1 + a2 + a3) + 1 : majorPx + 1;
  }

  /** Distance from the centre beyond which the weight is below the site cutoff, pixels (bound). */
  double cutoffRadiusPx() {
    double sigmas = StrictMath.sqrt(-2 * StrictMath.log(DeformationField.FOOTPRINT_CUTOFF));
    return bowl ? sigmas * majorPx * (1 + a2 + a3) : majorPx;
  }

  /** The weight at pixel (x, y) in [0, 1]. */
  double weight(double x, double y) {
    double dx = x - centreX;
    double dy = y - centreY;
    if (StrictMath.abs(dx) > reachPx() || StrictMath.abs(dy) > reachPx()) {
      return 0;
    }
    double c = StrictMath.cos(angleRad);
    double s = StrictMath.sin(angleRad);
    double u = (dx * c + dy * s) / majorPx;
    double v = (-dx * s + dy * c) / minorPx;
    double r2 = u * u + v * v;
    if (!bowl) {
      return r2 >= 1 ? 0 : (1 - r2) * (1 - r2);
    }
    double w = distortedGaussian(u, v, a2, t2, a3, t3);
    return w < BOWL_CUT ? 0 : w;
  }

  /**
   * A bowl's shape, uncut: exp(-rho^2 / 2) with rho = r / (1 + a2 cos 2(theta - t2) + a3 cos
   * 3(theta - t3)), at (u, v) in units of the axes' standard deviations (r, theta their polar form).
   */
  static double distortedGaussian(double u, double v, double a2, double t2, double a3, double t3) {
    double theta = StrictMath.atan2(v, u);
    double stretch = 1 + a2 * StrictMath.cos(2 * (theta - t2)) + a3 * StrictMath.cos(3 * (theta - t3));
    return StrictMath.exp(-0.5 * (u * u + v * v) / (stretch * stretch));
  }
}
