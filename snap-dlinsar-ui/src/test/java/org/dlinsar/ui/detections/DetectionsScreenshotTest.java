package org.dlinsar.ui.detections;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.rcp.SnapSelection;
import org.dlinsar.ui.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the Detections tool window (the TopComponent SNAP shows, its product selected through the
 * Desktop stand-in) on the chain's real output in a frame (a display is needed: CI runs this under
 * Xvfb) and captures it to target/screenshots/detections-panel.png, the README's picture.
 */
class DetectionsScreenshotTest {

  @Test
  void theOpenedPanelIsCapturedWithTableAndChart(@TempDir Path dir) throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run");
    Product chain = ChainProducts.withTimeSeries(dir.resolve("chain.timeseries.csv"));
    AtomicReference<BufferedImage> shot = new AtomicReference<>();
    AtomicReference<JFrame> frame = new AtomicReference<>();
    DetectionsTopComponent detections = new DetectionsTopComponent();
    SwingUtilities.invokeAndWait(() -> {
      detections.componentOpened();
      SnapSelection.selectNode(chain.getBand("velocity"));
      DetectionsPanel panel = (DetectionsPanel) detections.getComponent(0);
      JFrame window = new JFrame(detections.getName());
      window.setContentPane(detections);
      window.setSize(920, 520);
      window.setVisible(true);
      frame.set(window);
      panel.table().getRowSorter().toggleSortOrder(3);
      panel.table().setRowSelectionInterval(0, 0);
    });
    SwingUtilities.invokeAndWait(() -> {
      JFrame window = frame.get();
      shot.set(Screenshots.paint(window.getContentPane()));
      window.dispose();
      detections.componentClosed();
      SnapSelection.selectNode(null);
    });
    Screenshots.save(shot.get(), "detections-panel", 20);
  }
}
