package org.dlinsar.detect;

import java.io.Serializable;

/**
 * A local maximum of the magnitude of one scale's blob response: where a blob of that scale may
 * be, before the noise floor is known.
 *
 * @param x column of the maximum
 * @param y row of the maximum
 * @param scale index of the scale in the scanner's radii
 * @param response the smoothed divergence there (positive: a phase blob above its surroundings)
 */
record BlobCandidate(int x, int y, int scale, float response) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Strongest first; ties by row, then column, so that every order of strips gives one list. */
  static int strongestFirst(BlobCandidate a, BlobCandidate b) {
    int byMagnitude = Float.compare(Math.abs(b.response), Math.abs(a.response));
    if (byMagnitude != 0) {
      return byMagnitude;
    }
    return a.y != b.y ? Integer.compare(a.y, b.y) : Integer.compare(a.x, b.x);
  }
}
