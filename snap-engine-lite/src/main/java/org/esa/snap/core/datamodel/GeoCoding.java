package org.esa.snap.core.datamodel;

/**
 * Converts between image pixel positions and geographic positions (WGS84 degrees).
 *
 * <p>Pixel positions are continuous: the centre of pixel (0, 0) is at (0.5, 0.5). SNAP's
 * GeoTools members (CRS and transform accessors) are not part of the headless engine.
 */
public interface GeoCoding {

  /** Whether the scene crosses the 180 degree meridian. */
  boolean isCrossingMeridianAt180();

  boolean canGetPixelPos();

  boolean canGetGeoPos();

  /**
   * The pixel position of {@code geoPos}, invalid (NaN) if it cannot be found.
   *
   * @param pixelPos receives the result if not null (modified), else a new one is returned
   */
  PixelPos getPixelPos(GeoPos geoPos, PixelPos pixelPos);

  /**
   * The geographic position of {@code pixelPos}, invalid (NaN) if it cannot be computed.
   *
   * @param geoPos receives the result if not null (modified), else a new one is returned
   */
  GeoPos getGeoPos(PixelPos pixelPos, GeoPos geoPos);

  /** Releases what the geocoding holds. */
  void dispose();
}
