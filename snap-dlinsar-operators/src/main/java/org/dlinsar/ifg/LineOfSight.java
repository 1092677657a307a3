package org.dlinsar.ifg;

import java.util.Locale;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * The radar's line of sight over a product's raster, ground to satellite, as a unit vector in the
 * raster's own frame (+x along columns, +y along rows, up), with the ground spacing that turns its
 * elevation into slope: what projects a LOS velocity onto the direction the ground moves in.
 *
 * <p>Radar geometry (SNAP's interferograms before terrain correction): columns run from near to
 * far range, so the satellite lies toward -x whichever way the orbit runs (toward +x where the near
 * range lies on the right, the incidence falling across the columns); each column's incidence is
 * that of SNAP's {@code incident_angle} tie-point grid, or without one from {@code incidence_near}
 * at the first column to {@code incidence_far} at the last, following each column's slant range
 * where the metadata give it ({@link IncidenceAcrossSwath}), and the vector at column x is (-sin i,
 * 0, cos i) (or (+sin i, 0, cos i)). A map grid ({@code is_terrain_corrected} 1,
 * as terrain-corrected and imported stacks are): the flight heading {@code centre_heading}
 * (degrees clockwise from north, which SNAP's SAR readers write) and {@code antenna_pointing}
 * ({@code right}, every current SAR's, when not given) place the satellite at heading - 90 degrees
 * (right-looking) or + 90 (left), seen at the mean of the two incidences; the raster's axes come
 * from the geocoding at the scene's centre.
 *
 * <p>Where the product has SNAP's per-pixel incidence band {@value #INCIDENCE_BAND} (degrees, as
 * Terrain-Correction writes it when asked to, and as the import writes it from a LiCSAR frame's
 * line-of-sight files), each pixel is seen at its own incidence: across a wide swath the incidence
 * changes by 15 degrees, and with it C, most where a slope faces the satellite.
 */
public final class LineOfSight {

  /** SNAP's band of the incidence angle from the ellipsoid at each pixel, degrees. */
  public static final String INCIDENCE_BAND = "incidenceAngleFromEllipsoid";
  private static final double NO_METADATA = 99999;

  private final double horizontalX;
  private final double horizontalY;
  private final IncidenceAcrossSwath swath;
  private final GroundSpacing spacing;
  private final String geometry;
  private final String missing;
  private final Band incidenceBand;

  private LineOfSight(double horizontalX, double horizontalY, IncidenceAcrossSwath swath,
      GroundSpacing spacing, String geometry, String missing, Band incidenceBand) {
    this.horizontalX = horizontalX;
    this.horizontalY = horizontalY;
    this.swath = swath;
    this.spacing = spacing;
    this.geometry = geometry;
    this.missing = missing;
    this.incidenceBand = incidenceBand;
  }

  /** The line of sight over {@code product}'s raster, or one that says what its metadata lack. */
  public static LineOfSight of(Product product) {
    MetadataElement root = product.getMetadataRoot();
    MetadataElement abs = root == null ? null : root.getElement(RadarWavelength.ABSTRACTED_METADATA);
    if (abs == null) {
      return unknown("no " + RadarWavelength.ABSTRACTED_METADATA);
    }
    Band incidenceBand;
    try {
      incidenceBand = incidenceBandOf(product);
    } catch (IllegalArgumentException e) {
      return unknown(e.getMessage()); // the band is optional: no projection, the rest of the run goes on
    }
    double near = abs.getAttributeDouble("incidence_near", Double.NaN);
    double far = abs.getAttributeDouble("incidence_far", Double.NaN);
    boolean mapGrid = abs.getAttributeInt("is_terrain_corrected", 0) == 1;
    IncidenceAcrossSwath swath = mapGrid ? IncidenceAcrossSwath.linear(near, far, product.getSceneRasterWidth())
        : IncidenceAcrossSwath.of(product, abs);
    if (incidenceBand == null && !swath.everyColumnAnIncidence()) {
      return unknown(swath.whyNoIncidence(abs) + ", and there is no " + INCIDENCE_BAND + " band");
    }
    String[] lacking = new String[1];
    GroundSpacing spacing = GroundSpacing.of(product, lacking);
    if (spacing == null) {
      return unknown("no ground spacing: no " + lacking[0]);
    }
    String perPixel = incidenceBand == null ? "" : ", each pixel at its " + INCIDENCE_BAND;
    if (!mapGrid) {
      // columns run from near range to far, or back where the near range lies on the right
      double towardSatellite = swath.nearRangeOnLeft() ? -1 : 1;
      String side = swath.nearRangeOnLeft() ? "" : ", near range on the right";
      String columns = swath.fromGrid() || swath.curved() ? ", " + swath.source() : "";
      return new LineOfSight(towardSatellite, 0, swath, spacing, "radar geometry" + side + columns + perPixel, null,
          incidenceBand);
    }
    return onMapGrid(product, abs, 0.5 * (near + far), spacing, incidenceBand, perPixel);
  }

  /**
   * {@code product}'s band {@value #INCIDENCE_BAND}; null without one.
   *
   * @throws IllegalArgumentException naming the band when it is not the scene's size
   */
  public static Band incidenceBandOf(Product product) {
    return InterferogramStack.sceneSized(product.getBand(INCIDENCE_BAND));
  }

  private static LineOfSight onMapGrid(Product product, MetadataElement abs, double incidence,
      GroundSpacing spacing, Band incidenceBand, String perPixel) {
    double heading = abs.getAttributeDouble("centre_heading", Double.NaN);
    if (!Double.isFinite(heading) || heading == NO_METADATA) {
      return unknown(RadarWavelength.ABSTRACTED_METADATA + "/centre_heading is "
          + abs.getAttributeString("centre_heading", "missing")
          + " (a map grid's line of sight needs the flight heading)");
    }
    String pointing = abs.getAttributeString("antenna_pointing", "right").trim().toLowerCase(Locale.ROOT);
    double side = pointing.equals("left") ? 1 : -1;
    double h = Math.toRadians(heading + side * 90);
    double east = Math.sin(h);
    double north = Math.cos(h);
    double[][] axes = axes(GroundSpacing.CentreSteps.of(product));
    if (axes == null) {
      return unknown("a map grid without a usable geocoding");
    }
    String geometry = String.format(Locale.ROOT, "map grid, heading %.1f deg, %s-looking%s",
        heading, side < 0 ? "right" : "left", perPixel);
    return new LineOfSight(east * axes[0][0] + north * axes[0][1],
        east * axes[1][0] + north * axes[1][1],
        IncidenceAcrossSwath.linear(incidence, incidence, product.getSceneRasterWidth()), spacing, geometry, null,
        incidenceBand);
  }

  /** Unit {east, north} of a step along +x and one along +y; null without them. */
  private static double[][] axes(GroundSpacing.CentreSteps steps) {
    if (steps == null) {
      return null;
    }
    double lx = Math.hypot(steps.alongX()[0], steps.alongX()[1]);
    double ly = Math.hypot(steps.alongY()[0], steps.alongY()[1]);
    if (!(lx > 0) || !(ly > 0)) {
      return null;
    }
    return new double[][] {{steps.alongX()[0] / lx, steps.alongX()[1] / lx},
        {steps.alongY()[0] / ly, steps.alongY()[1] / ly}};
  }

  private static LineOfSight unknown(String missing) {
    return new LineOfSight(Double.NaN, Double.NaN, IncidenceAcrossSwath.linear(Double.NaN, Double.NaN, 0), null,
        null, missing, null);
  }

  /** True when the metadata give the line of sight and the ground spacing. */
  public boolean known() {
    return missing == null;
  }

  /** What the metadata lack; null when {@link #known()}. */
  public String missing() {
    return missing;
  }

  /** The ground spacing of the raster; null when not {@link #known()}. */
  public GroundSpacing spacing() {
    return spacing;
  }

  /**
   * How the line of sight was found: {@code radar geometry} (with where the near range lies when on
   * the right, and where each column's incidence comes from: {@link IncidenceAcrossSwath#source()}),
   * or the map grid's heading.
   */
  public String geometry() {
    return geometry;
  }

  /**
   * The band of each pixel's incidence ({@value #INCIDENCE_BAND}), which {@link #at(int, double)}
   * takes the incidence from; null where the metadata give it ({@link #at(int)}).
   */
  public Band incidenceBand() {
    return incidenceBand;
  }

  /** The incidence at column {@code x} from the metadata, degrees; NaN where only the band gives it. */
  public double incidenceDeg(int x) {
    return swath.at(x);
  }

  /**
   * The unit vector from the ground to the satellite at column {@code x}, the incidence from the
   * metadata: {along x, along y, up}.
   */
  public double[] at(int x) {
    return at(x, incidenceDeg(x));
  }

  /**
   * The unit vector from the ground to the satellite at column {@code x} seen at {@code
   * incidenceDeg} (a pixel's, from {@link #incidenceBand()}): {along x, along y, up}; NaN where
   * that is no incidence.
   */
  public double[] at(int x, double incidenceDeg) {
    if (!IncidenceAcrossSwath.isIncidence(incidenceDeg)) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double incidence = Math.toRadians(incidenceDeg);
    double horizontal = Math.sin(incidence);
    return new double[] {horizontal * horizontalX, horizontal * horizontalY, Math.cos(incidence)};
  }
}
