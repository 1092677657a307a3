/**
 * Tie-point grids and the geocoding they define, for the headless engine: bilinear
 * interpolation of latitude and longitude from sparse grids (across the 180 degree meridian for
 * longitudes) and its inverse by Newton iteration. Products hold their grids through their scene
 * geocoding, a {@code TiePointGeoCoding}.
 */
package org.dlinsar.lite.geo;
