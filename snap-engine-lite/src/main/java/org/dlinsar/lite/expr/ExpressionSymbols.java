package org.dlinsar.lite.expr;

import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Mask;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.RasterDataNode;

/** The rasters a band-maths expression refers to (SNAP's {@code BandArithmetic.getRefRasters}). */
public final class ExpressionSymbols {

  private ExpressionSymbols() {}

  /**
   * @return the names of the product's rasters the expression names ({@code name},
   *     {@code name.raw}, {@code band.FLAG}), in order of appearance, each once
   * @throws IllegalArgumentException if the expression does not parse or names an unknown symbol
   */
  public static List<String> rasterNames(Product product, String expression) {
    ProductSymbols symbols = new ProductSymbols(product);
    Parser.parse(expression, symbols);
    List<String> names = new ArrayList<>();
    for (RasterDataNode raster : symbols.rasters()) {
      if (!names.contains(raster.getName())) {
        names.add(raster.getName());
      }
    }
    return names;
  }

  /**
   * @return the masks of {@code product} the expression names, in order of appearance, each once
   * @throws IllegalArgumentException if the expression does not parse or names an unknown symbol
   */
  public static List<Mask> masks(Product product, String expression) {
    List<Mask> masks = new ArrayList<>();
    for (String name : rasterNames(product, expression)) {
      if (product.getRasterDataNode(name) instanceof Mask mask) {
        masks.add(mask);
      }
    }
    return masks;
  }
}
