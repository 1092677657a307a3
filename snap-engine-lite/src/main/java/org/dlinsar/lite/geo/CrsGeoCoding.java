package org.dlinsar.lite.geo;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.crs.DefaultGeographicCRS;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.opengis.referencing.IdentifiedObject;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.datum.GeodeticDatum;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * The headless engine's counterpart of SNAP's {@code CrsGeoCoding}: a map coordinate reference
 * system, as well-known text, and an affine transform from continuous pixel positions to map
 * coordinates, as SNAP's Terrain-Correction and GeoTIFF reader make them and BEAM-DIMAP stores them
 * ({@code Coordinate_Reference_System/WKT}, {@code Geoposition/IMAGE_TO_MODEL_TRANSFORM}). Pixel
 * (0, 0)'s corner is the transform's origin, its centre (0.5, 0.5), as in SNAP. Apache SIS turns
 * map coordinates into longitude and latitude on the map CRS's own datum, for geographic and
 * projected systems alike: SNAP's {@code CrsGeoCoding} (12.x to 14.x) makes its geographic CRS of
 * the map CRS's datum (a derived CRS's base) and shifts no datum, so a grid on OSGB 1936 gives
 * OSGB 1936 positions, about 100 m from WGS84's; {@link #getGeoCRS()} says which.
 *
 * <p>A text SIS cannot read still makes a geocoding, which locates nothing
 * ({@link #canGetGeoPos()} false, {@link #getProblem()} says why) but is written back as read.
 *
 * <p>It carries the product's tie-point grids, if any ({@link #withTiePointGrids}), as a
 * {@link TiePointGeoCoding} does: SNAP keeps grids as product nodes beside a map geocoding (an
 * imported lon/lat grid's {@code latitude} and {@code longitude}), and the stand-in's product
 * holds its grids through its geocoding. They locate nothing here. Immutable and thread-safe.
 */
public final class CrsGeoCoding implements GeoCoding {

  // SIS logs, once per JVM, that it has no EPSG database (the text carries every parameter a
  // transform needs) and that texts differ from EPSG's wording: noise on a headless run's console.
  private static final Logger SIS_LOG = Logger.getLogger("org.apache.sis");

  static {
    SIS_LOG.setLevel(Level.SEVERE);
  }

  private final String wkt;
  private final CoordinateReferenceSystem mapCrs;
  private final AffineTransform imageToMap;
  private final AffineTransform mapToImage;
  private final int sceneWidth;
  private final int sceneHeight;
  private final GeographicCRS geoCrs;
  private final MathTransform mapToLonLat;
  private final MathTransform lonLatToMap;
  private final String problem;
  private final boolean crossingMeridianAt180;
  private final List<TiePointGrid> tiePointGrids;

  /**
   * @param wkt the map CRS as well-known text (WKT 1 or 2)
   * @param imageToMap the affine transform's six values in {@link AffineTransform#getMatrix}
   *     order (m00, m10, m01, m11, m02, m12), as BEAM-DIMAP lists them
   * @throws IllegalArgumentException if there are not six finite values, the transform cannot be
   *     inverted or the scene size is not positive
   */
  public CrsGeoCoding(String wkt, double[] imageToMap, int sceneWidth, int sceneHeight) {
    if (imageToMap.length != 6) {
      throw new IllegalArgumentException("an image-to-map transform has 6 values, got " + imageToMap.length);
    }
    for (double v : imageToMap) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("image-to-map transform value " + v + " is not finite");
      }
    }
    if (sceneWidth < 1 || sceneHeight < 1) {
      throw new IllegalArgumentException("scene size must be positive, got " + sceneWidth + "x" + sceneHeight);
    }
    this.wkt = wkt;
    this.imageToMap = new AffineTransform(imageToMap);
    try {
      this.mapToImage = this.imageToMap.createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalArgumentException("image-to-map transform " + this.imageToMap + " cannot be inverted");
    }
    this.sceneWidth = sceneWidth;
    this.sceneHeight = sceneHeight;
    GeographicCRS geographic = CommonCRS.WGS84.normalizedGeographic();
    MathTransform forward = null;
    MathTransform inverse = null;
    String why = null;
    CoordinateReferenceSystem crs = null;
    try {
      crs = CRS.fromWKT(wkt);
      geographic = geographicOf(crs);
      forward = CRS.findOperation(crs, geographic, null).getMathTransform();
      inverse = forward.inverse();
    } catch (FactoryException | TransformException | RuntimeException e) {
      crs = null;
      forward = null;
      inverse = null;
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    this.mapCrs = crs;
    this.geoCrs = geographic;
    this.mapToLonLat = forward;
    this.lonLatToMap = inverse;
    this.problem = why;
    this.crossingMeridianAt180 = forward != null && bordersCross180();
    this.tiePointGrids = List.of();
  }

  /** {@code coding} with other grids beside it. */
  private CrsGeoCoding(CrsGeoCoding coding, List<TiePointGrid> tiePointGrids) {
    this.wkt = coding.wkt;
    this.mapCrs = coding.mapCrs;
    this.imageToMap = coding.imageToMap;
    this.mapToImage = coding.mapToImage;
    this.sceneWidth = coding.sceneWidth;
    this.sceneHeight = coding.sceneHeight;
    this.geoCrs = coding.geoCrs;
    this.mapToLonLat = coding.mapToLonLat;
    this.lonLatToMap = coding.lonLatToMap;
    this.problem = coding.problem;
    this.crossingMeridianAt180 = coding.crossingMeridianAt180;
    this.tiePointGrids = List.copyOf(tiePointGrids);
    TiePointGrids.requireUniqueNames(this.tiePointGrids);
  }

  /**
   * The same map grid carrying {@code grids} beside it (in place of those it carries).
   *
   * @throws IllegalArgumentException if a grid name repeats
   */
  public CrsGeoCoding withTiePointGrids(List<TiePointGrid> grids) {
    return new CrsGeoCoding(this, grids);
  }

  /** The tie-point grids carried beside the map grid, in order (unmodifiable; often none). */
  public List<TiePointGrid> getTiePointGrids() {
    return tiePointGrids;
  }

  /**
   * Longitude and latitude, degrees, on the map CRS's own geodetic datum (its prime meridian
   * too), as SNAP's geographic CRS of a map CRS; SNAP's fallback, WGS84, for a CRS without one.
   */
  private static GeographicCRS geographicOf(CoordinateReferenceSystem crs) {
    if (crs instanceof SingleCRS single && single.getDatum() instanceof GeodeticDatum datum) {
      return new DefaultGeographicCRS(Map.of(IdentifiedObject.NAME_KEY, datum.getName().getCode()), datum, null,
          CommonCRS.WGS84.normalizedGeographic().getCoordinateSystem());
    }
    return CommonCRS.WGS84.normalizedGeographic();
  }

  /**
   * The same map grid for a rectangle of this scene whose corner is pixel (x, y), its tie-point
   * grids moved with it.
   */
  public CrsGeoCoding subset(int x, int y, int width, int height) {
    AffineTransform moved = new AffineTransform(imageToMap);
    moved.translate(x, y);
    double[] matrix = new double[6];
    moved.getMatrix(matrix);
    CrsGeoCoding region = new CrsGeoCoding(wkt, matrix, width, height);
    return tiePointGrids.isEmpty() ? region
        : region.withTiePointGrids(tiePointGrids.stream().map(g -> g.forRegionAt(x, y)).toList());
  }

  /** The CRS as it was given. */
  public String getWkt() {
    return wkt;
  }

  /** The map CRS read from the text, as SNAP's {@code getMapCRS()}; null where it cannot be read. */
  public CoordinateReferenceSystem getMapCRS() {
    return mapCrs;
  }

  /** The image-to-map transform's six values, in {@link AffineTransform#getMatrix} order. */
  public double[] getImageToMap() {
    double[] matrix = new double[6];
    imageToMap.getMatrix(matrix);
    return matrix;
  }

  /**
   * The geographic CRS of the positions: the map CRS's datum, longitude first, in degrees; WGS84
   * where the text cannot be read.
   */
  @Override
  public CoordinateReferenceSystem getGeoCRS() {
    return geoCrs;
  }

  /** Why the CRS cannot locate pixels, or null when it can. */
  public String getProblem() {
    return problem;
  }

  public int getSceneWidth() {
    return sceneWidth;
  }

  public int getSceneHeight() {
    return sceneHeight;
  }

  @Override
  public boolean isCrossingMeridianAt180() {
    return crossingMeridianAt180;
  }

  @Override
  public boolean canGetPixelPos() {
    return mapToLonLat != null;
  }

  @Override
  public boolean canGetGeoPos() {
    return mapToLonLat != null;
  }

  /**
   * Longitude and latitude, on {@link #getGeoCRS()}'s datum, of a continuous pixel position, as
   * the transform gives them (SNAP's, CrsGeoCoding.java 14.x lines 216-228): a 0..360 grid's
   * longitudes stay above 180, a grid running past 180 runs on. NaN when it cannot be had.
   */
  @Override
  public GeoPos getGeoPos(PixelPos pixelPos, GeoPos geoPos) {
    GeoPos out = geoPos != null ? geoPos : new GeoPos();
    out.lat = Double.NaN;
    out.lon = Double.NaN;
    if (mapToLonLat == null || pixelPos == null || !pixelPos.isValid()) {
      return out;
    }
    double[] point = {pixelPos.x, pixelPos.y};
    imageToMap.transform(point, 0, point, 0, 1);
    try {
      mapToLonLat.transform(point, 0, point, 0, 1);
    } catch (TransformException e) {
      return out;
    }
    if (Double.isFinite(point[0]) && Double.isFinite(point[1])) {
      out.lon = point[0];
      out.lat = point[1];
    }
    return out;
  }

  /**
   * The continuous pixel position of a longitude and latitude, not bounded to the scene (as
   * SNAP's); of a position's longitudes one turn apart, the one nearest the scene (a grid whose
   * map longitudes run past 180 degrees). NaN when it cannot be had.
   */
  @Override
  public PixelPos getPixelPos(GeoPos geoPos, PixelPos pixelPos) {
    PixelPos out = pixelPos != null ? pixelPos : new PixelPos();
    out.x = Double.NaN;
    out.y = Double.NaN;
    if (lonLatToMap == null || geoPos == null || !geoPos.isValid()) {
      return out;
    }
    double best = Double.POSITIVE_INFINITY;
    for (double turn : new double[] {0, -360, 360}) {
      double[] point = {geoPos.lon + turn, geoPos.lat};
      try {
        lonLatToMap.transform(point, 0, point, 0, 1);
      } catch (TransformException e) {
        continue;
      }
      mapToImage.transform(point, 0, point, 0, 1);
      double outside = Math.hypot(Math.max(0, Math.max(-point[0], point[0] - sceneWidth)),
          Math.max(0, Math.max(-point[1], point[1] - sceneHeight)));
      if (outside < best) {
        best = outside;
        out.x = point[0];
        out.y = point[1];
      }
    }
    return out;
  }

  /**
   * SNAP's test (CrsGeoCoding.java 14.x, lines 359-371): whether the longitudes of the pixel
   * centres, taken along the scene's border, reach beyond -180..180.
   */
  private boolean bordersCross180() {
    double west = Double.POSITIVE_INFINITY;
    double east = Double.NEGATIVE_INFINITY;
    int steps = 2 * (sceneWidth + sceneHeight);
    for (int s = 0; s < steps; s++) {
      double x;
      double y;
      if (s < sceneWidth) {
        x = s;
        y = 0;
      } else if (s < sceneWidth + sceneHeight) {
        x = sceneWidth - 1;
        y = s - sceneWidth;
      } else if (s < 2 * sceneWidth + sceneHeight) {
        x = 2 * sceneWidth + sceneHeight - 1 - s;
        y = sceneHeight - 1;
      } else {
        x = 0;
        y = steps - 1 - s;
      }
      GeoPos here = getGeoPos(new PixelPos(x + 0.5, y + 0.5), null);
      if (here.isValid()) {
        west = Math.min(west, here.lon);
        east = Math.max(east, here.lon);
      }
    }
    return east > 180 || west < -180;
  }

  @Override
  public void dispose() {
    // holds nothing to release
  }
}
