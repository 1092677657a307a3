package org.dlinsar.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Container;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Captures of our Swing panels for the README, taken in a window under Xvfb (CI) into target/screenshots. */
public final class Screenshots {

  private static final Path SHOTS = Path.of("target", "screenshots");

  private Screenshots() {
  }

  /** Paints {@code content} (shown in a window) into an image; call on the event thread. */
  public static BufferedImage paint(Container content) {
    BufferedImage image = new BufferedImage(content.getWidth(), content.getHeight(), BufferedImage.TYPE_INT_RGB);
    content.paint(image.getGraphics());
    return image;
  }

  /**
   * Writes {@code image} to {@code target/screenshots/<name>.png} after checking it shows
   * something: more than {@code minColours} colours on a grid of every third pixel.
   */
  public static void save(BufferedImage image, String name, int minColours) throws IOException {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > minColours, name + ": the capture is nearly blank, " + colours.size() + " colours");
    Files.createDirectories(SHOTS);
    ImageIO.write(image, "png", SHOTS.resolve(name + ".png").toFile());
  }
}
