package org.dlinsar.lite.graph;

import java.util.List;
import java.util.logging.Logger;
import org.dlinsar.lite.expr.ExpressionSymbols;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.RasterDataNode;
import org.esa.snap.core.datamodel.VirtualBand;

/**
 * The bands a band needs beside itself, as BandSelect's {@code includeReferences} collects them
 * ({@code collectNotIncludedReferences}): those its valid-pixel expression and, for a virtual band,
 * its expression name, recursively. An expression that does not parse is logged and skipped, as
 * in SNAP.
 */
final class RasterReferences {

  private RasterReferences() {
  }

  /** Adds to {@code found} the names of the bands {@code node} refers to, in order, each once. */
  static void collect(Product product, RasterDataNode node, List<String> found, Logger logger) {
    collect(product, node.getValidPixelExpression(), found, logger);
    if (node instanceof VirtualBand) {
      collect(product, ((VirtualBand) node).getExpression(), found, logger);
    }
  }

  private static void collect(Product product, String expression, List<String> found, Logger logger) {
    if (expression == null || expression.trim().isEmpty()) {
      return;
    }
    List<String> names;
    try {
      names = ExpressionSymbols.rasterNames(product, expression);
    } catch (IllegalArgumentException e) {
      logger.warning("BandSelect: expression '" + expression + "': " + e.getMessage());
      return;
    }
    for (String name : names) {
      Band band = product.getBand(name);
      if (band != null && !found.contains(name)) {
        found.add(name);
        if (band instanceof VirtualBand) {
          collect(product, ((VirtualBand) band).getExpression(), found, logger);
        }
      }
    }
  }
}
