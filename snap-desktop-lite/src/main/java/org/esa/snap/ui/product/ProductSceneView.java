package org.esa.snap.ui.product;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.RasterDataNode;
import org.esa.snap.ui.BasicView;

/**
 * Stand-in for SNAP Desktop's {@code org.esa.snap.ui.product.ProductSceneView} (snap-ui 12-14): an
 * image view's raster, product and viewport in model coordinates. SNAP's viewport fits a zoomed
 * rectangle to the view's shape (its visible bounds contain the rectangle, same centre); this one
 * shows exactly the rectangle.
 */
public class ProductSceneView extends BasicView implements PropertyChangeListener {

  private final ProductSceneImage sceneImage;
  private Rectangle2D visibleModelBounds;

  public ProductSceneView(ProductSceneImage sceneImage) {
    this.sceneImage = sceneImage;
    RasterDataNode raster = getRaster();
    visibleModelBounds = raster.getImageToModelTransform()
        .createTransformedShape(new Rectangle(0, 0, raster.getRasterWidth(), raster.getRasterHeight())).getBounds2D();
  }

  public ProductSceneImage getSceneImage() {
    return sceneImage;
  }

  public Product getProduct() {
    return getRaster().getProduct();
  }

  public RasterDataNode getRaster() {
    return sceneImage.getRasters()[0];
  }

  /** The visible area in model coordinates. */
  public Rectangle2D getVisibleModelBounds() {
    return (Rectangle2D) visibleModelBounds.clone();
  }

  /** Shows {@code modelRect} (model coordinates). */
  public void zoom(Rectangle2D modelRect) {
    visibleModelBounds = (Rectangle2D) modelRect.clone();
  }

  /**
   * SNAP's view listens to the preferences of its layers and re-applies them; the stand-in has no
   * layers, so there is nothing to do. Declared because SNAP's view is a
   * {@link PropertyChangeListener}, which a plugin may rely on.
   */
  @Override
  public void propertyChange(PropertyChangeEvent event) {
  }
}
