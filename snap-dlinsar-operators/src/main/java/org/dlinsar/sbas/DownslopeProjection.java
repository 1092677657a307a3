package org.dlinsar.sbas;

import org.dlinsar.ifg.GroundSpacing;
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
 *
 * <p>C's own uncertainty ({@link #sensitivityWithError}) has two parts, added in quadrature: the
 * DEM's scatter (its heights' residual about the plane through the heights the gradient reads, the
 * square of the window and its reach less the corners, carried through the gradient), and the
 * slope's turning (C's standard deviation over the whole square of that side centred on the pixel:
 * where the slope changes direction or steepness from pixel to pixel, which way a slide moves as one
 * body is uncertain). With a square of 5 pixels for the window of 3, the downslope velocity's 1-
 * and 2-sigma intervals cover the simulator's truth as often as {@code velocity_std}'s cover the
 * LOS velocity; the LOS velocity's uncertainty over |C| alone covers a tenth less (README,
 * "Velocity down the slope").
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
  private final int turningReach;

  /**
   * C's turning taken over the square the gradient reads, {@code window} + 2 pixels a side.
   *
   * @param window side of the gradient's window, odd
   * @param minSlopeDeg slopes below it have no downslope direction, degrees
   */
  public DownslopeProjection(int window, double minSlopeDeg) {
    this(window, minSlopeDeg, window + 2);
  }

  /**
   * @param turningSide side of the square C's turning is taken over, odd (the bench's table)
   */
  public DownslopeProjection(int window, double minSlopeDeg, int turningSide) {
    if (window < 1 || window % 2 == 0) {
      throw new IllegalArgumentException("window must be odd and positive, got " + window);
    }
    if (turningSide < 3 || turningSide % 2 == 0) {
      throw new IllegalArgumentException("turningSide must be odd and at least 3, got " + turningSide);
    }
    this.window = window;
    this.minSlopeDeg = minSlopeDeg;
    this.turningReach = turningSide / 2;
  }

  /**
   * Pixels the elevation must reach beyond the pixels whose sensitivity, and its error, are asked
   * for: the gradient's reach around each of the pixels C's turning compares.
   */
  public int halo() {
    return window / 2 + 1 + turningReach;
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
    return sensitivity(elevationMetres, region, out, new GroundSpacing(dxMetres, dyMetres, "given"), lineOfSight);
  }

  /**
   * As above, on the grid {@code spacing} describes: on a slant-range grid (a radar-geometry
   * product's elevation) each column's slope along x from its own incidence ({@link
   * GroundSpacing#slopeAlongX}).
   */
  public float[] sensitivity(float[] elevationMetres, PixelBox region, PixelBox out, GroundSpacing spacing,
      PixelLineOfSight lineOfSight) {
    int rw = region.width();
    int r = window / 2;
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
        double[] g = gradient(elevationMetres, rw, cx, cy, spacing, x);
        double gx = g[0];
        double gy = g[1];
        double steepness = Math.hypot(gx, gy);
        // NaN heights make NaN steepness, which fails the test too
        if (!(steepness >= leastSteepness) || steepness == 0) {
          c[k] = Float.NaN;
          continue;
        }
        c[k] = (float) share(gx, gy, lineOfSight.at(x, y));
      }
    }
    return c;
  }

  /**
   * The elevation gradient at (cx, cy) of the heights' row-major array {@code rw} wide, frame
   * column {@code x}, metres per metre: the mean of the centred differences over the window, {gx,
   * gy}.
   */
  private double[] gradient(float[] heights, int rw, int cx, int cy, GroundSpacing spacing, int x) {
    int r = window / 2;
    double sx = 0;
    double sy = 0;
    for (int v = cy - r; v <= cy + r; v++) {
      for (int u = cx - r; u <= cx + r; u++) {
        int i = v * rw + u;
        sx += heights[i + 1] - heights[i - 1];
        sy += heights[i + rw] - heights[i - rw];
      }
    }
    double perColumn = sx / (2 * window * window);
    return new double[] {spacing.slopeAlongX(perColumn, x),
        spacing.slopeAlongY(sy / (2 * window * window), perColumn, x)};
  }

  /** C of the elevation gradient (gx, gy), metres per metre, seen along the unit line of sight l. */
  private static double share(double gx, double gy, double[] l) {
    double steepness = Math.hypot(gx, gy);
    return (-(gx * l[0] + gy * l[1]) / steepness - steepness * l[2]) / Math.sqrt(1 + steepness * steepness);
  }

  /**
   * C at each pixel of an area and its uncertainty, 1 sigma, in its two parts; NaN where C is.
   *
   * @param c C, as {@link #sensitivity} gives it
   * @param demScatter the DEM heights' scatter about the local plane, carried through the gradient
   * @param slopeTurning C's standard deviation over the square around the pixel
   */
  public record Sensitivity(float[] c, float[] demScatter, float[] slopeTurning) {

    /** C's uncertainty: both parts in quadrature. */
    public float[] std() {
      float[] std = new float[demScatter.length];
      for (int i = 0; i < std.length; i++) {
        std[i] = (float) Math.hypot(demScatter[i], slopeTurning[i]);
      }
      return std;
    }
  }

  /**
   * C and its uncertainty at every pixel of {@code out}, row-major, with the arguments of {@link
   * #sensitivity}; the uncertainty NaN where C is, or where fewer than two pixels of the square
   * around have a C.
   */
  public Sensitivity sensitivityWithError(float[] elevationMetres, PixelBox region, PixelBox out,
      double dxMetres, double dyMetres, PixelLineOfSight lineOfSight) {
    return sensitivityWithError(elevationMetres, region, out, new GroundSpacing(dxMetres, dyMetres, "given"),
        lineOfSight);
  }

  /**
   * As above, on the grid {@code spacing} describes (a slant-range grid's slopes as {@link
   * GroundSpacing#slopeAlongX} gives them).
   */
  public Sensitivity sensitivityWithError(float[] elevationMetres, PixelBox region, PixelBox out,
      GroundSpacing spacing, PixelLineOfSight lineOfSight) {
    int rw = region.width();
    int r = window / 2;
    // the window's gradient sums 4 heights a row (2 for a window of one), each row's its own
    double perHeight = Math.sqrt(window == 1 ? 2 : 4 * window) / (2 * window * window);
    PixelBox around = out.grownWithin(turningReach, region.x1(), region.y1());
    // every neighbour's direction counts, however gentle its slope
    float[] neighbours = new DownslopeProjection(window, 0).sensitivity(elevationMetres, region, around, spacing,
        lineOfSight);
    float[] c = sensitivity(elevationMetres, region, out, spacing, lineOfSight);
    float[] scatter = new float[c.length];
    float[] turning = new float[c.length];
    for (int y = out.y0(); y < out.y1(); y++) {
      for (int x = out.x0(); x < out.x1(); x++) {
        int k = (y - out.y0()) * out.width() + x - out.x0();
        if (Float.isNaN(c[k])) {
          scatter[k] = Float.NaN;
          turning[k] = Float.NaN;
          continue;
        }
        turning[k] = spread(neighbours, around, x, y, turningReach);
        // C is known, so the heights the gradient reads lie inside the region and none is NaN
        int cx = x - region.x0();
        int cy = y - region.y0();
        double heightStd = planeResidualStd(elevationMetres, rw, cx, cy, r + 1);
        double[] l = lineOfSight.at(x, y);
        double[] g = gradient(elevationMetres, rw, cx, cy, spacing, x);
        // a step small beside the gradient itself, however gentle the slope
        double step = 1e-6 * Math.hypot(g[0], g[1]);
        double alongX = (share(g[0] + step, g[1], l) - share(g[0] - step, g[1], l)) / (2 * step);
        double alongY = (share(g[0], g[1] + step, l) - share(g[0], g[1] - step, l)) / (2 * step);
        // a column step moves both slopes on a slant-range grid; a row step only the slope along y
        double[] gyPerStep = spacing.slopeAlongYPerStep(g[0], g[1], x);
        scatter[k] = (float) (heightStd * perHeight * Math.hypot(
            alongX * spacing.slopeAlongXPerStep(g[0], x) + alongY * gyPerStep[1], alongY * gyPerStep[0]));
      }
    }
    return new Sensitivity(c, scatter, turning);
  }

  /** The sample standard deviation of the Cs in {@code around} within {@code reach} of the pixel (x, y). */
  private static float spread(float[] c, PixelBox around, int x, int y, int reach) {
    // less the pixel's own C, so that equal Cs give exactly 0
    double centre = c[(y - around.y0()) * around.width() + x - around.x0()];
    double sum = 0;
    double squares = 0;
    int n = 0;
    for (int v = Math.max(y - reach, around.y0()); v <= Math.min(y + reach, around.y1() - 1); v++) {
      for (int u = Math.max(x - reach, around.x0()); u <= Math.min(x + reach, around.x1() - 1); u++) {
        double value = c[(v - around.y0()) * around.width() + u - around.x0()] - centre;
        if (!Double.isNaN(value)) {
          sum += value;
          squares += value * value;
          n++;
        }
      }
    }
    return n < 2 ? Float.NaN : (float) Math.sqrt(Math.max(0, (squares - sum * sum / n) / (n - 1)));
  }

  /**
   * The heights' standard deviation about the least-squares plane through the square of
   * 2 {@code reach} + 1 pixels centred on (cx, cy) less its four corners (the heights the gradient
   * reads), with its three parameters' degrees of freedom.
   */
  private static double planeResidualStd(float[] heights, int rw, int cx, int cy, int reach) {
    // heights less the centre's: sums of squares of hundreds of metres would cancel
    double centre = heights[cy * rw + cx];
    double sum = 0;
    double squares = 0;
    double alongX = 0;
    double alongY = 0;
    double offsets = 0;
    int n = 0;
    for (int v = -reach; v <= reach; v++) {
      for (int u = -reach; u <= reach; u++) {
        if (Math.abs(u) == reach && Math.abs(v) == reach) {
          continue; // a corner: no height of the gradient's, and perhaps a void
        }
        double h = heights[(cy + v) * rw + cx + u] - centre;
        sum += h;
        squares += h * h;
        alongX += u * h;
        alongY += v * h;
        offsets += u * u;
        n++;
      }
    }
    // symmetric about both axes, so the plane's two slopes are independent, each sum(u h) / sum(u^2)
    double residual = squares - sum * sum / n - (alongX * alongX + alongY * alongY) / offsets;
    return Math.sqrt(Math.max(0, residual / (n - 3)));
  }

  /**
   * The downslope velocity of a LOS velocity where the line of sight sees at least {@code
   * minSensitivity} of the motion; NaN elsewhere.
   */
  public static float downslope(float losVelocity, float sensitivity, double minSensitivity) {
    return Math.abs(sensitivity) >= minSensitivity ? losVelocity / sensitivity : Float.NaN;
  }

  /**
   * The downslope velocity's uncertainty, 1 sigma, where {@link #downslope} gives one: the LOS
   * velocity's over |C| and C's carried through v / C, in quadrature; NaN elsewhere.
   */
  public static float downslopeStd(float losVelocity, float losStd, float sensitivity, float sensitivityStd,
      double minSensitivity) {
    float velocity = downslope(losVelocity, sensitivity, minSensitivity);
    return Float.isNaN(velocity) ? Float.NaN
        : (float) (Math.hypot(losStd, velocity * sensitivityStd) / Math.abs(sensitivity));
  }
}
