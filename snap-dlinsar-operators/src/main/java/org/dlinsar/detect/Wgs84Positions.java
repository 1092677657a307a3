package org.dlinsar.detect;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.opengis.metadata.quality.ConformanceResult;
import org.opengis.metadata.quality.PositionalAccuracy;
import org.opengis.metadata.quality.Result;
import org.opengis.referencing.crs.CRSFactory;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.datum.Ellipsoid;
import org.opengis.referencing.datum.GeodeticDatum;
import org.opengis.referencing.operation.CoordinateOperation;
import org.opengis.referencing.operation.CoordinateOperationFactory;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

/**
 * A geocoding's positions as WGS84 longitude and latitude, for the files that say they are WGS84
 * (the GeoJSON, RFC 7946; the CSV; the Detections metadata; the report). SNAP's map geocodings give
 * positions on the map CRS's own datum ({@link GeoCoding#getGeoCRS()}), about 100 m off WGS84 on
 * OSGB 1936: those are shifted to WGS84 where the datum says how (its TOWGS84), else kept, named by
 * {@link #keptDatum()} and {@link #warning()}.
 *
 * <p>Only GeoAPI interfaces, which SNAP's GeoTools and the headless engine's Apache SIS both
 * implement: the factories come from the library that made the geographic CRS, through its
 * {@code META-INF/services} registrations, which both libraries make.
 */
public final class Wgs84Positions {

  /** Positions already WGS84: nothing to do. */
  public static final Wgs84Positions WGS84 = new Wgs84Positions(null, null, null);

  private static final double WGS84_A = 6378137.0;
  private static final double WGS84_INVERSE_F = 298.257223563;
  private static final String WGS84_WKT = "GEOGCS[\"WGS 84\", DATUM[\"WGS_1984\", SPHEROID[\"WGS 84\", 6378137.0,"
      + " 298.257223563, AUTHORITY[\"EPSG\", \"7030\"]], AUTHORITY[\"EPSG\", \"6326\"]], PRIMEM[\"Greenwich\", 0.0,"
      + " AUTHORITY[\"EPSG\", \"8901\"]], UNIT[\"degree\", 0.017453292519943295], AXIS[\"Longitude\", EAST],"
      + " AXIS[\"Latitude\", NORTH], AUTHORITY[\"EPSG\", \"4326\"]]";

  private final MathTransform toWgs84;
  private final String shiftedFrom;
  private final String keptDatum;

  private Wgs84Positions(MathTransform toWgs84, String shiftedFrom, String keptDatum) {
    this.toWgs84 = toWgs84;
    this.shiftedFrom = shiftedFrom;
    this.keptDatum = keptDatum;
  }

  /** How {@code geoCoding}'s positions become WGS84; {@link #WGS84} without a geocoding. */
  public static Wgs84Positions of(GeoCoding geoCoding) {
    if (geoCoding == null || !geoCoding.canGetGeoPos()) {
      return WGS84;
    }
    CoordinateReferenceSystem geoCrs = geoCoding.getGeoCRS();
    if (!(geoCrs instanceof SingleCRS single) || !(single.getDatum() instanceof GeodeticDatum datum)
        || isWgs84(datum)) {
      return WGS84;
    }
    String name = datum.getName().getCode();
    MathTransform shift = shiftToWgs84(geoCrs);
    return shift != null ? new Wgs84Positions(shift, name, null) : new Wgs84Positions(null, null, name);
  }

  /**
   * WGS84's ellipsoid on Greenwich: WGS84 or as good as (SNAP's Terrain-Correction names its
   * default datum "WGS84", which SIS does not take for EPSG's).
   */
  private static boolean isWgs84(GeodeticDatum datum) {
    Ellipsoid e = datum.getEllipsoid();
    return Math.abs(e.getSemiMajorAxis() - WGS84_A) < 1e-3
        && Math.abs(e.getInverseFlattening() - WGS84_INVERSE_F) < 1e-6
        && datum.getPrimeMeridian().getGreenwichLongitude() == 0;
  }

  /**
   * The transform from {@code geoCrs} to WGS84 longitude and latitude, or null where no factory
   * makes one or the one made omits the datum shift (SIS does so where the datum has no TOWGS84,
   * and says so by a failed conformance result; GeoTools refuses).
   */
  private static MathTransform shiftToWgs84(CoordinateReferenceSystem geoCrs) {
    ClassLoader library = geoCrs.getClass().getClassLoader();
    try {
      for (CRSFactory crsFactory : ServiceLoader.load(CRSFactory.class, library)) {
        CoordinateReferenceSystem wgs84 = crsFactory.createFromWKT(WGS84_WKT);
        for (CoordinateOperationFactory factory : ServiceLoader.load(CoordinateOperationFactory.class, library)) {
          try {
            CoordinateOperation operation = factory.createOperation(geoCrs, wgs84);
            return shiftOmitted(operation) ? null : operation.getMathTransform();
          } catch (Exception | ServiceConfigurationError e) {
            // another factory of the library may know the way
          }
        }
        return null;
      }
    } catch (Exception | ServiceConfigurationError e) {
      // no usable factory: the positions are kept, and the caller says so
    }
    return null;
  }

  private static boolean shiftOmitted(CoordinateOperation operation) {
    if (operation.getCoordinateOperationAccuracy() == null) {
      return false;
    }
    for (PositionalAccuracy accuracy : operation.getCoordinateOperationAccuracy()) {
      for (Result result : accuracy.getResults()) {
        if (result instanceof ConformanceResult c && Boolean.FALSE.equals(c.pass())) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code geoPos} (in the geocoding's geographic CRS) as WGS84, or itself when nothing is to be done. */
  public GeoPos toWgs84(GeoPos geoPos) {
    if (toWgs84 == null || geoPos == null || !geoPos.isValid()) {
      return geoPos;
    }
    // SNAP reads a geographic CRS's first ordinate as the longitude: the same order back
    double[] point = {geoPos.getLon(), geoPos.getLat()};
    try {
      toWgs84.transform(point, 0, point, 0, 1);
    } catch (TransformException e) {
      return new GeoPos(Double.NaN, Double.NaN);
    }
    return new GeoPos(point[1], point[0]);
  }

  /** The datum the positions were shifted from to WGS84, or null. */
  public String shiftedFrom() {
    return shiftedFrom;
  }

  /** The datum, not WGS84, the positions stay on as no shift to WGS84 is known; null when WGS84. */
  public String keptDatum() {
    return keptDatum;
  }

  /**
   * One line for the log where the positions are not WGS84, else null.
   *
   * @param what the positions written, e.g. "the detections' lon/lat"
   * @param where what says they are WGS84, e.g. "a GeoJSON's"
   */
  public String warning(String what, String where) {
    return keptDatum == null ? null
        : "the product's geocoding is on datum " + keptDatum + ", not WGS84, and its CRS gives no shift to WGS84"
            + " (no TOWGS84): " + what + " are on " + keptDatum + ", not WGS84 as " + where + " should be";
  }
}
