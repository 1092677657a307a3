package org.dlinsar.sim;

/**
 * Ground that moves everywhere rather than at sites: a few broad bowls of steady line-of-sight
 * velocity, as a city over compacting aquifers moves (PyRate's Mexico City crop subsides across
 * all of its 15 x 9 km, its gradient stack strong and structured everywhere). Not sites: no box,
 * no site id, nothing a detector should report; part of the true displacement and velocity.
 *
 * <p>{@value #BOWLS} rotated Gaussians, their radius distorted by second and third harmonics as
 * the mining bowls' ({@link Footprint}) but never cut (a cut would put a step of motion, a line
 * of phase gradient, around each), of standard deviation 0.5 to 1.5 times the scale, centred
 * anywhere within one scale of the frame; the first at the peak rate, the others at 0.3 to 1
 * times it; three in four move away from the satellite (subsidence).
 */
final class RegionalMotion {

  static final int BOWLS = 3;
  private static final int STREAM = 12;

  /** One broad bowl: a mining bowl's shape, uncut, and its velocity at the centre, mm/year. */
  private record Bowl(double cx, double cy, double major, double minor, double angle, double a2,
      double t2, double a3, double t3, double rateMmPerYear) {

    double velocityMmPerYear(double x, double y) {
      double c = StrictMath.cos(angle);
      double s = StrictMath.sin(angle);
      double u = ((x - cx) * c + (y - cy) * s) / major;
      double v = (-(x - cx) * s + (y - cy) * c) / minor;
      return rateMmPerYear * Footprint.distortedGaussian(u, v, a2, t2, a3, t3);
    }
  }

  private final Bowl[] bowls;

  private RegionalMotion(Bowl[] bowls) {
    this.bowls = bowls;
  }

  /** The scene's regional motion (none when its rate is 0), a pure function of the scene. */
  static RegionalMotion of(Scene scene) {
    DeformationSpec spec = scene.deformation();
    if (spec.regionalMmPerYear() == 0) {
      return new RegionalMotion(new Bowl[0]);
    }
    Bowl[] bowls = new Bowl[BOWLS];
    double scale = spec.regionalScalePx();
    for (int b = 0; b < BOWLS; b++) {
      long h = HashRandom.hash(scene.seed(), STREAM, b, 0, 0);
      double major = scale * HashRandom.uniform(HashRandom.stream(h, 0), 0.5, 1.5);
      double size = b == 0 ? 1 : HashRandom.uniform(HashRandom.stream(h, 9), 0.3, 1.0);
      double sign = HashRandom.uniform(HashRandom.stream(h, 10)) < 0.75 ? -1 : 1;
      bowls[b] = new Bowl(HashRandom.uniform(HashRandom.stream(h, 1), -scale, scene.width() + scale),
          HashRandom.uniform(HashRandom.stream(h, 2), -scale, scene.height() + scale), major,
          major * HashRandom.uniform(HashRandom.stream(h, 3), 0.5, 1.0),
          HashRandom.uniform(HashRandom.stream(h, 4), 0, StrictMath.PI),
          HashRandom.uniform(HashRandom.stream(h, 5), 0, 0.3),
          HashRandom.uniform(HashRandom.stream(h, 6), 0, StrictMath.PI),
          HashRandom.uniform(HashRandom.stream(h, 7), 0, 0.2),
          HashRandom.uniform(HashRandom.stream(h, 8), 0, StrictMath.PI),
          sign * size * spec.regionalMmPerYear());
    }
    return new RegionalMotion(bowls);
  }

  /** LOS velocity at pixel (x, y), mm/year. */
  double velocityMmPerYear(int x, int y) {
    double v = 0;
    for (Bowl bowl : bowls) {
      v += bowl.velocityMmPerYear(x, y);
    }
    return v;
  }
}
