package org.dlinsar.sbas;

import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.stats.RobustSpread;

/**
 * The reference area of a patch: the pixels of the patch farther than {@code gap} pixels
 * (Chebyshev distance) from the detection's box and outside every other detection's box, so that
 * the ground it is measured against is not the moving ground (a detection's box keeps only the
 * strong part of its motion; the gap keeps the flanks out). Per interferogram the reference is the
 * median unwrapped phase over the ring's stable coherent pixels: those of coherence at least
 * {@value #STABLE_COHERENCE}; with fewer than {@value #MIN_PIXELS} of them, every valid ring pixel
 * (said per detection: {@link PatchWarnings#weakReference}).
 */
public final class ReferenceRing {

  /** Coherence from which a ring pixel counts as stable and coherent. */
  static final double STABLE_COHERENCE = 0.5;
  /** Ring pixels a reference needs. */
  static final int MIN_PIXELS = 10;

  private ReferenceRing() {}

  /**
   * The ring over the patch, row-major with the patch's width.
   *
   * @param patch the patch, frame pixels
   * @param detection the detection's box, frame pixels; null: the whole patch is the ring (a tile
   *     of scope FULL), less the other boxes
   * @param others other detections' boxes, never in the ring
   * @param gap pixels kept free around the detection's box, >= 0
   */
  public static boolean[] of(PixelBox patch, PixelBox detection, List<PixelBox> others, int gap) {
    int w = patch.width();
    boolean[] ring = new boolean[w * patch.height()];
    for (int y = patch.y0(); y < patch.y1(); y++) {
      for (int x = patch.x0(); x < patch.x1(); x++) {
        boolean in = detection == null || distance(detection, x, y) > gap;
        for (PixelBox other : others) {
          in &= !other.contains(x, y);
        }
        ring[(y - patch.y0()) * w + (x - patch.x0())] = in;
      }
    }
    return ring;
  }

  /** Chebyshev distance from pixel (x, y) to the box, 0 inside. */
  static int distance(PixelBox box, int x, int y) {
    int dx = Math.max(0, Math.max(box.x0() - x, x - (box.x1() - 1)));
    int dy = Math.max(0, Math.max(box.y0() - y, y - (box.y1() - 1)));
    return Math.max(dx, dy);
  }

  /**
   * The reference phase of one interferogram: the median of {@code phase} over the ring's stable
   * coherent pixels (see the class comment).
   *
   * @param phase unwrapped phase over the patch, NaN where none; not modified
   * @param coherence coherence over the patch; not modified
   * @param ring the ring; not modified
   * @param scratch at least the patch's size; modified
   * @return the median, or NaN when the ring has fewer than {@value #MIN_PIXELS} valid pixels
   */
  static double median(float[] phase, float[] coherence, boolean[] ring, float[] scratch) {
    return reference(phase, coherence, ring, scratch).phase();
  }

  /**
   * As {@link #median}, saying whether the reference stands on stable coherent ground or on every
   * valid ring pixel, fewer than {@value #MIN_PIXELS} reaching {@value #STABLE_COHERENCE}: the
   * median of decorrelated phase is a noisy offset, which the log names per detection.
   */
  static Reference reference(float[] phase, float[] coherence, boolean[] ring, float[] scratch) {
    int stable = collect(phase, coherence, ring, STABLE_COHERENCE, scratch);
    boolean onStableGround = stable >= MIN_PIXELS;
    int n = onStableGround ? stable : collect(phase, coherence, ring, 0, scratch);
    return new Reference(n < MIN_PIXELS ? Double.NaN : RobustSpread.median(scratch, n), onStableGround);
  }

  /**
   * A reference phase.
   *
   * @param phase the median, NaN when the ring has too few valid pixels
   * @param onStableGround whether it is the median of stable coherent pixels
   */
  record Reference(double phase, boolean onStableGround) {}

  /** Ring pixels of coherence above 0: samples with data, whatever their phase. */
  static int pixelsWithData(float[] coherence, boolean[] ring) {
    int n = 0;
    for (int i = 0; i < ring.length; i++) {
      if (ring[i] && coherence[i] > 0) {
        n++;
      }
    }
    return n;
  }

  private static int collect(float[] phase, float[] coherence, boolean[] ring, double minCoherence,
      float[] scratch) {
    int n = 0;
    for (int i = 0; i < ring.length; i++) {
      if (ring[i] && !Float.isNaN(phase[i]) && coherence[i] > 0 && coherence[i] >= minCoherence) {
        scratch[n++] = phase[i];
      }
    }
    return n;
  }
}
