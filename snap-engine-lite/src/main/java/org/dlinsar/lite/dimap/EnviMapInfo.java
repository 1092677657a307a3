package org.dlinsar.lite.dimap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sis.io.wkt.Convention;
import org.apache.sis.io.wkt.FormattableObject;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.datum.GeodeticDatum;

/**
 * The ENVI header's map lines of a raster located by a {@link CrsGeoCoding}, as SNAP's ENVI header
 * writer (12.x to 14.x) gives them: {@code map info} (projection name, reference pixel, its map
 * coordinates, pixel sizes, UTM zone and hemisphere, datum, units) and {@code coordinate system
 * string} (the map CRS as WKT 1 on one line). GDAL and QGIS georeference the band file from them.
 *
 * <p>SNAP takes the reference pixel at the centre of the envelope of the raster in map
 * coordinates, and one pixel size, the smaller of width and height over the raster's size; these
 * are the grid's own for the north-up grids Terrain-Correction and GeoTIFFs give. Where SNAP's
 * lines would misplace the raster, the stand-in writes its own grid (pixels not square: each
 * axis's own size) or no map lines (a rotated or south-up grid, a CRS that cannot be read).
 */
final class EnviMapInfo {

  /** SNAP's name of Terrain-Correction's default CRS, the one it calls geographic. */
  private static final String SNAP_GEOGRAPHIC = "WGS84(DD)";
  /** Relative difference below which two pixel sizes are one, as SNAP's square pixel. */
  private static final double SQUARE = 1e-9;
  private static final Pattern UTM_ZONE = Pattern.compile("ZONE\\s*(\\d+)");
  private static final Pattern WKT1_START =
      Pattern.compile("^\\s*(GEOGCS|PROJCS|GEOCCS|COMPD_CS|LOCAL_CS|VERT_CS|FITTED_CS)\\s*\\[");

  private EnviMapInfo() {
  }

  /** The header lines, without line ends; none where the raster has no map geocoding. */
  static List<String> lines(GeoCoding geoCoding, int width, int height) {
    List<String> lines = new ArrayList<>();
    if (!(geoCoding instanceof CrsGeoCoding coding) || coding.getMapCRS() == null) {
      return lines;
    }
    CoordinateReferenceSystem crs = coding.getMapCRS();
    if (!(crs instanceof SingleCRS single) || !(single.getDatum() instanceof GeodeticDatum datum)) {
      return lines;
    }
    double[] m = coding.getImageToMap();
    // m00, m10, m01, m11: only x along the first axis and y down the second
    if (m[1] != 0 || m[2] != 0 || m[0] <= 0 || m[3] >= 0) {
      return lines;
    }
    // the envelope of the raster in map coordinates, as SNAP's ImageGeometry computes it
    double minX = m[4];
    double maxX = m[0] * width + m[4];
    double maxY = m[5];
    double minY = m[3] * height + m[5];
    double mapW = maxX - minX;
    double mapH = maxY - minY;
    double sizeX = mapW / width;
    double sizeY = mapH / height;
    if (Math.abs(sizeX - sizeY) <= SQUARE * Math.max(sizeX, sizeY)) {
      sizeX = Math.min(sizeX, sizeY);
      sizeY = sizeX;
    }
    double refX = 0.5 * (1 + (int) Math.floor(mapW / sizeX));
    double refY = 0.5 * (1 + (int) Math.floor(mapH / sizeY));
    double easting = minX + refX * sizeX;
    double northing = (minY + mapH) - refY * sizeY;

    String name = crs.getName().getCode().toUpperCase(Locale.ROOT);
    String projection = "Arbitrary";
    String units = "Meters";
    String zone = "";
    if (name.equals(SNAP_GEOGRAPHIC)) {
      projection = "Geographic Lat/Lon";
      units = "Degrees";
    } else if (name.contains("UTM")) {
      Matcher number = UTM_ZONE.matcher(name);
      if (number.find()) {
        projection = "UTM";
        GeoPos centre = coding.getGeoPos(new PixelPos(width / 2, height / 2), null);
        zone = Integer.parseInt(number.group(1)) + "," + (centre.lat > 0 ? "North" : "South") + ",";
      }
    }
    // ENVI counts pixels from 1 at the raster's corner
    lines.add("map info = {" + projection + "," + (refX + 1.0) + "," + (refY + 1.0) + "," + easting + ","
        + northing + "," + sizeX + "," + sizeY + "," + zone + datum.getName().getCode() + ",units=" + units + "}");
    lines.add("coordinate system string = {" + oneLineWkt1(coding.getWkt(), crs) + "}");
    return lines;
  }

  /** The CRS as WKT 1 (SNAP's GeoTools writes no other), line breaks out and spaces collapsed. */
  private static String oneLineWkt1(String wkt, CoordinateReferenceSystem crs) {
    String text = wkt;
    if (!WKT1_START.matcher(wkt).find() && crs instanceof FormattableObject formattable) {
      text = formattable.toString(Convention.WKT1);
    }
    return text.replace("\r", "").replace("\n", "").trim().replaceAll(" +", " ");
  }
}
