package org.dlinsar.detect;

import org.dlinsar.sim.PixelBox;

/**
 * The pixel box of a blob found by a {@link BlobScanner}: the 4-connected pixels around its peak
 * where the response at the blob's scale keeps the peak's sign and at least {@value #FRACTION} of
 * its magnitude. For a Gaussian blob of sigma s seen at its best scale (sigma s / sqrt 3) that
 * region reaches about 1.5 s from the centre, the extent of the sites' truth boxes (footprint
 * weight 0.1); an elongated landslide gives an elongated region. The field is recomputed over a
 * window around the peak only, so boxes cost nothing per frame pixel.
 */
final class BlobExtent {

  static final double FRACTION = 0.25;

  private BlobExtent() {}

  /**
   * @param box the blob's pixel box, inside the frame
   * @param peakX column of the strongest response near the scanned maximum
   * @param peakY its row
   */
  record Located(PixelBox box, int peakX, int peakY) {}

  /**
   * Measures the blob whose maximum the scanner found at (x, y).
   *
   * @param source the field scanned
   * @param radius the box radius of the blob's scale
   * @param positive the sign of the scanned response
   * @param maxHalfSize the farthest the box may reach from the peak, pixels
   */
  static Located measure(DivergenceRows source, int width, int height, int x, int y, int radius,
      boolean positive, int maxHalfSize) {
    int reach = BoxBlur.reach(radius);
    int margin = maxHalfSize + reach;
    int wx = x - margin;
    int wy = y - margin;
    int w = 2 * margin + 1;
    int n = w * w;
    float[] field = new float[n];
    float[] response = new float[n];
    source.fill(wx, wy, w, w, field);
    BoxBlur.smooth(field, response, new float[n], new float[n], w, w, radius);
    float sign = positive ? 1f : -1f;
    int centre = margin * w + margin;
    // the scanned maximum may sit a pixel off the windowed one (rounding of the sums); in the
    // frame only: beyond it the field is 0, and the response can peak a pixel outside
    int peak = centre;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int i = centre + dy * w + dx;
        boolean inFrame = x + dx >= 0 && x + dx < width && y + dy >= 0 && y + dy < height;
        if (inFrame && sign * response[i] > sign * response[peak]) {
          peak = i;
        }
      }
    }
    float floor = (float) (FRACTION * sign * response[peak]);
    int lo = reach;
    int hi = w - reach; // exclusive: the pixels whose smoothing is complete
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    queue[tail++] = peak;
    seen[peak] = true;
    int x0 = Integer.MAX_VALUE;
    int y0 = Integer.MAX_VALUE;
    int x1 = Integer.MIN_VALUE;
    int y1 = Integer.MIN_VALUE;
    while (head < tail) {
      int i = queue[head++];
      int px = i % w;
      int py = i / w;
      x0 = Math.min(x0, px);
      y0 = Math.min(y0, py);
      x1 = Math.max(x1, px + 1);
      y1 = Math.max(y1, py + 1);
      int[] next = {i - 1, i + 1, i - w, i + w};
      int[] nx = {px - 1, px + 1, px, px};
      int[] ny = {py, py, py - 1, py + 1};
      for (int k = 0; k < 4; k++) {
        int fx = wx + nx[k];
        int fy = wy + ny[k];
        if (nx[k] >= lo && nx[k] < hi && ny[k] >= lo && ny[k] < hi && fx >= 0 && fx < width
            && fy >= 0 && fy < height && !seen[next[k]] && sign * response[next[k]] >= floor) {
          seen[next[k]] = true;
          queue[tail++] = next[k];
        }
      }
    }
    return new Located(new PixelBox(wx + x0, wy + y0, wx + x1, wy + y1), wx + peak % w,
        wy + peak / w);
  }
}
