package org.dlinsar.detect;

import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Ground pixel spacing of a radar product from its {@code Abstracted_Metadata}: azimuth_spacing,
 * and range_spacing (slant range, as SNAP writes it) over the sine of the mean of incidence_near
 * and incidence_far.
 *
 * @param groundRangeMetres spacing along x on the ground, metres
 * @param azimuthMetres spacing along y, metres
 */
record RadarSpacing(double groundRangeMetres, double azimuthMetres) {

  private static final String ABSTRACTED_METADATA = "Abstracted_Metadata";
  private static final double NO_METADATA = 99999;

  /**
   * @return the spacing, or null when an attribute is missing or absurd; {@code missing[0]} then
   *     names it
   */
  static RadarSpacing of(Product product, String[] missing) {
    MetadataElement root = product.getMetadataRoot();
    MetadataElement abs = root == null ? null : root.getElement(ABSTRACTED_METADATA);
    if (abs == null) {
      missing[0] = ABSTRACTED_METADATA;
      return null;
    }
    double range = value(abs, "range_spacing", missing);
    double azimuth = value(abs, "azimuth_spacing", missing);
    double near = value(abs, "incidence_near", missing);
    double far = value(abs, "incidence_far", missing);
    if (missing[0] != null) {
      return null;
    }
    double incidence = Math.toRadians(0.5 * (near + far));
    if (!(incidence > 0 && incidence < Math.PI / 2)) {
      missing[0] = "incidence_near/incidence_far (" + near + ", " + far + " deg)";
      return null;
    }
    return new RadarSpacing(range / Math.sin(incidence), azimuth);
  }

  private static double value(MetadataElement abs, String name, String[] missing) {
    double v = abs.getAttributeDouble(name, Double.NaN);
    if (!(v > 0) || v == NO_METADATA || Double.isInfinite(v)) {
      if (missing[0] == null) {
        missing[0] = ABSTRACTED_METADATA + "/" + name;
      }
      return Double.NaN;
    }
    return v;
  }
}
