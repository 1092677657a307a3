package org.dlinsar.ui.detections;

import java.awt.Rectangle;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.ui.product.ProductSceneView;

/** Centres SNAP's image view on a detection: its box and some ground around it, in the view's model coordinates. */
final class SceneCentring {

  /** Ground shown around a box: half the box's larger side on each side, at least this many pixels. */
  static final int MIN_MARGIN = 32;

  private SceneCentring() {
  }

  /**
   * Zooms {@code view} to {@code box} (pixels of the product's rasters) grown by the margin, when the
   * view shows {@code product}.
   *
   * @return whether it did: false without a view, or when the view shows another product
   */
  static boolean centre(ProductSceneView view, Product product, Rectangle box) {
    if (view == null || view.getProduct() != product) {
      return false;
    }
    int margin = Math.max(MIN_MARGIN, Math.max(box.width, box.height) / 2);
    Rectangle shown = new Rectangle(box.x - margin, box.y - margin, box.width + 2 * margin, box.height + 2 * margin);
    view.zoom(view.getRaster().getImageToModelTransform().createTransformedShape(shown).getBounds2D());
    return true;
  }
}
