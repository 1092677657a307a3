package org.dlinsar.lite.expr;

import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/** The rasters a band-maths expression refers to (SNAP's {@code BandArithmetic.getRefRasters}). */
public final class ExpressionSymbols {

  private ExpressionSymbols() {}

  /**
   * @return the names of the product's rasters the expression names ({@code name} or
   *     {@code name.raw}), in order of appearance, each once
   * @throws IllegalArgumentException if the expression does not parse or names an unknown symbol
   */
  public static List<String> rasterNames(Product product, String expression) {
    List<String> names = new ArrayList<>();
    List<RasterDataNode> rasters = new ArrayList<>();
    Parser.parse(expression, new Parser.Symbols() {
      @Override
      public int indexOf(String name) {
        String rasterName = name.endsWith(".raw") ? name.substring(0, name.length() - 4) : name;
        RasterDataNode raster = product.getRasterDataNode(rasterName);
        if (raster == null) {
          return -1;
        }
        if (!names.contains(rasterName)) {
          names.add(rasterName);
        }
        rasters.add(raster);
        return rasters.size() - 1;
      }

      @Override
      public boolean isInt(int index) {
        return ProductData.isIntType(rasters.get(index).getDataType());
      }
    });
    return names;
  }
}
