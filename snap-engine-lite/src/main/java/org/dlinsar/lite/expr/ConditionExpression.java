package org.dlinsar.lite.expr;

import java.awt.Rectangle;
import java.io.IOException;
import org.esa.snap.core.datamodel.Product;

/**
 * Evaluates a band-maths condition over a rectangle of a product: a valid-pixel expression, or the
 * expression of a mask. Names are those of {@link ProductSymbols}; {@code X}/{@code Y} are the
 * pixel centre. Other products ({@code $2.name}) are not part of the headless engine and fail
 * naming the symbol.
 */
public final class ConditionExpression {

  private ConditionExpression() {
  }

  /**
   * @param product the product whose rasters the expression names
   * @param r the pixels wanted
   * @return per pixel of {@code r}, row-major, whether the expression holds (is not 0)
   * @throws IllegalArgumentException for a syntax error or an unknown symbol
   * @throws IOException if a raster it names cannot be read
   */
  public static boolean[] evaluate(Product product, String expression, Rectangle r) throws IOException {
    ProductSymbols symbols = new ProductSymbols(product);
    Term term = Parser.parse(expression, symbols);
    double[][] columns = new double[symbols.rasters().size()][];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = symbols.samples(k, r);
    }
    boolean[] holds = new boolean[r.width * r.height];
    for (int row = 0, i = 0; row < r.height; row++) {
      for (int col = 0; col < r.width; col++, i++) {
        holds[i] = Term.truth(term.eval(columns, i, r.x + col, r.y + row));
      }
    }
    return holds;
  }
}
