package org.dlinsar.imports;

import org.apache.sis.referencing.CommonCRS;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.opengis.referencing.crs.CoordinateReferenceSystem;

/** A GeoTIFF grid's lon/lat as a geocoding, in double precision: this module's tests' stand-in for SNAP's. */
public record GridGeoCoding(GeoTiffGrid grid) implements GeoCoding {

  @Override
  public boolean isCrossingMeridianAt180() {
    return false;
  }

  @Override
  public boolean canGetPixelPos() {
    return true;
  }

  @Override
  public boolean canGetGeoPos() {
    return true;
  }

  @Override
  public PixelPos getPixelPos(GeoPos geoPos, PixelPos pixelPos) {
    PixelPos p = pixelPos != null ? pixelPos : new PixelPos();
    p.setLocation(0.5 + (geoPos.getLon() - grid.lon0()) / grid.lonStep(),
        0.5 + (geoPos.getLat() - grid.lat0()) / grid.latStep());
    return p;
  }

  @Override
  public GeoPos getGeoPos(PixelPos pixelPos, GeoPos geoPos) {
    GeoPos g = geoPos != null ? geoPos : new GeoPos();
    g.lat = grid.latitude(pixelPos.getY());
    g.lon = grid.longitude(pixelPos.getX());
    return g;
  }

  @Override
  public void dispose() {}

  @Override
  public CoordinateReferenceSystem getGeoCRS() {
    return CommonCRS.WGS84.normalizedGeographic();
  }
}
