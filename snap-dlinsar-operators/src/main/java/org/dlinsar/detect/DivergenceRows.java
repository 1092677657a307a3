package org.dlinsar.detect;

/**
 * A source of the divergence field a {@link BlobScanner} looks for blobs in, served a rectangle
 * at a time: the stacked phase-gradient rates of a gradient stack ({@link
 * StackedGradientDivergence}) or the fringe gradients of one interferogram ({@link
 * FringeDivergence}). Implementations read their own halo and must be safe to call from several
 * threads at once.
 */
@FunctionalInterface
interface DivergenceRows {

  /**
   * Fills {@code out[(y - y0) * w + (x - x0)]} for the rectangle at (x0, y0) of w x h pixels;
   * pixels outside the frame, which a halo may reach, are 0.
   *
   * @param out at least {@code w * h} samples; modified
   */
  void fill(int x0, int y0, int w, int h, float[] out);
}
