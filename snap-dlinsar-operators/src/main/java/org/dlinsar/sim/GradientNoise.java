package org.dlinsar.sim;

/**
 * Procedural 2-D noise evaluated anywhere without state: Perlin gradient noise (Perlin 2002,
 * "Improving noise") with gradients hashed from the seed, and its fractal sums.
 *
 * <p>Coordinates are in feature units (one lattice cell = one feature). Values of
 * {@link #perlin} lie in about [-0.7, 0.7]; {@link #fbm} is normalised to about [-1, 1] and
 * {@link #ridged} to [0, 1].
 */
final class GradientNoise {

  /** Sixteen unit gradients evenly spread over the circle. */
  private static final double[] GRADIENT_X = new double[16];
  private static final double[] GRADIENT_Y = new double[16];

  static {
    for (int i = 0; i < 16; i++) {
      GRADIENT_X[i] = StrictMath.cos(2 * StrictMath.PI * (i + 0.5) / 16);
      GRADIENT_Y[i] = StrictMath.sin(2 * StrictMath.PI * (i + 0.5) / 16);
    }
  }

  private final long seed;

  /** @param seed selects one noise field; different seeds give independent fields */
  GradientNoise(long seed) {
    this.seed = seed;
  }

  /** Perlin gradient noise at (x, y); 0 at every lattice point. */
  double perlin(double x, double y) {
    long x0 = (long) StrictMath.floor(x);
    long y0 = (long) StrictMath.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    double u = fade(fx);
    double v = fade(fy);
    double n00 = corner(x0, y0, fx, fy);
    double n10 = corner(x0 + 1, y0, fx - 1, fy);
    double n01 = corner(x0, y0 + 1, fx, fy - 1);
    double n11 = corner(x0 + 1, y0 + 1, fx - 1, fy - 1);
    double nx0 = n00 + u * (n10 - n00);
    double nx1 = n01 + u * (n11 - n01);
    return nx0 + v * (nx1 - nx0);
  }

  /**
   * Fractional Brownian motion: {@code octaves} layers of Perlin noise, each twice as fine and
   * half as strong, normalised to about [-1, 1].
   */
  double fbm(double x, double y, int octaves) {
    double sum = 0;
    double amplitude = 1;
    double norm = 0;
    double f = 1;
    for (int o = 0; o < octaves; o++) {
      // offset each octave so that lattice zeros do not line up
      sum += amplitude * perlin(x * f + 17.3 * o, y * f - 9.1 * o);
      norm += amplitude;
      amplitude *= 0.5;
      f *= 2;
    }
    return 1.6 * sum / norm;
  }

  /**
   * Ridged multifractal noise (Musgrave 1994): sharp crests where the noise crosses zero, in
   * [0, 1]; finer octaves are weighted by the coarser ridge so that crests carry the detail.
   */
  double ridged(double x, double y, int octaves) {
    double sum = 0;
    double amplitude = 1;
    double norm = 0;
    double weight = 1;
    double f = 1;
    for (int o = 0; o < octaves; o++) {
      double ridge = 1 - StrictMath.min(1, StrictMath.abs(1.4 * perlin(x * f + 31.7 * o, y * f + 5.3 * o)));
      ridge *= ridge;
      sum += amplitude * ridge * weight;
      norm += amplitude;
      weight = StrictMath.min(1, ridge * 1.5);
      amplitude *= 0.5;
      f *= 2;
    }
    return sum / norm;
  }

  private double corner(long ix, long iy, double dx, double dy) {
    int g = (int) (HashRandom.mix(HashRandom.mix(seed ^ (ix * 0x632BE59BD9B4E019L)) + iy) >>> 60);
    return GRADIENT_X[g] * dx + GRADIENT_Y[g] * dy;
  }

  private static double fade(double t) {
    return t * t * t * (t * (t * 6 - 15) + 10);
  }
}
