package org.dlinsar.sim;

/**
 * Counter-based random numbers: every value is a hash of the seed and its coordinates, so any
 * pixel, sample or date can be drawn on its own, in any order, on any thread.
 *
 * <p>The mixer is SplitMix64's finaliser (Steele, Lea and Flood 2014); Gaussian values use the
 * Box-Muller transform on the two 32-bit halves of one hash.
 */
final class HashRandom {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private HashRandom() {}

  /** SplitMix64's finaliser: a bijective, well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A hash of the seed and up to four coordinates (order matters). */
  static long hash(long seed, long a, long b, long c, long d) {
    long h = mix(seed + GOLDEN);
    h = mix(h ^ (a + GOLDEN));
    h = mix(h ^ (b + 2 * GOLDEN));
    h = mix(h ^ (c + 3 * GOLDEN));
    return mix(h ^ (d + 4 * GOLDEN));
  }

  /** The {@code k}-th hash of a stream started at {@code base}. */
  static long stream(long base, long k) {
    return mix(base + k * GOLDEN);
  }

  /** A uniform value in [0, 1) from a hash. */
  static double uniform(long h) {
    return (h >>> 11) * 0x1.0p-53;
  }

  /** A uniform value in [lo, hi) from a hash. */
  static double uniform(long h, double lo, double hi) {
    return lo + (hi - lo) * uniform(h);
  }

  /**
   * Writes a standard complex circular Gaussian value (E|z|^2 = 1) drawn from a hash into
   * {@code out[offset]} (real) and {@code out[offset + 1]} (imaginary). Modified: out.
   */
  static void complexGaussian(long h, double[] out, int offset) {
    double u1 = ((h >>> 32) + 1) * 0x1.0p-32; // (0, 1]: the log stays finite
    double u2 = (h & 0xFFFFFFFFL) * 0x1.0p-32;
    double r = StrictMath.sqrt(-StrictMath.log(u1)); // variance 1/2 per component
    double angle = 2 * StrictMath.PI * u2;
    out[offset] = r * StrictMath.cos(angle);
    out[offset + 1] = r * StrictMath.sin(angle);
  }

  /** A standard normal value (mean 0, variance 1) from a hash. */
  static double gaussian(long h) {
    double u1 = ((h >>> 32) + 1) * 0x1.0p-32;
    double u2 = (h & 0xFFFFFFFFL) * 0x1.0p-32;
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
  }
}
