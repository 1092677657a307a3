package org.dlinsar.ui.detections;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.rcp.SnapSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the Detections tool window (the TopComponent SNAP shows, its product selected through the
 * Desktop stand-in) on the chain's real output in a frame (a display is needed: CI runs this under
 * Xvfb) and captures it to target/screenshots/detections-panel.png, the README's picture.
 */
class DetectionsScreenshotTest {

  private static final Path SHOTS = Path.of("target", "screenshots");

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
      window.setSize(720, 520);
      window.setVisible(true);
      frame.set(window);
      panel.table().getRowSorter().toggleSortOrder(3);
      panel.table().setRowSelectionInterval(0, 0);
    });
    SwingUtilities.invokeAndWait(() -> {
      JFrame window = frame.get();
      BufferedImage image = new BufferedImage(window.getContentPane().getWidth(), window.getContentPane().getHeight(),
          BufferedImage.TYPE_INT_RGB);
      window.getContentPane().paint(image.getGraphics());
      shot.set(image);
      window.dispose();
      detections.componentClosed();
      SnapSelection.selectNode(null);
    });
    Files.createDirectories(SHOTS);
    ImageIO.write(shot.get(), "png", SHOTS.resolve("detections-panel.png").toFile());
    Set<Integer> colours = new HashSet<>();
    BufferedImage image = shot.get();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 20, "the capture is nearly blank: " + colours.size() + " colours");
  }
}
