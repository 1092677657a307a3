package org.dlinsar.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * Opens the model choice that DL Detect's dialog shows beneath SNAP's generated parameters (mode
 * LANDSLIDE, method DL) in a window (a display is needed: CI runs this under Xvfb) and captures it
 * to target/screenshots/model-choice.png, the README's picture. Only the plugin's own panel: the
 * generated part above it is SNAP's.
 */
class ModelChoiceScreenshotTest {

  private static final Path SHOTS = Path.of("target", "screenshots");

  @Test
  void theModelChoiceIsCapturedWithItsCard() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run");
    AtomicReference<BufferedImage> shot = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      ModelOperatorUI ui = new ModelOperatorUI();
      ui.CreateOpTab("DL-Detect", new HashMap<>(), null);
      ui.getPropertySet().setValue("method", "DL");
      JFrame window = new JFrame("DL Detect: model");
      window.setContentPane(ui.choice());
      window.setSize(760, 300);
      window.setVisible(true);
      window.validate();
      BufferedImage image = new BufferedImage(window.getContentPane().getWidth(),
          window.getContentPane().getHeight(), BufferedImage.TYPE_INT_RGB);
      window.getContentPane().paint(image.getGraphics());
      shot.set(image);
      window.dispose();
    });
    Files.createDirectories(SHOTS);
    ImageIO.write(shot.get(), "png", SHOTS.resolve("model-choice.png").toFile());
    Set<Integer> colours = new HashSet<>();
    BufferedImage image = shot.get();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 10, "the capture is nearly blank: " + colours.size() + " colours");
  }
}
