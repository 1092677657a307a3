package org.dlinsar.ui.dialogs;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.dlinsar.ui.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * Opens the model choice that DL Detect's dialog shows beneath SNAP's generated parameters (mode
 * LANDSLIDE, method DL) in a window (a display is needed: CI runs this under Xvfb) and captures it
 * to target/screenshots/model-choice.png, the README's picture. Only the plugin's own panel: the
 * generated part above it is SNAP's.
 */
class ModelChoiceScreenshotTest {

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
      shot.set(Screenshots.paint(window.getContentPane()));
      window.dispose();
    });
    Screenshots.save(shot.get(), "model-choice", 10);
  }
}
