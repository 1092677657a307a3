package org.dlinsar.lite.image;

import java.awt.Rectangle;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * An image serving another raster's raw samples, through its
 * {@link RasterDataNode#readRasterData}: whatever that raster reads from (its raster data, a
 * file, an operator) is what this image returns.
 *
 * <p>{@code ProductUtils.copyBand(..., copySourceImage=true)} attaches one to the copy. Tiles follow
 * the source product's preferred tile size. Samples are read straight into the target raster's
 * buffer (no copy).
 */
public final class BandImage extends RasterImage {

  private final RasterDataNode source;

  /**
   * @param source the raster to serve; its raw type must have a data-buffer type (not int64)
   * @throws IllegalArgumentException for a raw type images cannot hold
   */
  public BandImage(RasterDataNode source) {
    this(source, RasterImage.tileSize(preferredTileSize(source), source.getRasterWidth(), source.getRasterHeight()));
  }

  private BandImage(RasterDataNode source, java.awt.Dimension tile) {
    super(dataBufferType(source.getDataType()), source.getRasterWidth(), source.getRasterHeight(),
        tile.width, tile.height);
    this.source = source;
  }

  private static java.awt.Dimension preferredTileSize(RasterDataNode source) {
    Product product = source.getProduct();
    return product != null ? product.getPreferredTileSize() : null;
  }

  /** The raster this image serves. */
  public RasterDataNode getSource() {
    return source;
  }

  /** Whether the source raster's image keeps its tiles. */
  @Override
  public boolean cachesTiles() {
    RasterImage image = SourceImages.rasterImageOf(source);
    return image != null && image.cachesTiles();
  }

  /** Prefetches the region from the source raster's image. */
  @Override
  public void prefetch(Rectangle region) {
    RasterImage image = SourceImages.rasterImageOf(source);
    if (image != null) {
      image.prefetch(region);
    }
  }

  /**
   * Reads the target's rectangle from the source raster.
   *
   * @throws UncheckedIOException wrapping the source's IOException
   */
  @Override
  protected void computeRect(WritableRaster target) {
    Rectangle region = target.getBounds();
    ProductData samples = ProductData.createInstance(source.getDataType(), RasterImage.samplesOf(target.getDataBuffer()));
    try {
      source.readRasterData(region.x, region.y, region.width, region.height, samples);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
