package org.dlinsar.lite.expr;

import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * The no-data half of a raster's valid mask, as SNAP's
 * {@code RasterDataNode.createValidMaskExpressionForNoDataValue} writes it (snap-engine 14.x,
 * snap-core): with a geophysical no-data value of NaN {@code !nan(band)}, infinite
 * {@code !inf(band)}, else for integer rasters {@code band.raw != noData} and for floating-point
 * ones {@code fneq(band, noData)} (more than 1e-6 apart). So a NaN sample of a float band whose
 * no-data value is -9999 counts as valid, as in SNAP.
 */
public final class NoDataTest {

  private final RasterDataNode node;
  private final boolean used;
  private final boolean intType;
  private final double rawNoData;
  private final double geoNoData;

  public NoDataTest(RasterDataNode node) {
    this.node = node;
    this.used = node.isNoDataValueUsed();
    this.intType = ProductData.isIntType(node.getDataType());
    this.rawNoData = node.getNoDataValue();
    this.geoNoData = node.getGeophysicalNoDataValue();
  }

  /** Whether the no-data value is used at all; if not, every sample passes. */
  public boolean isUsed() {
    return used;
  }

  /** Whether the raw sample {@code raw} is not no-data. */
  public boolean isValid(double raw) {
    if (!used) {
      return true;
    }
    if (Double.isNaN(geoNoData)) {
      return !Double.isNaN(node.scale(raw));
    }
    if (Double.isInfinite(geoNoData)) {
      return !Double.isInfinite(node.scale(raw));
    }
    if (intType) {
      return raw != rawNoData;
    }
    double value = node.scale(raw);
    return !(value == geoNoData || Math.abs(value - geoNoData) <= 1e-6);
  }
}
