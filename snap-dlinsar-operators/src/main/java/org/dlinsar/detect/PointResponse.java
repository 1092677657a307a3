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
    return around(source, x, y, reach, radius)[reach * (2 * reach + 1) + reach];
  }

  /**
   * The smoothed field over the square of {@code 2 half + 1} pixels a side centred on (x, y), row
   * by row; exact, as {@link BlobScanner} computes it, within {@code half} less the smoothing's
   * reach of the centre.
   */
  static float[] around(DivergenceRows source, int x, int y, int half, int radius) {
    int w = 2 * half + 1;
    int n = w * w;
    float[] field = new float[n];
    float[] response = new float[n];
    source.fill(x - half, y - half, w, w, field);
    BoxBlur.smooth(field, response, new float[n], new float[n], w, w, radius);
    return response;
  }
}
