package org.dlinsar.detect;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Float work arrays handed from one call to the next within a run, one set per call in flight:
 * the fields and scans of a detection fill the same sizes again and again (a strip, a band, the
 * square around a bowl, once per interferogram), and allocating them anew meant the JVM zeroing
 * fresh memory for every call. Arrays come back holding whatever their last user left: callers
 * write every sample they read. Safe from several threads.
 */
final class WorkArrays {

  private final int count;
  private final Queue<float[][]> spare = new ConcurrentLinkedQueue<>();

  /** @param count arrays per set */
  WorkArrays(int count) {
    this.count = count;
  }

  /**
   * A set of {@code count} arrays of at least {@code n} samples each, holding whatever they held;
   * give it back with {@link #release}.
   */
  float[][] take(int n) {
    float[][] set = spare.poll();
    return set != null && set[0].length >= n ? set : new float[count][n];
  }

  /** Hands a set from {@link #take} back for the next call. */
  void release(float[][] set) {
    spare.add(set);
  }
}
