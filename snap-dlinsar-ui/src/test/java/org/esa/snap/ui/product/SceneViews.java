package org.esa.snap.ui.product;

import org.esa.snap.core.datamodel.RasterDataNode;

/** Image views of the Desktop stand-in (snap-desktop-lite) for tests, as SNAP opens one on a band. */
public final class SceneViews {

  private SceneViews() {
  }

  /** An image view of {@code raster}, showing all of it. */
  public static ProductSceneView of(RasterDataNode raster) {
    return new ProductSceneView(new ProductSceneImage(raster));
  }
}
