package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.StackFixtures;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DL-Mask on a stack of 500 interferograms, run by the launcher in a JVM of 512 MB heap with
 * gpt's default tile cache ({@code -c 512M}) and SNAP's tile sizes: each mask band is computed on
 * its own, so memory does not grow with the number of interferograms as a tile stack's would.
 */
class DlMaskManyInterferogramsTest {

  private static final int IFGS = 500;
  private static final int SIZE = 256;
  /** Top-left block without data (0 + 0i): never coherent. */
  private static final int NO_DATA_EDGE = 16;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH);

  @TempDir
  File dir;

  @Test
  void masksFiveHundredInterferogramsInHalfAGigabyteOfHeap() throws Exception {
    File input = new File(dir, "stack.dim");
    ProductIO.writeProduct(stack(), input, "BEAM-DIMAP", false);
    File output = new File(dir, "masked.dim");

    String err = launch("DL-Mask", "-Pmethod=OTSU", "-c", "512M", "-t", output.getPath(), input.getPath());

    Product masked = ProductIO.readProduct(output);
    try {
      for (int k = 0; k < IFGS; k++) {
        Band mask = masked.getBand(BandNames.mask(suffix(k)));
        assertNotNull(mask, "mask of interferogram " + k + "; " + err);
        ProductData samples = mask.createCompatibleRasterData(SIZE, SIZE);
        mask.readRasterData(0, 0, SIZE, SIZE, samples);
        assertArrayEquals(truth(k), (byte[]) samples.getElems(), "mask of interferogram " + k);
      }
    } finally {
      masked.dispose();
    }
  }

  @Test
  void computesEachMaskOnItsOwnSoSnapAllocatesNoTileStack() {
    // SNAP's OperatorContext computes a tile of every target band at once only for operators
    // that implement computeTileStack and not computeTile (operatorMustComputeTileStack)
    DlMaskOp op = new DlMaskOp();

    assertTrue(op.canComputeTile());
    assertFalse(op.canComputeTileStack());
  }

  /** Runs the launcher in a JVM of 512 MB heap; returns its standard error. */
  private String launch(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[6 + args.length];
    command[0] = java;
    command[1] = "-Xmx512m";
    command[2] = "-XX:-UsePerfData";
    command[3] = "-cp";
    command[4] = System.getProperty("java.class.path");
    command[5] = "org.dlinsar.lite.cli.Launcher";
    System.arraycopy(args, 0, command, 6, args.length);
    ProcessBuilder launcher = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = launcher.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), err);
    assertEquals(0, process.exitValue(), err);
    return err;
  }

  /** Interferogram k pairs dates k and k + 1, six days apart. */
  private static String suffix(int k) {
    LocalDate first = LocalDate.of(2020, 1, 1).plusDays(6L * k);
    return "VV_" + DATE.format(first) + "_" + DATE.format(first.plusDays(6));
  }

  /** Decorrelated where a 32-pixel checker pattern, shifted per interferogram, says so. */
  private static boolean decorrelated(int k, int x, int y) {
    return ((x + 3 * k) / 32 + (y + 5 * k) / 32) % 4 == 0;
  }

  private static boolean noData(int x, int y) {
    return x < NO_DATA_EDGE && y < NO_DATA_EDGE;
  }

  private static byte[] truth(int k) {
    byte[] mask = new byte[SIZE * SIZE];
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        mask[y * SIZE + x] = (byte) (decorrelated(k, x, y) || noData(x, y) ? 0 : 1);
      }
    }
    return mask;
  }

  /**
   * 500 interferograms of unit phasors; coherence 0.75 to 0.95 where coherent and 0.1 to 0.25
   * where not, so Otsu's threshold falls in the gap and the mask equals the truth.
   */
  private static Product stack() {
    Product product = StackFixtures.product("many", SIZE, SIZE);
    float[] real = StackFixtures.filled(SIZE * SIZE, 1f);
    for (int y = 0; y < NO_DATA_EDGE; y++) {
      for (int x = 0; x < NO_DATA_EDGE; x++) {
        real[y * SIZE + x] = 0f;
      }
    }
    float[] imaginary = new float[SIZE * SIZE];
    for (int k = 0; k < IFGS; k++) {
      float[] coherence = new float[SIZE * SIZE];
      for (int y = 0; y < SIZE; y++) {
        for (int x = 0; x < SIZE; x++) {
          float wobble = ((x * 7 + y * 13 + k) % 16) / 100f;
          coherence[y * SIZE + x] = decorrelated(k, x, y) ? 0.1f + wobble : 0.8f + wobble;
        }
      }
      StackFixtures.addInterferogram(product, suffix(k), real, imaginary, coherence);
    }
    return product;
  }
}
