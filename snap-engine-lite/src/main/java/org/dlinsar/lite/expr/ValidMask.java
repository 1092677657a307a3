package org.dlinsar.lite.expr;

import java.awt.Rectangle;
import java.util.Arrays;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * A raster's whole valid mask over a rectangle, as SNAP applies it: the valid-pixel expression
 * ({@link ValidPixelExpression}) and the no-data test on the raw samples ({@link NoDataTest}).
 * One mechanism for a tile's samples and for {@code RasterDataNode.readValidMask}.
 */
public final class ValidMask {

  /** The raw sample at column {@code col}, row {@code row} of the rectangle. */
  @FunctionalInterface
  public interface RawSamples {
    double at(int col, int row);
  }

  private ValidMask() {
  }

  /** Whether the raster has a valid mask at all (a no-data value used or an expression set). */
  public static boolean isUsed(RasterDataNode raster) {
    return raster.isNoDataValueUsed() || ValidPixelExpression.isSet(raster);
  }

  /**
   * @param raw the rectangle's raw samples; read only when the no-data value is used
   * @return per pixel of {@code r}, row by row, whether it is valid
   * @throws IllegalArgumentException naming the raster if its valid-pixel expression cannot be evaluated
   */
  public static boolean[] of(RasterDataNode raster, Rectangle r, RawSamples raw) {
    boolean[] mask;
    if (ValidPixelExpression.isSet(raster)) {
      mask = ValidPixelExpression.evaluate(raster, r);
    } else {
      mask = new boolean[r.width * r.height];
      Arrays.fill(mask, true);
    }
    NoDataTest noData = new NoDataTest(raster);
    if (noData.isUsed()) {
      for (int row = 0, i = 0; row < r.height; row++) {
        for (int col = 0; col < r.width; col++, i++) {
          mask[i] &= noData.isValid(raw.at(col, row));
        }
      }
    }
    return mask;
  }
}
