package org.esa.snap.core.datamodel;

import java.util.Locale;

/** A geographic position: latitude and longitude in degrees (WGS84). */
public class GeoPos {

  /** Latitude in degrees, positive north. */
  public double lat;
  /** Longitude in degrees, positive east. */
  public double lon;

  /** Position (0, 0). */
  public GeoPos() {
  }

  public GeoPos(double lat, double lon) {
    this.lat = lat;
    this.lon = lon;
  }

  public double getLat() {
    return lat;
  }

  public double getLon() {
    return lon;
  }

  /** Whether neither coordinate is NaN. */
  public final boolean isValid() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof GeoPos)) {
      return false;
    }
    GeoPos pos = (GeoPos) other;
    return Double.compare(lat, pos.lat) == 0 && Double.compare(lon, pos.lon) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(lat) * 31 + Double.hashCode(lon);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GeoPos[lat=%s, lon=%s]", lat, lon);
  }
}
