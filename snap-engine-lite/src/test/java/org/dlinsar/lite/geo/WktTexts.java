package org.dlinsar.lite.geo;

/** Coordinate reference systems as well-known text, for the tests of map geocodings. */
public final class WktTexts {

  /** As SNAP's Terrain-Correction writes its default map projection, WGS84(DD). */
  public static final String WGS84_DD = "GEOGCS[\"WGS84(DD)\", \n  DATUM[\"WGS84\", \n"
      + "    SPHEROID[\"WGS84\", 6378137.0, 298.257223563]], \n  PRIMEM[\"Greenwich\", 0.0], \n"
      + "  UNIT[\"degree\", 0.017453292519943295], \n  AXIS[\"Geodetic longitude\", EAST], \n"
      + "  AXIS[\"Geodetic latitude\", NORTH]]";
  /** EPSG:4326 with its own axis order, latitude first. */
  public static final String LATITUDE_FIRST = "GEOGCS[\"WGS 84\", DATUM[\"WGS_1984\", SPHEROID[\"WGS 84\", 6378137,"
      + " 298.257223563]], PRIMEM[\"Greenwich\", 0], UNIT[\"degree\", 0.0174532925199433],"
      + " AXIS[\"Latitude\", NORTH], AXIS[\"Longitude\", EAST], AUTHORITY[\"EPSG\", \"4326\"]]";
  public static final String UTM_33N = "PROJCS[\"WGS 84 / UTM zone 33N\", GEOGCS[\"WGS 84\", DATUM[\"WGS_1984\","
      + " SPHEROID[\"WGS 84\", 6378137.0, 298.257223563]], PRIMEM[\"Greenwich\", 0.0],"
      + " UNIT[\"degree\", 0.017453292519943295], AXIS[\"Geodetic longitude\", EAST],"
      + " AXIS[\"Geodetic latitude\", NORTH]], PROJECTION[\"Transverse_Mercator\"],"
      + " PARAMETER[\"central_meridian\", 15.0], PARAMETER[\"latitude_of_origin\", 0.0],"
      + " PARAMETER[\"scale_factor\", 0.9996], PARAMETER[\"false_easting\", 500000.0],"
      + " PARAMETER[\"false_northing\", 0.0], UNIT[\"m\", 1.0], AXIS[\"Easting\", EAST], AXIS[\"Northing\", NORTH]]";
  /**
   * EPSG:27700 as GeoTools writes it, the datum with its shift to WGS84 (EPSG transformation 1314,
   * position-vector Helmert).
   */
  public static final String BRITISH_NATIONAL_GRID = "PROJCS[\"OSGB 1936 / British National Grid\","
      + " GEOGCS[\"OSGB 1936\", DATUM[\"OSGB_1936\", SPHEROID[\"Airy 1830\", 6377563.396, 299.3249646],"
      + " TOWGS84[446.448, -125.157, 542.06, 0.15, 0.247, 0.842, -20.489]], PRIMEM[\"Greenwich\", 0.0],"
      + " UNIT[\"degree\", 0.017453292519943295], AXIS[\"Geodetic longitude\", EAST],"
      + " AXIS[\"Geodetic latitude\", NORTH]], PROJECTION[\"Transverse_Mercator\"],"
      + " PARAMETER[\"central_meridian\", -2.0], PARAMETER[\"latitude_of_origin\", 49.0],"
      + " PARAMETER[\"scale_factor\", 0.9996012717], PARAMETER[\"false_easting\", 400000.0],"
      + " PARAMETER[\"false_northing\", -100000.0], UNIT[\"m\", 1.0], AXIS[\"Easting\", EAST],"
      + " AXIS[\"Northing\", NORTH], AUTHORITY[\"EPSG\", \"27700\"]]";

  private WktTexts() {
  }
}
