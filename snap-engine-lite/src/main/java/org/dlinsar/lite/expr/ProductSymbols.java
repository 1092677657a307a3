package org.dlinsar.lite.expr;

import java.awt.Rectangle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.FlagCoding;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * The names a band-maths expression may use in a product, as SNAP's namespace registers them
 * (snap-engine 14.x, {@code ProductNamespaceExtenderImpl}): a band or mask by its name
 * (geophysical samples; a mask is 255 where set, 0 elsewhere), a band's raw samples as
 * {@code name.raw}, and a flag of a flag band as {@code band.FLAG}, which is 1 where
 * {@code (raw & flagMask) == flagValue}. Each name met becomes a symbol, whose samples over a
 * rectangle {@link #samples} reads.
 */
final class ProductSymbols implements Parser.Symbols {

  private record Symbol(RasterDataNode raster, boolean raw, int flagMask, int flagValue, boolean flag) {}

  private final Product product;
  private final List<Symbol> symbols = new ArrayList<>();

  /** @param product the product whose rasters the names denote; null knows no names */
  ProductSymbols(Product product) {
    this.product = product;
  }

  @Override
  public int indexOf(String name) {
    Symbol symbol = resolve(name);
    if (symbol == null) {
      return -1;
    }
    symbols.add(symbol);
    return symbols.size() - 1;
  }

  @Override
  public boolean isInt(int index) {
    Symbol symbol = symbols.get(index);
    boolean intType = ProductData.isIntType(symbol.raster.getDataType());
    return symbol.flag || intType && (symbol.raw || !symbol.raster.isScalingApplied());
  }

  /** The rasters of the symbols met so far, by symbol index (a flag's band for a flag). */
  List<RasterDataNode> rasters() {
    return symbols.stream().map(Symbol::raster).toList();
  }

  /** The symbol's samples over {@code r}, row-major. */
  double[] samples(int index, Rectangle r) throws IOException {
    Symbol symbol = symbols.get(index);
    if (!symbol.raw && !symbol.flag) {
      return symbol.raster.readPixels(r.x, r.y, r.width, r.height, new double[r.width * r.height]);
    }
    ProductData data = symbol.raster.createCompatibleRasterData(r.width, r.height);
    symbol.raster.readRasterData(r.x, r.y, r.width, r.height, data);
    double[] values = new double[r.width * r.height];
    for (int i = 0; i < values.length; i++) {
      values[i] = symbol.flag
          ? Term.of((data.getElemIntAt(i) & symbol.flagMask) == symbol.flagValue)
          : data.getElemDoubleAt(i);
    }
    return values;
  }

  private Symbol resolve(String name) {
    if (product == null) {
      return null;
    }
    RasterDataNode raster = product.getRasterDataNode(name);
    if (raster != null) {
      return new Symbol(raster, false, 0, 0, false);
    }
    int dot = name.lastIndexOf('.');
    if (dot < 1) {
      return null;
    }
    Band band = product.getBand(name.substring(0, dot));
    String suffix = name.substring(dot + 1);
    if (band == null) {
      return null;
    }
    if (suffix.equals("raw")) {
      return new Symbol(band, true, 0, 0, false);
    }
    FlagCoding coding = band.getFlagCoding();
    MetadataAttribute flag = coding == null ? null : coding.getAttribute(suffix);
    if (flag == null) {
      return null;
    }
    ProductData data = flag.getData();
    int mask = data.getElemIntAt(0);
    int value = data.getNumElems() == 2 ? data.getElemIntAt(1) : mask;
    return new Symbol(band, false, mask, value, true);
  }
}
