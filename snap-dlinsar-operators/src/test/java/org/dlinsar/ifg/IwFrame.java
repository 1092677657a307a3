package org.dlinsar.ifg;

import java.util.List;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * A Sentinel-1 IW frame in radar geometry as SNAP's SAR chain leaves it: the slant-range geometry
 * of Mexico City's GAMMA file ({@link IncidenceAcrossSwathTest}: 8514 columns, 30.8 to 46.1
 * degrees) in {@code Abstracted_Metadata}, and the tie-point grids SNAP's Sentinel-1 reader writes
 * (latitude, longitude, {@code incident_angle} in degrees and {@code slant_range_time} in
 * nanoseconds, 21 x 5 tie points from pixel centre to pixel centre).
 */
final class IwFrame {

  static final int HEIGHT = 40;
  private static final int GRID_WIDTH = 21;
  private static final int GRID_HEIGHT = 5;
  private static final double HALF_LIGHT_SPEED = 299792458.0 / 2.0;

  private IwFrame() {}

  /**
   * The frame; with {@code nearRangeOnRight} the columns run from far range to near (the image
   * mirrored, as an unflipped RADARSAT-2 or RCM product of SNAP's readers lies).
   */
  static Product of(boolean nearRangeOnRight) {
    int width = IncidenceAcrossSwathTest.WIDTH;
    Product frame = new Product("iw", "IFG_STACK", width, HEIGHT);
    MetadataElement abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
    IncidenceAcrossSwathTest.describeSwath(abs);
    abs.setAttributeDouble("azimuth_spacing", 13.9);
    abs.setAttributeDouble("radar_frequency", 5405.0);
    abs.setAttributeInt("srgr_flag", 0);
    abs.setAttributeInt("subset_offset_x", 0);
    abs.setAttributeInt("is_terrain_corrected", 0);
    frame.getMetadataRoot().addElement(abs);
    double subX = (width - 1.0) / (GRID_WIDTH - 1);
    double subY = (HEIGHT - 1.0) / (GRID_HEIGHT - 1);
    float[] lat = new float[GRID_WIDTH * GRID_HEIGHT];
    float[] lon = new float[lat.length];
    float[] incidence = new float[lat.length];
    float[] rangeTime = new float[lat.length];
    for (int k = 0; k < lat.length; k++) {
      int column = (int) Math.round((k % GRID_WIDTH) * subX);
      int fromNear = nearRangeOnRight ? width - 1 - column : column;
      double range = IncidenceAcrossSwathTest.NEAR_RANGE + fromNear * IncidenceAcrossSwathTest.SPACING;
      lat[k] = (float) (19.0 + 0.01 * (k / GRID_WIDTH));
      lon[k] = (float) (-99.0 - (nearRangeOnRight ? -1 : 1) * 1.6 * column / width);
      incidence[k] = (float) IncidenceAcrossSwathTest.onGammasSphere(range);
      rangeTime[k] = (float) (range / HALF_LIGHT_SPEED * 1e9);
    }
    frame.setSceneGeoCoding(new TiePointGeoCoding(List.of(
        grid("latitude", lat, subX, subY, false), grid("longitude", lon, subX, subY, true),
        grid(IncidenceAcrossSwath.INCIDENCE_GRID, incidence, subX, subY, false),
        grid("slant_range_time", rangeTime, subX, subY, false)), "latitude", "longitude", width, HEIGHT));
    return frame;
  }

  /** The true incidence at column {@code x} of the frame, degrees. */
  static double incidenceAt(double x, boolean nearRangeOnRight) {
    double fromNear = nearRangeOnRight ? IncidenceAcrossSwathTest.WIDTH - 1 - x : x;
    return IncidenceAcrossSwathTest.onGammasSphere(IncidenceAcrossSwathTest.NEAR_RANGE
        + fromNear * IncidenceAcrossSwathTest.SPACING);
  }

  private static TiePointGrid grid(String name, float[] values, double subX, double subY, boolean angles) {
    return new TiePointGrid(name, GRID_WIDTH, GRID_HEIGHT, 0.5, 0.5, subX, subY, values, angles);
  }
}
