package org.dlinsar.lite.image;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * An image serving one rectangle of another raster's raw samples, its pixel (0, 0) the
 * rectangle's corner: the bands of a product read with a pixel region. Samples are read straight
 * into the target raster's buffer.
 */
public final class RegionImage extends RasterImage {

  private final RasterDataNode source;
  private final Rectangle region;

  /**
   * @param source the raster to serve part of; its raw type must have a data-buffer type
   * @param region the part, inside the source raster
   * @throws IllegalArgumentException if the region is empty or leaves the source raster
   */
  public RegionImage(RasterDataNode source, Rectangle region) {
    this(source, new Rectangle(region), RasterImage.tileSize(preferredTileSize(source), region.width, region.height));
  }

  private RegionImage(RasterDataNode source, Rectangle region, Dimension tile) {
    super(dataBufferType(source.getDataType()), region.width, region.height, tile.width, tile.height);
    if (!new Rectangle(source.getRasterWidth(), source.getRasterHeight()).contains(region)) {
      throw new IllegalArgumentException("region " + region + " leaves raster '" + source.getName() + "' of "
          + source.getRasterWidth() + "x" + source.getRasterHeight());
    }
    this.source = source;
    this.region = region;
  }

  private static Dimension preferredTileSize(RasterDataNode source) {
    Product product = source.getProduct();
    return product != null ? product.getPreferredTileSize() : null;
  }

  /**
   * Reads the target's rectangle, shifted by the region's corner, from the source raster.
   *
   * @throws UncheckedIOException wrapping the source's IOException
   */
  @Override
  protected void computeRect(WritableRaster target) {
    Rectangle r = target.getBounds();
    ProductData samples = ProductData.createInstance(source.getDataType(), RasterImage.samplesOf(target.getDataBuffer()));
    try {
      source.readRasterData(region.x + r.x, region.y + r.y, r.width, r.height, samples);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
