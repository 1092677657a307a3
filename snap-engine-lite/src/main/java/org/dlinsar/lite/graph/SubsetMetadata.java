package org.dlinsar.lite.graph;

import java.awt.Rectangle;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.TiePointGrids;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * What SNAP's Read does to a subset's {@code Abstracted_Metadata} (snap-engine 14.x,
 * {@code ProductSubsetBuilder.updateMetadata}): sizes and offsets, and for a SAR product (a
 * {@code radar_frequency} other than 99999) the first and last line times, the four corners' lat
 * and long at pixel centres (near range on the side of the lower incidence angle), the slant range
 * to the first pixel and the SRGR coefficients' ground range origin. Only attributes present are
 * updated, as in SNAP. A SAR toolbox step after the subset (Terrain-Correction in SNAP) trusts
 * these: the frame's would place the subset at the frame's origin.
 */
final class SubsetMetadata {

  private static final String ABSTRACTED = "Abstracted_Metadata";
  private static final double NO_METADATA = 99999;
  private static final double HALF_LIGHT_SPEED = 299792458.0 / 2.0;

  private SubsetMetadata() {
  }

  /**
   * @param source the whole product
   * @param target the subset, its metadata a copy of the source's and its geocoding already moved
   * @param region the subset's rectangle in the source
   */
  static void update(Product source, Product target, Rectangle region) {
    MetadataElement sourceAbs = source.getMetadataRoot().getElement(ABSTRACTED);
    MetadataElement abs = target.getMetadataRoot().getElement(ABSTRACTED);
    if (sourceAbs == null || abs == null) {
      return;
    }
    setIfPresent(abs, "num_output_lines", target.getSceneRasterHeight());
    setIfPresent(abs, "num_samples_per_line", target.getSceneRasterWidth());
    setIfPresent(abs, "subset_offset_x", region.x);
    setIfPresent(abs, "subset_offset_y", region.y);
    if (abs.getAttributeDouble("radar_frequency", NO_METADATA) == NO_METADATA) {
      return;
    }
    boolean nearRangeOnLeft = nearRangeOnLeft(target);
    moveLineTimes(source, sourceAbs, abs, region);
    int w = target.getSceneRasterWidth();
    int h = target.getSceneRasterHeight();
    double near = nearRangeOnLeft ? 0.5 : w - 0.5;
    double far = nearRangeOnLeft ? w - 0.5 : 0.5;
    setCorner(target, abs, "first_near", near, 0.5);
    setCorner(target, abs, "first_far", far, 0.5);
    setCorner(target, abs, "last_near", near, h - 0.5);
    setCorner(target, abs, "last_far", far, h - 0.5);
    moveSlantRange(target, sourceAbs, abs, region, nearRangeOnLeft);
    moveGroundRangeOrigins(source, target, abs, region, nearRangeOnLeft);
  }

  private static void setIfPresent(MetadataElement abs, String name, int value) {
    if (abs.getAttribute(name) != null) {
      abs.setAttributeInt(name, value);
    }
  }

  /** SNAP's isNearRangeOnLeft: incidence rising from left to right, or no incident_angle grid. */
  private static boolean nearRangeOnLeft(Product product) {
    TiePointGrid incidence = grid(product, "incident_angle");
    return incidence == null
        || incidence.getPixelDouble(0, 0) < incidence.getPixelDouble(product.getSceneRasterWidth() - 1, 0);
  }

  private static TiePointGrid grid(Product product, String name) {
    return TiePointGrids.named(product.getSceneGeoCoding(), name);
  }

  private static void moveLineTimes(Product source, MetadataElement sourceAbs, MetadataElement abs, Rectangle region) {
    ProductData.UTC first = sourceAbs.getAttributeUTC("first_line_time", null);
    ProductData.UTC last = sourceAbs.getAttributeUTC("last_line_time", null);
    if (first == null || last == null || source.getSceneRasterHeight() < 2) {
      return;
    }
    double interval = (last.getMJD() - first.getMJD()) / (source.getSceneRasterHeight() - 1);
    double newFirst = first.getMJD() + interval * region.y;
    if (abs.getAttribute("first_line_time") != null) {
      abs.setAttributeUTC("first_line_time", new ProductData.UTC(newFirst));
    }
    if (abs.getAttribute("last_line_time") != null) {
      abs.setAttributeUTC("last_line_time", new ProductData.UTC(newFirst + interval * (region.height - 1)));
    }
  }

  /** As SNAP: a product it cannot locate (no geocoding, or a CRS it cannot read) keeps the frame's. */
  private static void setCorner(Product product, MetadataElement abs, String corner, double x, double y) {
    if (product.getSceneGeoCoding() == null || !product.getSceneGeoCoding().canGetGeoPos()) {
      return;
    }
    GeoPos position = product.getSceneGeoCoding().getGeoPos(new PixelPos(x, y), null);
    if (!position.isValid()) {
      return;
    }
    if (abs.getAttribute(corner + "_lat") != null) {
      abs.setAttributeDouble(corner + "_lat", position.getLat());
    }
    if (abs.getAttribute(corner + "_long") != null) {
      abs.setAttributeDouble(corner + "_long", position.getLon());
    }
  }

  /**
   * Ground-range products (srgr_flag) take it from the slant_range_time grid (ns) at the subset's
   * first pixel, as SNAP does; slant-range ones add the columns cut off times the range spacing.
   * The expressions are SNAP's ProductSubsetBuilder's to the letter, where they read the subset's
   * grid at the region's source coordinates and count the columns cut off a near range on the
   * right as the subset's width less the region's x less 1: a product subset here holds what
   * SNAP's would, not a value of its own.
   */
  private static void moveSlantRange(Product target, MetadataElement sourceAbs, MetadataElement abs,
      Rectangle region, boolean nearRangeOnLeft) {
    TiePointGrid slantRangeTime = grid(target, "slant_range_time");
    if (abs.getAttribute("slant_range_to_first_pixel") == null || slantRangeTime == null) {
      return;
    }
    int column = nearRangeOnLeft ? region.x : target.getSceneRasterWidth() - region.x - 1;
    double distance;
    if (sourceAbs.getAttributeInt("srgr_flag", 0) != 0) {
      distance = slantRangeTime.getPixelDouble(column, region.y) / 1e9 * HALF_LIGHT_SPEED;
    } else {
      distance = sourceAbs.getAttributeDouble("slant_range_to_first_pixel", 0)
          + column * sourceAbs.getAttributeDouble("RANGE_SPACING", 0);
    }
    abs.setAttributeDouble("slant_range_to_first_pixel", distance);
  }

  private static void moveGroundRangeOrigins(Product source, Product target, MetadataElement abs, Rectangle region,
      boolean nearRangeOnLeft) {
    MetadataElement coefficients = abs.getElement("SRGR_Coefficients");
    if (coefficients == null) {
      return;
    }
    double spacing = abs.getAttributeDouble("RANGE_SPACING", 0);
    double columns = nearRangeOnLeft ? region.x
        : source.getSceneRasterWidth() - region.x - target.getSceneRasterWidth();
    for (MetadataElement list : coefficients.getElements()) {
      list.setAttributeDouble("ground_range_origin", list.getAttributeDouble("ground_range_origin", 0)
          + columns * spacing);
    }
  }
}
