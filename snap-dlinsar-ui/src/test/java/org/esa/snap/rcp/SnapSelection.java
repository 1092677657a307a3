package org.esa.snap.rcp;

import org.esa.snap.core.datamodel.ProductNode;
import org.esa.snap.ui.product.ProductSceneView;

/** Tests select in SNAP through the Desktop stand-in (snap-desktop-lite), as a user clicks in SNAP. */
public final class SnapSelection {

  private SnapSelection() {
  }

  /** Selects {@code node} in the Product Explorer. */
  public static void selectNode(ProductNode node) {
    SnapApp.getDefault().selectNode(node);
  }

  /** Brings {@code view} to the front (null: no image view). */
  public static void selectView(ProductSceneView view) {
    SnapApp.getDefault().selectView(view);
  }
}
