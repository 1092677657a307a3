package org.dlinsar.sbas;

import org.dlinsar.sim.PixelBox;

/**
 * A landslide's velocity along its slope from its LOS velocity: the ground moves down the surface
 * in the direction of steepest descent, so its LOS velocity is its downslope velocity times C, the
 * line of sight's component along that direction (Notti et al. 2014; Cascini et al. 2010), and
 * v_downslope = v_LOS / C. With the elevation gradient g (metres per metre) and the unit line of
 * sight l ground to satellite, the downslope unit vector is (-g / |g| cos b, -sin b), b = atan |g|,
 * so C = (-(g . l_h) / |g| - |g| l_up) / sqrt(1 + |g|^2): positive where moving down the slope
 * brings the ground nearer the satellite (a slope facing it), negative where it takes it away.
 *
 * <p>Where |C| is small the LOS sees little of the motion and dividing by C multiplies its noise;
 * on flat ground the slope has no direction. Both are NaN: |C| below the least sensitivity, slopes
 * below the least slope. The gradient is the mean of the centred differences over a square window
 * ({@value #WINDOW} pixels, README "Velocity down the slope"), a slide's slope rather than one
 * pixel's step of the DEM.
 */
public final class DownslopeProjection {

  /** The unit line of sight, ground to satellite, at a pixel: {along x, along y, up}. */
  @FunctionalInterface
  public interface PixelLineOfSight {
    double[] at(int x, int y);
  }

  /** Side of the window the elevation gradient is averaged over, pixels. */
  public static final int WINDOW = 3;

  private final int window;
  private final double minSlopeDeg;

  /**
   * @param window side of the gradient's window, odd
   * @param minSlopeDeg slopes below it have no downslope direction, degrees
   */
  public DownslopeProjection(int window, double minSlopeDeg) {
    if (window < 1 || window % 2 == 0) {
      throw new IllegalArgumentException("window must be odd and positive, got " + window);
    }
    this.window = window;
    this.minSlopeDeg = minSlopeDeg;
  }

  /** Pixels the elevation must reach beyond the pixels whose sensitivity is asked for. */
  public int halo() {
    return window / 2 + 1;
  }

  /**
   * C at every pixel of {@code out}, row-major; NaN where the slope is below the least slope or the
   * window reaches a pixel without elevation or beyond {@code region}.
   *
   * @param elevationMetres heights over {@code region}, row-major; NaN where unknown
   * @param region the box the heights cover
   * @param out the pixels asked for
   * @param dxMetres ground spacing along x, metres
   * @param dyMetres ground spacing along y, metres
   * @param lineOfSight the unit line of sight at a pixel; NaN where unknown, which makes C NaN
   */
  public float[] sensitivity(float[] elevationMetres, PixelBox region, PixelBox out, double dxMetres,
      double dyMetres, PixelLineOfSight lineOfSight) {
    int rw = region.width();
    int r = window / 2;
    double perX = 1.0 / (2 * dxMetres * window * window);
    double perY = 1.0 / (2 * dyMetres * window * window);
    double leastSteepness = Math.tan(Math.toRadians(minSlopeDeg));
    float[] c = new float[out.width() * out.height()];
    for (int y = out.y0(); y < out.y1(); y++) {
      for (int x = out.x0(); x < out.x1(); x++) {
        int k = (y - out.y0()) * out.width() + x - out.x0();
        int cx = x - region.x0();
        int cy = y - region.y0();
        if (cx - r - 1 < 0 || cy - r - 1 < 0 || cx + r + 1 >= rw || cy + r + 1 >= region.height()) {
          c[k] = Float.NaN;
          continue;
        }
        double sx = 0;
        double sy = 0;
        for (int v = cy - r; v <= cy + r; v++) {
          for (int u = cx - r; u <= cx + r; u++) {
            int i = v * rw + u;
            sx += elevationMetres[i + 1] - elevationMetres[i - 1];
            sy += elevationMetres[i + rw] - elevationMetres[i - rw];
          }
        }
        double gx = sx * perX;
        double gy = sy * perY;
        double steepness = Math.hypot(gx, gy);
        // NaN heights make NaN steepness, which fails the test too
        if (!(steepness >= leastSteepness) || steepness == 0) {
          c[k] = Float.NaN;
          continue;
        }
        double[] l = lineOfSight.at(x, y);
        c[k] = (float) ((-(gx * l[0] + gy * l[1]) / steepness - steepness * l[2])
            / Math.sqrt(1 + steepness * steepness));
      }
    }
    return c;
  }

  /**
   * The downslope velocity of a LOS velocity where the line of sight sees at least {@code
   * minSensitivity} of the motion; NaN elsewhere.
   */
  public static float downslope(float losVelocity, float sensitivity, double minSensitivity) {
    return Math.abs(sensitivity) >= minSensitivity ? losVelocity / sensitivity : Float.NaN;
  }
}
