package org.dlinsar.detect;

/**
 * The blob response of a field at one pixel and one scale, from a window just large enough for
 * the smoothing: how strongly one interferogram shows a blob found elsewhere (in the stack, or in
 * other interferograms).
 */
final class PointResponse {

  private PointResponse() {}

  /**
   * @param source the field
   * @param x column
   * @param y row
   * @param radius box radius of the scale
   * @return the smoothed field at (x, y), as {@link BlobScanner} computes it
   */
  static float at(DivergenceRows source, int x, int y, int radius) {
    int reach = BoxBlur.reach(radius);
    int w = 2 * reach + 1;
    int n = w * w;
    float[] field = new float[n];
    float[] response = new float[n];
    source.fill(x - reach, y - reach, w, w, field);
    BoxBlur.smooth(field, response, new float[n], new float[n], w, w, radius);
    return response[reach * w + reach];
  }
}
