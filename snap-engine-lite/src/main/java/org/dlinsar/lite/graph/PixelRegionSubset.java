package org.dlinsar.lite.graph;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.image.RegionImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.util.ProductUtils;

/**
 * A product reduced to a rectangle of its scene, as SNAP's Read makes it with a pixel region:
 * every band serves its pixels of the rectangle (virtual bands keep their expression), tie-point
 * grids and map grids move with the rectangle's corner so that each pixel keeps its lon/lat, the
 * start and end times become those of the rectangle's first and last lines,
 * {@code Abstracted_Metadata} is updated as SNAP's subset updates it ({@link SubsetMetadata}), and
 * the rest of the metadata, description, codings, masks and band grouping are kept. Pixels stay
 * where they were: nothing is read until a consumer pulls it.
 */
public final class PixelRegionSubset {

  private PixelRegionSubset() {
  }

  /**
   * @param region inside the source scene, not empty
   * @return the subset; the source must stay open while it is used
   */
  public static Product of(Product source, Rectangle region) {
    Product target = new Product(source.getName(), source.getProductType(), region.width, region.height);
    target.setFileLocation(source.getFileLocation());
    target.setDescription(source.getDescription());
    ProductUtils.copyMetadata(source, target);
    ProductUtils.copyFlagCodings(source, target);
    ProductUtils.copyIndexCodings(source, target);
    target.setAutoGrouping(source.getAutoGrouping());
    for (Band band : source.getBands()) {
      Band copy = band instanceof VirtualBand virtual
          ? new VirtualBand(band.getName(), band.getDataType(), region.width, region.height, virtual.getExpression())
          : new Band(band.getName(), band.getDataType(), region.width, region.height);
      target.addBand(copy);
      ProductUtils.copyRasterDataNodeProperties(band, copy);
      if (!(band instanceof VirtualBand)) {
        copy.setSourceImage(new RegionImage(band, region));
      }
    }
    ProductUtils.copyMasks(source, target);
    if (source.getSceneGeoCoding() instanceof TiePointGeoCoding coding) {
      target.setSceneGeoCoding(shifted(coding, region));
    } else if (source.getSceneGeoCoding() instanceof CrsGeoCoding coding) {
      target.setSceneGeoCoding(coding.subset(region.x, region.y, region.width, region.height));
    }
    ProductData.UTC start = ProductUtils.getScanLineTime(source, region.y);
    if (start != null) {
      target.setStartTime(start);
      target.setEndTime(ProductUtils.getScanLineTime(source, region.y + region.height - 1));
    }
    SubsetMetadata.update(source, target, region);
    if (source.getQuicklookBandName() != null && target.containsBand(source.getQuicklookBandName())) {
      target.setQuicklookBandName(source.getQuicklookBandName());
    }
    target.setModified(false);
    return target;
  }

  /** The same tie points, their grid's origin moved by the region's corner. */
  private static TiePointGeoCoding shifted(TiePointGeoCoding coding, Rectangle region) {
    List<TiePointGrid> grids = new ArrayList<>();
    for (TiePointGrid g : coding.getTiePointGrids()) {
      grids.add(g.forRegionAt(region.x, region.y));
    }
    return new TiePointGeoCoding(grids, coding.getLatGridName(), coding.getLonGridName(), region.width,
        region.height);
  }
}
