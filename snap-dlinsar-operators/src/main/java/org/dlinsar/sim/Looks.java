package org.dlinsar.sim;

/**
 * How each output pixel is formed from single-look samples, and the coherence estimation window.
 *
 * @param range single-look samples per output pixel in range, at least 1
 * @param azimuth single-look samples per output pixel in azimuth, at least 1
 * @param coherenceWindow side of the square window of output pixels over which coherence is
 *     estimated, odd, 1 to 31
 */
public record Looks(int range, int azimuth, int coherenceWindow) {

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public Looks {
    if (range < 1 || azimuth < 1 || range * azimuth > 256) {
      throw new IllegalArgumentException("looks must be >= 1 with range * azimuth <= 256, got range "
          + range + ", azimuth " + azimuth);
    }
    if (coherenceWindow < 1 || coherenceWindow > 31 || coherenceWindow % 2 == 0) {
      throw new IllegalArgumentException("coherenceWindow must be odd in [1, 31], got " + coherenceWindow);
    }
  }

  /** Single-look samples per output pixel: range * azimuth. */
  public int count() {
    return range * azimuth;
  }

  /** Pixels the coherence window reaches beyond the pixel itself on each side: window / 2. */
  public int halo() {
    return coherenceWindow / 2;
  }
}
