package org.esa.snap.ui.product;

import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * Stand-in for SNAP Desktop's {@code org.esa.snap.ui.product.ProductSceneImage} (snap-ui): what an
 * image view shows, here only its rasters. SNAP builds it with the view's layers and preferences.
 */
public class ProductSceneImage {

  private RasterDataNode[] rasters;

  /** Stand-in only: the image of one raster. */
  ProductSceneImage(RasterDataNode raster) {
    this.rasters = new RasterDataNode[] {raster};
  }

  public RasterDataNode[] getRasters() {
    return rasters;
  }

  public void setRasters(RasterDataNode[] rasters) {
    this.rasters = rasters;
  }
}
