package org.dlinsar.ifg;

import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;

/**
 * Ground pixel spacing of a product, to turn its elevation into slope. A radar-geometry product:
 * from its {@code Abstracted_Metadata}, azimuth_spacing and range_spacing (slant range, as SNAP
 * writes it) over the sine of the incidence at the centre column ({@link IncidenceAcrossSwath}:
 * SNAP's incident_angle tie-point grid's, else between incidence_near and incidence_far as the slant
 * range gives it). A terrain-corrected
 * one ({@code is_terrain_corrected}, as imported LiCSAR and GeoTIFF stacks are), or one without
 * radar spacings: from its geocoding, a pixel's step along each axis about the scene's centre on
 * the WGS84 ellipsoid (SNAP's Terrain-Correction leaves the source's slant spacing in the metadata
 * unless given a new one, and over a frame's 2 degrees of latitude the centre's step differs from
 * a box's by a few percent at most).
 *
 * <p>A radar-geometry product's columns are equally spaced in slant range, not on the ground: its
 * elevation band (SNAP's InterferogramOp and Back-Geocoding write it on the radar grid) is
 * foreshortened, a column's step covering (dr + dh cos i) / sin i of ground for a rise dh. Its
 * slope along x is then {@link #slopeAlongX}'s, from each column's own incidence; taken as dh over
 * the mean ground step, a 30 degree slope facing the satellite at 38 degrees of incidence read 66
 * degrees, and one facing away 20 degrees read 14. Along y a column keeps its slant range, not its
 * ground position, so the rise a row is foreshortened too where the ground rises along range
 * ({@link #slopeAlongY}). The simulator's stacks alone place their
 * heights on a grid uniform on the ground ({@value #SIMULATION} in their metadata: it models no
 * foreshortening), and are taken so; as are products SNAP's Slant-Range-to-Ground-Range resampled
 * ({@code srgr_flag} 1), whose {@code range_spacing} is then the ground's.
 *
 * @param xMetres spacing along x on the ground (ground range, or east on a map grid), metres; on a
 *     slant-range grid the mean one, at the centre column's incidence
 * @param yMetres spacing along y (azimuth, or north), metres
 * @param source where it came from: {@value #FROM_METADATA} or {@value #FROM_GEOCODING} (or what a
 *     caller names, given the spacings)
 * @param slantRange the columns' slant-range geometry where the heights lie on a slant-range grid;
 *     null on a grid uniform on the ground
 */
public record GroundSpacing(double xMetres, double yMetres, String source, SlantRange slantRange) {

  public static final String FROM_METADATA = "Abstracted_Metadata";
  public static final String FROM_GEOCODING = "the geocoding";
  /** The metadata element of the simulator's products, whose heights lie on a ground-range grid. */
  static final String SIMULATION = "DL_InSAR_Simulation";

  /**
   * Columns equally spaced in slant range.
   *
   * @param spacingMetres the slant range spacing, metres
   * @param incidence each column's incidence
   */
  public record SlantRange(double spacingMetres, IncidenceAcrossSwath incidence) {

    /**
     * The slant range's step per column, in units of the spacing: +1 where the near range is the
     * first column, -1 where it lies on the right (a rise then brings a column nearer the next).
     */
    double rangeStep() {
      return incidence.nearRangeOnLeft() ? 1 : -1;
    }
  }

  /**
   * @throws IllegalArgumentException when a spacing is not positive
   */
  public GroundSpacing {
    if (!(xMetres > 0) || !(yMetres > 0) || (slantRange != null && !(slantRange.spacingMetres() > 0))) {
      throw new IllegalArgumentException("pixel spacings must be positive, got " + xMetres + " and " + yMetres
          + " m" + (slantRange == null ? "" : " (slant " + slantRange.spacingMetres() + " m)"));
    }
  }

  /** A grid uniform on the ground (a map grid, the simulator's). */
  public GroundSpacing(double xMetres, double yMetres, String source) {
    this(xMetres, yMetres, source, null);
  }

  /**
   * The ground slope along x, metres per metre, where the heights rise by {@code dhPerColumn} from
   * one column to the next at column {@code x}: dh over the ground step on a grid uniform on the
   * ground; on a slant-range grid, with dh / dr = g, g sin i / (1 + g cos i) at the column's
   * incidence i (the step's ground length is (dr + dh cos i) / sin i; with the near range on the
   * right, (dr - dh cos i) / sin i, and 1 - g cos i in both places); NaN where no terrain gives
   * such a step (1 + g cos i <= 0: noise on a DEM).
   */
  public double slopeAlongX(double dhPerColumn, double x) {
    if (slantRange == null) {
      return dhPerColumn / xMetres;
    }
    double i = Math.toRadians(slantRange.incidence().at(x));
    double perRange = dhPerColumn / slantRange.spacingMetres();
    double across = 1 + slantRange.rangeStep() * perRange * Math.cos(i);
    return across > 0 ? perRange * Math.sin(i) / across : Double.NaN;
  }

  /**
   * How much {@link #slopeAlongX} moves per metre of the height step from one column to the next,
   * where the slope along x is {@code gx} at column {@code x}: 1 / the ground step on a grid
   * uniform on the ground; on a slant-range grid sin i / (1 + g cos i)^2 / dr, g the step per slant
   * metre that gives gx there.
   */
  public double slopeAlongXPerStep(double gx, double x) {
    if (slantRange == null) {
      return 1 / xMetres;
    }
    double i = Math.toRadians(slantRange.incidence().at(x));
    double step = slantRange.rangeStep();
    double perRange = gx / (Math.sin(i) - step * gx * Math.cos(i));
    double across = 1 + step * perRange * Math.cos(i);
    return Math.sin(i) / (across * across) / slantRange.spacingMetres();
  }

  /**
   * The ground slope along y, metres per metre, where the heights rise by {@code dhPerRow} from one
   * row to the next and by {@code dhPerColumn} from one column to the next at column {@code x}:
   * dh over the ground step on a grid uniform on the ground. On a slant-range grid a column keeps
   * its slant range, not its ground position: where the ground rises along range (g per slant
   * metre) it slides across it, and the heights step by the ground's rise over 1 + g cos i a row;
   * NaN where no terrain gives such a step, as {@link #slopeAlongX}.
   */
  public double slopeAlongY(double dhPerRow, double dhPerColumn, double x) {
    if (slantRange == null) {
      return dhPerRow / yMetres;
    }
    double across = 1 + slantRange.rangeStep() * dhPerColumn / slantRange.spacingMetres()
        * Math.cos(Math.toRadians(slantRange.incidence().at(x)));
    return across > 0 ? dhPerRow / yMetres / across : Double.NaN;
  }

  /**
   * How much {@link #slopeAlongY} moves per metre of the height step from one row to the next,
   * {@code [0]}, and from one column to the next, {@code [1]}, where the slopes are {@code gx} and
   * {@code gy} at column {@code x}: 1 / the ground step and 0 on a grid uniform on the ground.
   */
  public double[] slopeAlongYPerStep(double gx, double gy, double x) {
    if (slantRange == null) {
      return new double[] {1 / yMetres, 0};
    }
    double i = Math.toRadians(slantRange.incidence().at(x));
    double step = slantRange.rangeStep();
    // 1 + g cos i, from the slope along x that g gives
    double across = Math.sin(i) / (Math.sin(i) - step * gx * Math.cos(i));
    return new double[] {1 / (yMetres * across), -step * gy * Math.cos(i) / (slantRange.spacingMetres() * across)};
  }

  private static final String ABSTRACTED_METADATA = "Abstracted_Metadata";
  private static final double NO_METADATA = 99999;
  private static final double WGS84_A = 6378137.0;
  private static final double WGS84_E2 = 6.69437999014e-3;

  /**
   * @return the spacing, or null when neither source gives one; {@code missing[0]} then names
   *     what is missing or absurd
   */
  public static GroundSpacing of(Product product, String[] missing) {
    MetadataElement root = product.getMetadataRoot();
    MetadataElement abs = root == null ? null : root.getElement(ABSTRACTED_METADATA);
    boolean mapGrid = abs != null && abs.getAttributeInt("is_terrain_corrected", 0) == 1;
    GroundSpacing radar = abs == null || mapGrid ? null
        : fromRadarMetadata(product, abs, root.getElement(SIMULATION) == null, missing);
    if (radar != null) {
      return radar;
    }
    GroundSpacing map = fromGeoCoding(product);
    if (map != null) {
      missing[0] = null;
      return map;
    }
    missing[0] = mapGrid ? "a geocoding"
        : (abs == null ? ABSTRACTED_METADATA : missing[0]) + " (or a geocoding)";
    return null;
  }

  private static GroundSpacing fromRadarMetadata(Product product, MetadataElement abs, boolean slantGrid,
      String[] missing) {
    double range = value(abs, "range_spacing", missing);
    double azimuth = value(abs, "azimuth_spacing", missing);
    IncidenceAcrossSwath swath = IncidenceAcrossSwath.of(product, abs);
    if (!swath.fromGrid()) {
      value(abs, "incidence_near", missing);
      value(abs, "incidence_far", missing);
    }
    if (missing[0] != null) {
      return null;
    }
    if (abs.getAttributeInt("srgr_flag", 0) != 0) {
      // SNAP's Slant-Range-to-Ground-Range (srgr_flag 1) resampled the columns onto the ground
      return new GroundSpacing(range, azimuth, FROM_METADATA);
    }
    if (!swath.everyColumnAnIncidence()) {
      missing[0] = swath.fromGrid() ? IncidenceAcrossSwath.INCIDENCE_GRID + " (values that are no incidence)"
          : ABSTRACTED_METADATA + "/incidence_near/incidence_far (" + abs.getAttributeString("incidence_near", "?")
              + ", " + abs.getAttributeString("incidence_far", "?") + " deg)";
      return null;
    }
    double centreDeg = swath.at((product.getSceneRasterWidth() - 1) / 2.0);
    return new GroundSpacing(range / Math.sin(Math.toRadians(centreDeg)), azimuth, FROM_METADATA,
        slantGrid ? new SlantRange(range, swath) : null);
  }

  private static GroundSpacing fromGeoCoding(Product product) {
    CentreSteps steps = CentreSteps.of(product);
    if (steps == null) {
      return null;
    }
    double x = steps.xMetres();
    double y = steps.yMetres();
    return x > 0 && y > 0 ? new GroundSpacing(x, y, FROM_GEOCODING) : null;
  }

  /**
   * The steps of {@code span} pixels along x and along y from near the scene's centre, each {east,
   * north} metres on the ellipsoid (local radii of curvature at their mean latitude: within 0.1 %
   * over tens of kilometres; NaN where a position is invalid), measured over a quarter of the scene
   * because tie-point grids hold float degrees: over one pixel of 10 m their rounding alone is
   * several percent.
   */
  public record CentreSteps(double[] alongX, double[] alongY, int span) {

    /** The steps of {@code product}'s geocoding, or null without a usable one. */
    public static CentreSteps of(Product product) {
      GeoCoding coding = product.getSceneGeoCoding();
      if (coding == null || !coding.canGetGeoPos()) {
        return null;
      }
      int w = product.getSceneRasterWidth();
      int h = product.getSceneRasterHeight();
      int span = Math.max(1, Math.min(w, h) / 4);
      double x0 = w / 2.0 - span / 2.0;
      double y0 = h / 2.0 - span / 2.0;
      GeoPos corner = coding.getGeoPos(new PixelPos(x0, y0), null);
      return new CentreSteps(eastNorth(corner, coding.getGeoPos(new PixelPos(x0 + span, y0), null)),
          eastNorth(corner, coding.getGeoPos(new PixelPos(x0, y0 + span), null)), span);
    }

    /** One pixel's step along x on the ground, metres. */
    public double xMetres() {
      return Math.hypot(alongX[0], alongX[1]) / span;
    }

    /** One pixel's step along y on the ground, metres. */
    public double yMetres() {
      return Math.hypot(alongY[0], alongY[1]) / span;
    }

    private static double[] eastNorth(GeoPos a, GeoPos b) {
      if (a == null || b == null || !a.isValid() || !b.isValid()) {
        return new double[] {Double.NaN, Double.NaN};
      }
      double lat = Math.toRadians(0.5 * (a.getLat() + b.getLat()));
      double w = 1 - WGS84_E2 * Math.sin(lat) * Math.sin(lat);
      double meridional = WGS84_A * (1 - WGS84_E2) / (w * Math.sqrt(w));
      double primeVertical = WGS84_A / Math.sqrt(w);
      double dLon = Math.IEEEremainder(b.getLon() - a.getLon(), 360);
      return new double[] {primeVertical * Math.cos(lat) * Math.toRadians(dLon),
          meridional * Math.toRadians(b.getLat() - a.getLat())};
    }
  }

  private static double value(MetadataElement abs, String name, String[] missing) {
    double v = abs.getAttributeDouble(name, Double.NaN);
    if (!(v > 0) || v == NO_METADATA || Double.isInfinite(v)) {
      if (missing[0] == null) {
        missing[0] = ABSTRACTED_METADATA + "/" + name;
      }
      return Double.NaN;
    }
    return v;
  }
}
