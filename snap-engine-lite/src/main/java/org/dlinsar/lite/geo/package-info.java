/**
 * Geocodings for the headless engine: tie-point grids, with bilinear interpolation of latitude
 * and longitude from sparse grids (across the 180 degree meridian for longitudes) and its inverse
 * by Newton iteration; and map grids, a CRS and an affine image-to-map transform projected by
 * Apache SIS. Products hold their grids through their scene geocoding, a
 * {@code TiePointGeoCoding}, or a {@code CrsGeoCoding} carrying them beside its map grid.
 */
package org.dlinsar.lite.geo;
