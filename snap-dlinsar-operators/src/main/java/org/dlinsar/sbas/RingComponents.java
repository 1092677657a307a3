package org.dlinsar.sbas;

import org.dlinsar.unwrap.UnwrappedComponents;

/**
 * Ties the connected components of a patch's unwrapped interferogram to the ring's still ground.
 * A component is unwrapped against the others only through masked pixels (a decorrelated river,
 * a lake's shore), so its whole-cycle offset to them is a guess, a cycle off for one region in 23
 * behind a 12-pixel river (README, Local-SBAS, "Regions behind a gap"). Where a component holds
 * its own part of the ring, that part is still ground as the rest of the ring is: it is shifted
 * by the whole cycles that bring its ring median within pi of the ring median of the component
 * holding most of the ring's stable pixels. A component without its own ring sample keeps the
 * unwrapper's offset: nothing measures it (and such islands were measured never or rarely off).
 * A ring sample is a component's ring pixels of coherence at least
 * {@value ReferenceRing#STABLE_COHERENCE}, or with fewer than {@value ReferenceRing#MIN_PIXELS}
 * of them every ring pixel with data, as {@link ReferenceRing#median} takes them.
 */
final class RingComponents {

  private static final double TWO_PI = 2 * Math.PI;

  private RingComponents() {}

  /**
   * @param phase unwrapped phase over the patch, NaN where none; modified (components shifted by
   *     whole cycles)
   * @param coherence coherence over the patch; not modified
   * @param ring the reference ring; not modified
   * @param scratch at least the patch's size; modified
   * @return the components shifted
   */
  static int tie(float[] phase, float[] coherence, boolean[] ring, int width, int height, float[] scratch) {
    UnwrappedComponents components = UnwrappedComponents.of(phase, width, height);
    int[] label = components.label();
    int count = components.count();
    if (count < 2) {
      return 0;
    }
    int[] stable = new int[count];
    for (int i = 0; i < label.length; i++) {
      if (ring[i] && label[i] >= 0 && coherence[i] >= ReferenceRing.STABLE_COHERENCE) {
        stable[label[i]]++;
      }
    }
    int main = 0;
    for (int c = 1; c < count; c++) {
      if (stable[c] > stable[main]) {
        main = c;
      }
    }
    boolean[] componentRing = new boolean[label.length];
    double mainMedian = ringMedian(phase, coherence, ring, label, main, componentRing, scratch);
    if (Double.isNaN(mainMedian)) {
      return 0;
    }
    double[] shift = new double[count];
    int shifted = 0;
    for (int c = 0; c < count; c++) {
      double median = c == main ? Double.NaN
          : ringMedian(phase, coherence, ring, label, c, componentRing, scratch);
      if (!Double.isNaN(median)) {
        shift[c] = TWO_PI * Math.rint((mainMedian - median) / TWO_PI);
        shifted += shift[c] != 0 ? 1 : 0;
      }
    }
    if (shifted > 0) {
      for (int i = 0; i < phase.length; i++) {
        if (label[i] >= 0) {
          phase[i] += (float) shift[label[i]];
        }
      }
    }
    return shifted;
  }

  /**
   * Median phase of the component's ring sample (class comment), as {@link ReferenceRing#median}
   * takes it on the component's part of the ring; NaN when it has none.
   *
   * @param componentRing at least the patch's size; modified
   */
  private static double ringMedian(float[] phase, float[] coherence, boolean[] ring, int[] label,
      int component, boolean[] componentRing, float[] scratch) {
    for (int i = 0; i < label.length; i++) {
      componentRing[i] = ring[i] && label[i] == component;
    }
    return ReferenceRing.median(phase, coherence, componentRing, scratch);
  }
}
