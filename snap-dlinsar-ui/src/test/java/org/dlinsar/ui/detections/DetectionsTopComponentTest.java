package org.dlinsar.ui.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JLabel;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.rcp.SnapSelection;
import org.esa.snap.ui.product.ProductSceneView;
import org.esa.snap.ui.product.SceneViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Detections tool window inside SNAP (its selection and image views from the Desktop
 * stand-in): it lists the detections of the product selected in the Product Explorer or in the
 * image view in front, and selecting one centres that view on the detection's box.
 */
class DetectionsTopComponentTest {

  /** A lon/lat map CRS, as a LiCSAR frame's GeoTIFF carries it. */
  private static final String WGS84 = "GEOGCS[\"WGS84(DD)\", DATUM[\"WGS84\", SPHEROID[\"WGS84\", 6378137.0,"
      + " 298.257223563]], PRIMEM[\"Greenwich\", 0.0], UNIT[\"degree\", 0.017453292519943295],"
      + " AXIS[\"Geodetic longitude\", EAST], AXIS[\"Geodetic latitude\", NORTH]]";

  @TempDir
  static Path dir;
  private static Product chain;

  @BeforeAll
  static void runTheChain() throws Exception {
    chain = ChainProducts.withTimeSeries(dir.resolve("chain.timeseries.csv"));
  }

  @AfterEach
  void selectNothing() {
    SnapSelection.selectView(null);
    SnapSelection.selectNode(null);
  }

  private static DetectionsPanel panel(DetectionsTopComponent window) {
    return assertInstanceOf(DetectionsPanel.class, window.getComponent(0));
  }

  @Test
  void listsTheSelectedProductsDetectionsAndCentresTheViewOnTheSelectedOne() throws Exception {
    DetectionsTopComponent window = new DetectionsTopComponent();
    window.componentOpened();
    try {
      SnapSelection.selectNode(chain.getBand("velocity"));
      assertSame(chain, window.shown());
      List<DetectionRow> rows = DetectionRows.of(chain);
      DetectionsPanel panel = panel(window);
      assertEquals(rows.size(), panel.table().getRowCount());

      ProductSceneView view = SceneViews.of(chain.getBand("velocity"));
      SnapSelection.selectView(view);
      for (int k = 0; k < rows.size(); k++) {
        panel.table().setRowSelectionInterval(k, k);
        DetectionRow row = rows.get(panel.table().convertRowIndexToModel(k));
        Rectangle box = row.box();
        Rectangle2D shown = view.getVisibleModelBounds();
        assertEquals(box.getCenterX(), shown.getCenterX(), 1e-9, "detection " + row.id());
        assertEquals(box.getCenterY(), shown.getCenterY(), 1e-9, "detection " + row.id());
        assertTrue(shown.contains(box) && shown.getWidth() < chain.getSceneRasterWidth(),
            "detection " + row.id() + ": its box and some ground, not the whole frame: " + shown);
        assertEquals(DisplacementSeries.of(chain).get(row.id()), panel.chart().series(), "detection " + row.id());
      }
    } finally {
      window.componentClosed();
    }
  }

  /**
   * A map-projected product (a LiCSAR frame: a lon/lat grid) is shown by SNAP in model coordinates
   * that are degrees (RasterDataNode.getImageToModelTransform, snap-core 14.x lines 248-275: the
   * map grid's affine image-to-map transform): selecting a detection centres the view on its box's
   * degrees, not on its pixels.
   */
  @Test
  void centresAViewOfAMapProjectedProductOnTheBoxInItsDegrees() throws Exception {
    Product frame = ChainProducts.detected();
    double[] degrees = {0.001, 0, 0, -0.001, 10, 45};
    frame.setSceneGeoCoding(new CrsGeoCoding(WGS84, degrees, frame.getSceneRasterWidth(), frame.getSceneRasterHeight()));
    AffineTransform toDegrees = new AffineTransform(degrees);
    ProductSceneView view = SceneViews.of(frame.getBand("detection_id"));
    assertEquals(toDegrees.createTransformedShape(
        new Rectangle(0, 0, frame.getSceneRasterWidth(), frame.getSceneRasterHeight())).getBounds2D(),
        view.getVisibleModelBounds(), "the whole frame, in degrees");
    DetectionsTopComponent window = new DetectionsTopComponent();
    window.componentOpened();
    try {
      SnapSelection.selectView(view);
      assertSame(frame, window.shown());
      DetectionsPanel panel = panel(window);
      panel.table().setRowSelectionInterval(0, 0);

      DetectionRow row = DetectionRows.of(frame).get(panel.table().convertRowIndexToModel(0));
      Rectangle2D box = toDegrees.createTransformedShape(row.box()).getBounds2D();
      Rectangle2D shown = view.getVisibleModelBounds();
      assertEquals(box.getCenterX(), shown.getCenterX(), 1e-9, "longitude of detection " + row.id());
      assertEquals(box.getCenterY(), shown.getCenterY(), 1e-9, "latitude of detection " + row.id());
      assertTrue(shown.contains(box) && shown.getWidth() < frame.getSceneRasterWidth() * 0.001,
          "its box and some ground, in degrees: " + shown);
    } finally {
      window.componentClosed();
    }
  }

  @Test
  void leavesAViewOfAnotherProductWhereItIs() throws Exception {
    Product other = ChainProducts.detected();
    ProductSceneView otherView = SceneViews.of(other.getBand("detection_id"));
    DetectionsTopComponent window = new DetectionsTopComponent();
    window.componentOpened();
    try {
      SnapSelection.selectView(otherView);
      assertSame(other, window.shown(), "the product of the view in front");
      SnapSelection.selectNode(chain);
      assertSame(chain, window.shown(), "then the product selected in the Product Explorer");
      Rectangle2D before = otherView.getVisibleModelBounds();

      panel(window).table().setRowSelectionInterval(0, 0);

      assertEquals(before, otherView.getVisibleModelBounds());
      assertEquals(new Rectangle(0, 0, other.getSceneRasterWidth(), other.getSceneRasterHeight()), before);
    } finally {
      window.componentClosed();
    }
  }

  @Test
  void saysWhenAProductHoldsNoDetectionsAndStopsFollowingOnceClosed() throws Exception {
    Product stack = ProductIO.readProduct(ChainProducts.STACK.toFile());
    DetectionsTopComponent window = new DetectionsTopComponent();
    window.componentOpened();
    SnapSelection.selectNode(stack);
    String message = assertInstanceOf(JLabel.class, window.getComponent(0)).getText();
    assertTrue(message.contains("'" + stack.getName() + "' holds no detections"), message);

    window.componentClosed();
    SnapSelection.selectNode(chain);
    assertSame(stack, window.shown());
    assertNotEquals(DetectionsPanel.class, window.getComponent(0).getClass());
  }

  @Test
  void opensOnWhatIsSelectedAlready() {
    SnapSelection.selectNode(chain.getBand("velocity"));
    DetectionsTopComponent window = new DetectionsTopComponent();
    window.componentOpened();
    try {
      assertSame(chain, window.shown());
      assertEquals(DetectionRows.of(chain).size(), panel(window).table().getRowCount());
    } finally {
      window.componentClosed();
    }
  }

  @Test
  void opensOnTheViewInFrontWhenTheExplorerSelectsNothing() throws Exception {
    SnapSelection.selectView(SceneViews.of(chain.getBand("velocity")));
    DetectionsTopComponent window = new DetectionsTopComponent();
    window.componentOpened();
    try {
      assertSame(chain, window.shown());
    } finally {
      window.componentClosed();
    }
  }
}
