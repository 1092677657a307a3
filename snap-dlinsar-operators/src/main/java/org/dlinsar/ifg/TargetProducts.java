package org.dlinsar.ifg;

import java.util.Set;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.util.ProductUtils;

/**
 * Builds an operator's target product that carries its sources through: every band, mask,
 * tie-point grid, geocoding and metadata, with band pixels served by the source images (no copy in memory).
 */
public final class TargetProducts {

  private TargetProducts() {}

  /**
   * Creates a target product of the stack's raster size holding every band of every source.
   *
   * <p>Product nodes (metadata, tie-point grids, geocoding, times) come from the first source.
   * A band name met twice is taken from the first product that has it. Bands named in
   * {@code replaced} are not copied: the operator writes new ones of that name.
   *
   * @param stack the interferogram stack whose products are copied; not modified
   * @param nameSuffix appended to the first product's name, such as {@code "_mask"}
   * @param replaced band names the operator adds itself
   */
  public static Product carryingSources(InterferogramStack stack, String nameSuffix,
      Set<String> replaced) {
    return carryingSources(stack.products(), nameSuffix, replaced);
  }

  /**
   * As {@link #carryingSources(InterferogramStack, String, Set)} for any products of one raster
   * size, such as gradient stacks that hold no interferogram.
   *
   * @param products the sources, first one first; not modified
   */
  public static Product carryingSources(java.util.List<Product> products, String nameSuffix,
      Set<String> replaced) {
    return carryingSources(products, nameSuffix, replaced, Set.of());
  }

  /**
   * As {@link #carryingSources(java.util.List, String, Set)}, but the copies of the source bands
   * in {@code computed} have no source image: the operator computes them (in the bands' order).
   */
  public static Product carryingSources(java.util.List<Product> products, String nameSuffix,
      Set<String> replaced, Set<Band> computed) {
    Product first = products.get(0);
    Product target = new Product(first.getName() + nameSuffix, first.getProductType(),
        first.getSceneRasterWidth(), first.getSceneRasterHeight());
    ProductUtils.copyProductNodes(first, target);
    for (Product source : products) {
      for (Band band : source.getBands()) {
        String name = band.getName();
        if (replaced.contains(name) || target.containsBand(name)) {
          continue;
        }
        if (band instanceof VirtualBand) {
          // SNAP's copyVirtualBand leaves out the scaling and valid-pixel expression copyBand keeps
          ProductUtils.copyRasterDataNodeProperties(band,
              ProductUtils.copyVirtualBand(target, (VirtualBand) band, name));
        } else {
          ProductUtils.copyBand(name, source, target, !computed.contains(band));
        }
      }
    }
    // again now that the bands are in place: masks over them are left out while they are not
    for (Product source : products) {
      ProductUtils.copyMasks(source, target);
    }
    return target;
  }
}
