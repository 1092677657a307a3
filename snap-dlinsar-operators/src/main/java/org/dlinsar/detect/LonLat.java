package org.dlinsar.detect;

/**
 * A geographic position, degrees: longitude first, as GeoJSON orders them (RFC 7946, 3.1.1).
 *
 * @param lon longitude, degrees east, finite
 * @param lat latitude, degrees north, in [-90, 90]
 */
public record LonLat(double lon, double lat) {

  /** @throws IllegalArgumentException when a coordinate is not finite or the latitude is out of range */
  public LonLat {
    if (!Double.isFinite(lon) || !(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("not a position: lon " + lon + ", lat " + lat);
    }
  }
}
