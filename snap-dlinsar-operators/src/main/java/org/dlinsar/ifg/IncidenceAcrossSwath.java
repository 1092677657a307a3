package org.dlinsar.ifg;

import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.TiePointGrid;

/**
 * The incidence at each column of a raster in radar geometry, whose columns are slant ranges
 * ({@code slant_range_to_first_pixel} + x {@code range_spacing}).
 *
 * <p>Where the product has SNAP's {@value #INCIDENCE_GRID} tie-point grid (every SAR reader of
 * SNAP writes it, and its interferogram, deburst and subset steps carry it, cropped with the
 * raster), each column's incidence is the grid's at the scene's centre row. Subset keeps the
 * frame's {@code incidence_near} and {@code incidence_far} (snap-engine 14.x
 * ProductSubsetBuilder.updateMetadata moves the first slant range only), so a crop across an IW
 * swath read from them is seen at the frame's incidences; and a product whose near range lies on
 * the right (incidence falling across the columns, as SNAP tells it: ProductSubsetBuilder's
 * isNearRangeOnLeft) has its satellite on the other side ({@link #nearRangeOnLeft()}).
 *
 * <p>Without the grid, from the incidence the metadata give at the first and last columns
 * ({@code incidence_near}, {@code incidence_far}), near range on the left. The incidence does not
 * change linearly with slant range: on a spherical Earth of radius Re
 * seen from a satellite Rs from its centre, the ground at slant range R is seen at the incidence i
 * with Rs^2 = Re^2 + R^2 + 2 Re R cos i (the triangle of the Earth's centre, the ground and the
 * satellite). The two ends fix Re and Rs, and with them every column's incidence. Across
 * Sentinel-1's IW swath (30.8 to 46.1 degrees over 159 km of slant range, Mexico City's GAMMA
 * parameter file) a straight line between the ends errs by up to 1.25 degrees mid-swath; the sphere
 * through them gives the file's own incidence at the centre within 0.001 degrees. Where the slant
 * ranges are not known, or the ends fit no Earth-sized sphere (one incidence written for both, as
 * the simulator and files that give the incidence at one place write it), the incidence is linear
 * between them.
 */
public final class IncidenceAcrossSwath {

  /** SNAP's tie-point grid of the incidence angle, degrees (its SAR readers' {@code incident_angle}). */
  public static final String INCIDENCE_GRID = "incident_angle";

  /**
   * Radii a sphere fitted through the ends may have, metres: the Earth's radii of curvature lie
   * within 6335 to 6400 km; the margin takes ends rounded to a hundredth of a degree on a narrow swath.
   */
  private static final double LEAST_RADIUS = 5.5e6;
  private static final double MOST_RADIUS = 7.5e6;
  /** Sentinel-1's mean orbit height, metres: the satellite where a product gives no geometry of its own. */
  public static final double SENTINEL1_ORBIT_HEIGHT_METRES = 693_000;
  /** The Earth's mean radius, metres. */
  private static final double EARTH_RADIUS_METRES = 6_371_000;
  /** SNAP's value of an attribute its reader had none for. */
  private static final double NO_METADATA = 99999;

  private final double nearDeg;
  private final double farDeg;
  private final int width;
  private final double firstRangeMetres;
  private final double rangeSpacingMetres;
  /** The sphere's radius and the satellite's distance from its centre, metres; NaN when linear. */
  private final double earthRadiusMetres;
  private final double satelliteRadiusMetres;
  /** Each column's incidence from {@value #INCIDENCE_GRID}, degrees; null when from the ends. */
  private final double[] columns;

  private IncidenceAcrossSwath(double nearDeg, double farDeg, int width, double firstRangeMetres,
      double rangeSpacingMetres, double earthRadiusMetres, double satelliteRadiusMetres) {
    this.nearDeg = nearDeg;
    this.farDeg = farDeg;
    this.width = width;
    this.firstRangeMetres = firstRangeMetres;
    this.rangeSpacingMetres = rangeSpacingMetres;
    this.earthRadiusMetres = earthRadiusMetres;
    this.satelliteRadiusMetres = satelliteRadiusMetres;
    this.columns = null;
  }

  private IncidenceAcrossSwath(double[] columns) {
    this.nearDeg = columns[0];
    this.farDeg = columns[columns.length - 1];
    this.width = columns.length;
    this.firstRangeMetres = Double.NaN;
    this.rangeSpacingMetres = Double.NaN;
    this.earthRadiusMetres = Double.NaN;
    this.satelliteRadiusMetres = Double.NaN;
    this.columns = columns;
  }

  /**
   * {@code product}'s: from its {@value #INCIDENCE_GRID} grid where it has one, else from {@code
   * abs}'s incidence_near, incidence_far, slant_range_to_first_pixel and range_spacing ({@link #of(double,
   * double, double, double, int)}). Whether every column's is an incidence is the caller's to check
   * ({@link #everyColumnAnIncidence}).
   */
  public static IncidenceAcrossSwath of(Product product, MetadataElement abs) {
    return of(product, abs, product.getSceneRasterWidth());
  }

  /** As {@link #of(Product, MetadataElement)} over a raster {@code width} columns wide. */
  public static IncidenceAcrossSwath of(Product product, MetadataElement abs, int width) {
    TiePointGrid grid = product.getTiePointGrid(INCIDENCE_GRID);
    if (grid != null && width >= 1) {
      double centreRow = product.getSceneRasterHeight() / 2.0;
      double[] columns = new double[width];
      for (int x = 0; x < width; x++) {
        columns[x] = grid.getPixelDouble(x + 0.5, centreRow);
      }
      return new IncidenceAcrossSwath(columns);
    }
    return of(abs.getAttributeDouble("incidence_near", Double.NaN), abs.getAttributeDouble("incidence_far", Double.NaN),
        abs.getAttributeDouble("slant_range_to_first_pixel", Double.NaN),
        abs.getAttributeDouble("range_spacing", Double.NaN), width);
  }

  /** Linear from {@code nearDeg} at the first of {@code width} columns to {@code farDeg} at the last. */
  public static IncidenceAcrossSwath linear(double nearDeg, double farDeg, int width) {
    return new IncidenceAcrossSwath(nearDeg, farDeg, width, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * On the sphere through both ends where the slant ranges are given (finite, positive, not SNAP's
   * 99999 of none) and the ends fit an Earth-sized one; else {@link #linear}.
   */
  public static IncidenceAcrossSwath of(double nearDeg, double farDeg, double firstRangeMetres,
      double rangeSpacingMetres, int width) {
    if (!(firstRangeMetres > 0) || !(rangeSpacingMetres > 0) || firstRangeMetres == NO_METADATA
        || rangeSpacingMetres == NO_METADATA || width < 2 || !Double.isFinite(nearDeg) || !Double.isFinite(farDeg)) {
      return linear(nearDeg, farDeg, width);
    }
    double near = firstRangeMetres;
    double far = firstRangeMetres + (width - 1) * rangeSpacingMetres;
    // the two ends' Rs^2 = Re^2 + R^2 + 2 Re R cos i, less one another: Re from the difference
    double across = near * Math.cos(Math.toRadians(nearDeg)) - far * Math.cos(Math.toRadians(farDeg));
    double earth = (far * far - near * near) / (2 * across);
    double satellite = Math.sqrt(earth * earth + near * near + 2 * earth * near * Math.cos(Math.toRadians(nearDeg)));
    if (!(earth >= LEAST_RADIUS && earth <= MOST_RADIUS) || !(satellite > earth)) {
      return linear(nearDeg, farDeg, width);
    }
    return new IncidenceAcrossSwath(nearDeg, farDeg, width, firstRangeMetres, rangeSpacingMetres, earth, satellite);
  }

  /** Whether {@code degrees} can be an incidence: over 0 and under 90. */
  public static boolean isIncidence(double degrees) {
    return degrees > 0 && degrees < 90;
  }

  /** The incidence at column {@code x}, fractional (held at the ends beyond them), degrees. */
  public double at(double x) {
    if (columns != null) {
      double clamped = Math.min(width - 1, Math.max(0, x));
      int left = (int) Math.min(width - 2, Math.floor(clamped));
      if (left < 0) {
        return columns[0];
      }
      return columns[left] + (clamped - left) * (columns[left + 1] - columns[left]);
    }
    double share = width > 1 ? Math.min(1, Math.max(0, x / (width - 1.0))) : 0.5;
    if (!curved()) {
      return nearDeg + share * (farDeg - nearDeg);
    }
    double range = firstRangeMetres + share * (width - 1) * rangeSpacingMetres;
    return onSphere(earthRadiusMetres, satelliteRadiusMetres, range);
  }

  /**
   * The slant range at which the mean Earth is seen at {@code incidenceDeg} from Sentinel-1's orbit,
   * metres, the sphere where a product gives no geometry of its own: R = sqrt(Rs^2 - Re^2 sin^2 i) -
   * Re cos i, the same triangle as {@link #onSphere}'s.
   */
  public static double slantRangeFromSentinel1(double incidenceDeg) {
    double i = Math.toRadians(incidenceDeg);
    double satellite = EARTH_RADIUS_METRES + SENTINEL1_ORBIT_HEIGHT_METRES;
    double across = EARTH_RADIUS_METRES * Math.sin(i);
    return Math.sqrt(satellite * satellite - across * across) - EARTH_RADIUS_METRES * Math.cos(i);
  }

  /**
   * The incidence of the ground at slant range {@code rangeMetres} on a sphere of radius {@code
   * earthRadiusMetres} seen from {@code satelliteRadiusMetres} from its centre, degrees.
   */
  public static double onSphere(double earthRadiusMetres, double satelliteRadiusMetres, double rangeMetres) {
    double cos = (satelliteRadiusMetres * satelliteRadiusMetres - earthRadiusMetres * earthRadiusMetres
        - rangeMetres * rangeMetres) / (2 * earthRadiusMetres * rangeMetres);
    return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
  }

  /** True where the incidence follows the slant range on the sphere through the ends, false where it is linear. */
  public boolean curved() {
    return Double.isFinite(earthRadiusMetres);
  }

  /** The number of columns. */
  public int width() {
    return width;
  }

  /** True where each column's incidence is the {@value #INCIDENCE_GRID} grid's. */
  public boolean fromGrid() {
    return columns != null;
  }

  /**
   * Whether the near range is the first column, as SNAP tells it: the incidence no higher there
   * than at the last column; always where the incidence comes from the metadata's ends, which name
   * the near one first.
   */
  public boolean nearRangeOnLeft() {
    return columns == null || !(columns[0] > columns[width - 1]);
  }

  /** Whether every column's is an incidence (over 0 and under 90 degrees); not where a column's is NaN. */
  public boolean everyColumnAnIncidence() {
    if (columns != null) {
      for (double v : columns) {
        if (!isIncidence(v)) {
          return false;
        }
      }
      return true;
    }
    // the ends hold the extremes, the sphere's and the line's alike
    return isIncidence(at(0)) && isIncidence(at(width - 1)) && isIncidence(at((width - 1) / 2.0));
  }

  /**
   * Why not every column's is an incidence ({@link #everyColumnAnIncidence}), naming what gave
   * them: the {@value #INCIDENCE_GRID} grid, or {@code abs}'s incidence_near and incidence_far.
   */
  public String whyNoIncidence(MetadataElement abs) {
    return fromGrid() ? "its " + INCIDENCE_GRID + " tie-point grid holds values that are no incidence"
        : RadarWavelength.ABSTRACTED_METADATA + "/incidence_near and incidence_far are "
            + abs.getAttributeString("incidence_near", "missing") + " and "
            + abs.getAttributeString("incidence_far", "missing");
  }

  /** Where the incidence comes from, for a user's log: the grid, the slant ranges or a line between the ends. */
  public String source() {
    return fromGrid() ? "each column's incidence from the " + INCIDENCE_GRID + " tie-point grid"
        : curved() ? "each column's incidence from its slant range" : "the incidence linear across the columns";
  }
}
