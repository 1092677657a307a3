package org.esa.snap.core.datamodel;

import org.opengis.referencing.crs.CoordinateReferenceSystem;

/**
 * Converts between image pixel positions and geographic positions, degrees in {@link
 * #getGeoCRS()}: WGS84 for tie-point grids, the map CRS's own datum for a map grid (as SNAP's).
 *
 * <p>Pixel positions are continuous: the centre of pixel (0, 0) is at (0.5, 0.5). Of SNAP's
 * GeoTools members (CRS and transform accessors) only {@link #getGeoCRS()} is part of the
 * headless engine; its type is GeoAPI's, which SNAP's GeoTools and this engine's Apache SIS share.
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

  /**
   * The geographic CRS of {@link #getGeoPos}'s and {@link #getPixelPos}'s positions, longitude
   * first: not WGS84 where a map CRS lies on another datum, since neither SNAP nor this engine
   * shifts datum.
   */
  CoordinateReferenceSystem getGeoCRS();

  /** Releases what the geocoding holds. */
  void dispose();
}
