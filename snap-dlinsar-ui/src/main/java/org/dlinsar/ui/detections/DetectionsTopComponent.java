package org.dlinsar.ui.detections;

import java.awt.BorderLayout;
import java.awt.Component;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductNode;
import org.esa.snap.rcp.SnapApp;
import org.esa.snap.rcp.util.SelectionSupport;
import org.esa.snap.ui.product.ProductSceneView;
import org.openide.util.HelpCtx;
import org.openide.windows.TopComponent;

/**
 * SNAP's Detections tool window (View &gt; Tool Windows &gt; DL-InSAR Detections, registered in the
 * module's layer): the detections of the product selected in SNAP, in the Product Explorer or in
 * the image view in front, with the selected detection's displacement series when Local-SBAS ran;
 * selecting a detection centres the image view on its box when that view shows the product.
 */
public final class DetectionsTopComponent extends TopComponent {

  /** The window's id in the window system (layer.xml: Windows2, the open action's preferredID). */
  static final String ID = "DlinsarDetectionsTopComponent";
  static final String HELP_ID = "dlinsarDetections";
  private static final Logger LOG = Logger.getLogger(DetectionsTopComponent.class.getName());

  private final SelectionSupport.Handler<ProductNode> nodeSelected = (old, node) -> {
    if (node != null) {
      show(node.getProduct());
    }
  };
  private final SelectionSupport.Handler<ProductSceneView> viewSelected = (old, view) -> {
    if (view != null) {
      show(view.getProduct());
    }
  };
  private Product shown;

  public DetectionsTopComponent() {
    setName("DL-InSAR Detections");
    setToolTipText("Detections of the selected product, with their time series");
    setLayout(new BorderLayout());
    show(null);
  }

  @Override
  protected void componentOpened() {
    SnapApp app = SnapApp.getDefault();
    app.getSelectionSupport(ProductNode.class).addHandler(nodeSelected);
    app.getSelectionSupport(ProductSceneView.class).addHandler(viewSelected);
    // EXPLORER falls back to the view in front; AUTO gives the view's product only while the view
    // has the focus, which it has not while this window opens.
    show(app.getSelectedProduct(SnapApp.SelectionSourceHint.EXPLORER));
  }

  @Override
  protected void componentClosed() {
    SnapApp app = SnapApp.getDefault();
    app.getSelectionSupport(ProductNode.class).removeHandler(nodeSelected);
    app.getSelectionSupport(ProductSceneView.class).removeHandler(viewSelected);
  }

  @Override
  public int getPersistenceType() {
    // nothing to restore but whether it is open: the selection decides what it shows
    return PERSISTENCE_NEVER;
  }

  @Override
  public HelpCtx getHelpCtx() {
    return new HelpCtx(HELP_ID);
  }

  @Override
  protected String preferredID() {
    return ID;
  }

  /** The product whose detections the window lists, or null. */
  Product shown() {
    return shown;
  }

  /** Lists the detections of {@code product} (null: none selected), unless it shows them already. */
  void show(Product product) {
    if (product == shown && product != null) {
      return;
    }
    shown = product;
    List<DetectionRow> rows = product == null ? List.of() : DetectionRows.of(product);
    if (rows.isEmpty()) {
      showMessage(product == null ? "Select a product that went through DL Detect."
          : "'" + product.getName() + "' holds no detections: run DL Detect on it.");
      return;
    }
    Map<Integer, DisplacementSeries> series;
    try {
      series = DisplacementSeries.of(product);
    } catch (IOException e) {
      // the detections still list; their charts say there is no series
      LOG.warning("DL-InSAR Detections: cannot read the displacement bands of '" + product.getName() + "': "
          + e.getMessage());
      series = Map.of();
    }
    setContent(new DetectionsPanel(rows, series,
        row -> SceneCentring.centre(SnapApp.getDefault().getSelectedProductSceneView(), product, row.box())));
  }

  private void showMessage(String message) {
    setContent(new JLabel(message, SwingConstants.CENTER));
  }

  private void setContent(Component content) {
    removeAll();
    add(content, BorderLayout.CENTER);
    revalidate();
    repaint();
  }
}
