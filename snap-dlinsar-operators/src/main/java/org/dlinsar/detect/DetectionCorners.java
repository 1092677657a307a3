package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;

/**
 * The WGS84 lon/lat of a pixel box's corners from the product's geocoding: the pixel edges (x0, y0),
 * (x1, y0), (x1, y1), (x0, y1), SNAP's pixel coordinates placing pixel (i, j) over [i, i + 1) x
 * [j, j + 1); a map geocoding's positions on another datum are shifted by {@link Wgs84Positions}.
 * Local-SBAS places its peak pixels with {@link #position} at their centres. Longitudes are
 * answered in [-180, 180] whichever range the geocoding gives.
 */
public final class DetectionCorners {

  private DetectionCorners() {}

  /**
   * The corners, {@code positions} turning the geocoding's into WGS84 where they can be; an empty
   * list without a geocoding or where it has no position.
   */
  static List<LonLat> of(GeoCoding geoCoding, Wgs84Positions positions, PixelBox box) {
    int[][] corners = {{box.x0(), box.y0()}, {box.x1(), box.y0()}, {box.x1(), box.y1()},
        {box.x0(), box.y1()}};
    List<LonLat> lonLats = new ArrayList<>();
    for (int[] c : corners) {
      LonLat p = position(geoCoding, positions, c[0], c[1]);
      if (p == null) {
        return List.of();
      }
      lonLats.add(p);
    }
    return lonLats;
  }

  /** The lon/lat of the box's centre, as {@link #position}: the report places a detection there. */
  public static LonLat centre(GeoCoding geoCoding, Wgs84Positions positions, PixelBox box) {
    return position(geoCoding, positions, (box.x0() + box.x1()) / 2.0, (box.y0() + box.y1()) / 2.0);
  }

  /**
   * The lon/lat at pixel coordinates (x, y) (a pixel's centre is at i + 0.5, j + 0.5), shifted to
   * WGS84 by {@code positions} where they can be, or null without a geocoding or where it has no
   * position.
   */
  public static LonLat position(GeoCoding geoCoding, Wgs84Positions positions, double x, double y) {
    if (geoCoding == null || !geoCoding.canGetGeoPos()) {
      return null;
    }
    GeoPos pos = positions.toWgs84(geoCoding.getGeoPos(new PixelPos(x, y), null));
    if (pos == null || !pos.isValid() || !Double.isFinite(pos.getLon())
        || !(Math.abs(pos.getLat()) <= 90)) {
      return null;
    }
    return new LonLat(withinHalfATurn(pos.getLon()), pos.getLat());
  }

  /**
   * {@code lon} in [-180, 180], +180 kept: SNAP's geocodings answer as their grids hold them (a
   * map grid's transform past 180, CrsGeoCoding.java 14.x lines 216-228; a longitude grid above
   * 180 in 0..360, TiePointGrid.java 14.x lines 529-532), where the files want GeoJSON's range.
   */
  static double withinHalfATurn(double lon) {
    if (lon >= -180 && lon <= 180) {
      return lon;
    }
    double wrapped = lon - 360 * Math.floor((lon + 180) / 360);
    return wrapped == -180 && lon > 0 ? 180 : wrapped;
  }

  /**
   * How far, in this geocoding's pixels, the centre of {@code corners} lies from the centre of
   * {@code box} (x across, y down), or null where it cannot say: no geocoding, no corners, or a
   * box whose corners straddle the antimeridian on one side only.
   *
   * @param positions how the geocoding's positions are taken to WGS84 ({@link Wgs84Positions#WGS84}:
   *     as the geocoding gives them, on its own datum)
   */
  static double[] shiftInPixels(GeoCoding geoCoding, Wgs84Positions positions, PixelBox box,
      List<LonLat> corners) {
    if (geoCoding == null || corners.size() != 4) {
      return null;
    }
    List<LonLat> here = DetectionCorners.of(geoCoding, positions, box);
    double cx = (box.x0() + box.x1()) / 2.0;
    double cy = (box.y0() + box.y1()) / 2.0;
    // steps from the centre to the box's far edges: a box on the frame's last column or row stays
    // inside it, where SNAP's tie-point geocoding has no position beyond the frame
    double stepX = box.x1() - cx;
    double stepY = box.y1() - cy;
    LonLat centre = DetectionCorners.position(geoCoding, positions, cx, cy);
    LonLat across = DetectionCorners.position(geoCoding, positions, cx + stepX, cy);
    LonLat down = DetectionCorners.position(geoCoding, positions, cx, cy + stepY);
    if (here.size() != 4 || centre == null || across == null || down == null) {
      return null;
    }
    // lon/lat moved by a pixel across and down; solved for the pixels that move the centres apart
    double lonRef = centre.lon();
    double[] dLon = {(unwrapped(across.lon(), lonRef) - lonRef) / stepX,
        (unwrapped(down.lon(), lonRef) - lonRef) / stepY};
    double[] dLat = {(across.lat() - centre.lat()) / stepX, (down.lat() - centre.lat()) / stepY};
    double offLon = mean(corners, lonRef, true) - mean(here, lonRef, true);
    double offLat = mean(corners, lonRef, false) - mean(here, lonRef, false);
    double det = dLon[0] * dLat[1] - dLon[1] * dLat[0];
    if (!(Math.abs(det) > 0)) {
      return null;
    }
    return new double[] {(offLon * dLat[1] - offLat * dLon[1]) / det,
        (dLon[0] * offLat - dLat[0] * offLon) / det};
  }

  private static double mean(List<LonLat> corners, double lonRef, boolean lon) {
    return corners.stream().mapToDouble(p -> lon ? unwrapped(p.lon(), lonRef) : p.lat()).average().orElseThrow();
  }

  /** {@code lon} within 180 degrees of {@code ref}: a box across the antimeridian stays whole. */
  private static double unwrapped(double lon, double ref) {
    return lon - 360 * Math.rint((lon - ref) / 360);
  }
}
