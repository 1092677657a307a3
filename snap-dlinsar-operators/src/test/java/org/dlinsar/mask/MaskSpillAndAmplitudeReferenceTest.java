package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.dlinsar.files.RunOwnedTemp;
import org.junit.jupiter.api.Test;

/**
 * The mask's spill of tiles and its amplitude reference against what they must give: each tile of
 * a grid of several rows comes back as kept, the spill file goes on close, and the frame's 0 + 0i
 * fill stays out of the ln|z| reference even when it is most of the band (mutation testing found
 * each of these free to break).
 */
class MaskSpillAndAmplitudeReferenceTest {

  /**
   * A band whose frame is mostly fill (0 + 0i, SNAP's no data) around valid samples of |z| = 5:
   * the reference ln|z| is that of the valid samples, ln 5. The existing test has one fill sample
   * against two valid ones, so counting the fill does not move its median.
   */
  @Test
  void theAmplitudeReferenceLeavesOutTheFramesFillEvenWhenItIsMostOfTheBand() {
    int n = 1000;
    float[] re = new float[n];
    float[] im = new float[n];
    for (int i = 700; i < n; i++) {
      re[i] = 3;
      im[i] = 4;
    }
    assertEquals(Math.log(5), MaskInputs.logAmplitudeReference(re, im), 0.005);
    // the same gathered in parts, as a distributed run does
    LogAmplitudeHistogram a = new LogAmplitudeHistogram();
    LogAmplitudeHistogram b = new LogAmplitudeHistogram();
    a.add(Arrays.copyOfRange(re, 0, 500), Arrays.copyOfRange(im, 0, 500));
    b.add(Arrays.copyOfRange(re, 500, n), Arrays.copyOfRange(im, 500, n));
    a.add(b);
    assertEquals(Math.log(5), a.median(), 0.005);
  }

  private static byte[] filled(int n, int value) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) value);
    return b;
  }

  /** Every tile of a 3 x 3 grid of two bands comes back as it was put: no two share a slot. */
  @Test
  void everyTileOfAGridOfSeveralRowsAndColumnsComesBackAsItWasKept() {
    int w = 60;
    int h = 48;
    int tw = 20;
    int th = 16;
    try (MaskTileSpill spill = new MaskTileSpill(2, w, h, tw, th, Logger.getAnonymousLogger())) {
      int value = 1;
      for (int band = 0; band < 2; band++) {
        for (int y = 0; y < h; y += th) {
          for (int x = 0; x < w; x += tw) {
            spill.put(band, new Rectangle(x, y, tw, th), filled(tw * th, value++));
          }
        }
      }
      value = 1;
      for (int band = 0; band < 2; band++) {
        for (int y = 0; y < h; y += th) {
          for (int x = 0; x < w; x += tw) {
            assertArrayEquals(filled(tw * th, value++), spill.get(band, new Rectangle(x, y, tw, th)),
                "band " + band + " tile " + x + "," + y);
          }
        }
      }
    }
  }

  private static List<Path> spillFilesOfThisProcess() throws IOException {
    String prefix = RunOwnedTemp.prefix(MaskTileSpill.KIND);
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
  }

  /** The class comment: "the file is deleted on close" (not only when the JVM exits). */
  @Test
  void closeDeletesTheSpillFile() throws IOException {
    List<Path> before = spillFilesOfThisProcess();
    MaskTileSpill spill = new MaskTileSpill(1, 40, 40, 20, 20, Logger.getAnonymousLogger());
    spill.put(0, new Rectangle(0, 0, 20, 20), filled(400, 5));
    List<Path> open = spillFilesOfThisProcess();
    assertEquals(before.size() + 1, open.size(), "the spill made its file");
    spill.close();
    List<Path> after = spillFilesOfThisProcess();
    assertTrue(after.size() == before.size() && after.containsAll(before), "left: " + after);
  }
}
