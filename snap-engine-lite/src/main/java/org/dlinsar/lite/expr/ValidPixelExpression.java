package org.dlinsar.lite.expr;

import java.awt.Rectangle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * Evaluates a raster's valid-pixel expression over a rectangle, as SNAP does through the valid
 * mask image that {@code Tile.getSamples*}, {@code Tile.isSampleValid} and
 * {@code RasterDataNode.isPixelValid} consult. Names are rasters of the same product: a name gives
 * its geophysical samples, {@code name.raw} its raw ones; {@code X}/{@code Y} are the pixel centre.
 * Flag references ({@code flags.NAME}) and other products ({@code $2.name}) are not part of the
 * headless engine and fail naming the symbol.
 */
public final class ValidPixelExpression {

  private ValidPixelExpression() {}

  /** Whether {@code node} has a valid-pixel expression that is not blank (SNAP's isValidPixelExpressionSet). */
  public static boolean isSet(RasterDataNode node) {
    String expression = node.getValidPixelExpression();
    return expression != null && !expression.trim().isEmpty();
  }

  /**
   * @param node a raster of a product, with a valid-pixel expression
   * @param r the pixels wanted, inside the raster
   * @return per pixel of {@code r}, row-major, whether the expression holds
   * @throws IllegalArgumentException naming the raster, the expression and the problem (a syntax
   *     error, an unknown symbol, a raster that cannot be read)
   */
  public static boolean[] evaluate(RasterDataNode node, Rectangle r) {
    String expression = node.getValidPixelExpression();
    try {
      List<RasterDataNode> rasters = new ArrayList<>();
      List<Boolean> raw = new ArrayList<>();
      Product product = node.getProduct();
      Term term = Parser.parse(expression, new Parser.Symbols() {
        @Override
        public int indexOf(String name) {
          boolean isRaw = name.endsWith(".raw");
          String rasterName = isRaw ? name.substring(0, name.length() - 4) : name;
          RasterDataNode raster = product == null ? null : product.getRasterDataNode(rasterName);
          if (raster == null) {
            return -1;
          }
          rasters.add(raster);
          raw.add(isRaw);
          return rasters.size() - 1;
        }

        @Override
        public boolean isInt(int index) {
          RasterDataNode raster = rasters.get(index);
          boolean intType = ProductData.isIntType(raster.getDataType());
          return intType && (raw.get(index) || !raster.isScalingApplied());
        }
      });
      double[][] columns = new double[rasters.size()][];
      for (int k = 0; k < columns.length; k++) {
        columns[k] = samples(rasters.get(k), raw.get(k), r);
      }
      boolean[] valid = new boolean[r.width * r.height];
      for (int row = 0, i = 0; row < r.height; row++) {
        for (int col = 0; col < r.width; col++, i++) {
          valid[i] = Term.truth(term.eval(columns, i, r.x + col, r.y + row));
        }
      }
      return valid;
    } catch (IllegalArgumentException | IOException e) {
      throw new IllegalArgumentException("valid-pixel expression '" + expression + "' of band '" + node.getName()
          + "': " + e.getMessage(), e);
    }
  }

  private static double[] samples(RasterDataNode raster, boolean raw, Rectangle r) throws IOException {
    if (!raw) {
      return raster.readPixels(r.x, r.y, r.width, r.height, new double[r.width * r.height]);
    }
    ProductData data = raster.createCompatibleRasterData(r.width, r.height);
    raster.readRasterData(r.x, r.y, r.width, r.height, data);
    double[] values = new double[r.width * r.height];
    for (int i = 0; i < values.length; i++) {
      values[i] = data.getElemDoubleAt(i);
    }
    return values;
  }
}
