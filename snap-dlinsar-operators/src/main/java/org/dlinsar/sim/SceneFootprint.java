package org.dlinsar.sim;

/**
 * Approximate latitude and longitude of a scene's pixels, from its centre, heading and pixel
 * spacing on a sphere of radius 6371 km (flat-earth offsets; good to metres over a few km).
 *
 * <p>Azimuth (y) runs along the heading, ground range (x) to its right (a right-looking sensor).
 */
public final class SceneFootprint {

  private static final double EARTH_RADIUS_METRES = 6_371_000.0;

  private final RadarGeometry radar;
  private final double centreX;
  private final double centreY;

  /** The footprint of {@code scene}. */
  public SceneFootprint(Scene scene) {
    this.radar = scene.radar();
    this.centreX = scene.width() / 2.0;
    this.centreY = scene.height() / 2.0;
  }

  /** Latitude at pixel position (x, y) (pixel corners at integers), degrees. */
  public double latitude(double x, double y) {
    double h = StrictMath.toRadians(radar.headingDeg());
    double along = (y - centreY) * radar.azimuthSpacingMetres();
    double across = (x - centreX) * radar.groundRangeSpacingMetres();
    double north = along * StrictMath.cos(h) - across * StrictMath.sin(h);
    return radar.centreLatDeg() + StrictMath.toDegrees(north / EARTH_RADIUS_METRES);
  }

  /** Longitude at pixel position (x, y), degrees. */
  public double longitude(double x, double y) {
    double h = StrictMath.toRadians(radar.headingDeg());
    double along = (y - centreY) * radar.azimuthSpacingMetres();
    double across = (x - centreX) * radar.groundRangeSpacingMetres();
    double east = along * StrictMath.sin(h) + across * StrictMath.cos(h);
    double cosLat = StrictMath.cos(StrictMath.toRadians(radar.centreLatDeg()));
    return radar.centreLonDeg() + StrictMath.toDegrees(east / (EARTH_RADIUS_METRES * cosLat));
  }
}
