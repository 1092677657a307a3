package org.dlinsar.lite.expr;

import java.awt.Rectangle;
import java.io.IOException;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * Evaluates a raster's valid-pixel expression over a rectangle, as SNAP does through the valid
 * mask image that {@code Tile.getSamples*}, {@code Tile.isSampleValid} and
 * {@code RasterDataNode.isPixelValid} consult, through {@link ConditionExpression}: bands, masks
 * and flags of the same product.
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
      return ConditionExpression.evaluate(node.getProduct(), expression, r);
    } catch (IllegalArgumentException | IOException e) {
      throw new IllegalArgumentException("valid-pixel expression '" + expression + "' of band '" + node.getName()
          + "': " + e.getMessage(), e);
    }
  }
}
