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
   * Fills {@code out[(y - y0) * w + (x - x0)]} for the rectangle at (x0, y0) of w x h pixels,
   * every sample of it, whatever {@code out} held (callers reuse their arrays); pixels outside the
   * frame, which a halo may reach, are 0.
   *
   * @param out at least {@code w * h} samples; modified
   */
  void fill(int x0, int y0, int w, int h, float[] out);

  /**
   * The region a field reads for a rectangle: the rectangle grown by a halo on every side,
   * clipped to the frame.
   *
   * @param x its first column
   * @param y its first row
   * @param width its columns
   * @param height its rows
   */
  record HaloRegion(int x, int y, int width, int height) {

    static HaloRegion around(int x0, int y0, int w, int h, int halo, int frameWidth, int frameHeight) {
      int ax = Math.max(0, x0 - halo);
      int ay = Math.max(0, y0 - halo);
      return new HaloRegion(ax, ay, Math.min(frameWidth, x0 + w + halo) - ax,
          Math.min(frameHeight, y0 + h + halo) - ay);
    }

    int size() {
      return width * height;
    }
  }

  /**
   * Writes the centred divergence -(d/dx range + d/dy azimuth) of two fields read over the region
   * at (ax, ay) of rw x rh pixels into {@code out} (laid out as in {@link #fill}), for the pixels
   * of the rectangle that lie at least {@code margin} pixels inside the region, where the fields
   * are complete; other samples of {@code out} are left as they are.
   */
  static void centredDivergence(float[] range, float[] azimuth, int ax, int ay, int rw, int rh, int margin,
      int x0, int y0, int w, int h, float[] out) {
    int xFrom = Math.max(x0, ax + margin);
    int columns = Math.min(x0 + w, ax + rw - margin) - xFrom;
    if (columns <= 0) {
      return;
    }
    // each row's four neighbours copied to one index, so that the loop vectorizes
    float[] right = new float[columns];
    float[] left = new float[columns];
    float[] below = new float[columns];
    float[] above = new float[columns];
    float[] row = new float[columns];
    for (int y = Math.max(y0, ay + margin); y < Math.min(y0 + h, ay + rh - margin); y++) {
      int c = (y - ay) * rw - ax + xFrom;
      System.arraycopy(range, c + 1, right, 0, columns);
      System.arraycopy(range, c - 1, left, 0, columns);
      System.arraycopy(azimuth, c + rw, below, 0, columns);
      System.arraycopy(azimuth, c - rw, above, 0, columns);
      for (int k = 0; k < columns; k++) {
        row[k] = -0.5f * ((right[k] - left[k]) + (below[k] - above[k]));
      }
      System.arraycopy(row, 0, out, (y - y0) * w - x0 + xFrom, columns);
    }
  }
}
