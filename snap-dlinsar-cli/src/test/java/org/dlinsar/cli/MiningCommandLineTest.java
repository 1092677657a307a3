package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dlinsar.lite.cli.Launcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operators' command line, as bin/dlinsar runs it, on a copy of test-products/mining-256x192. */
class MiningCommandLineTest {

  private static final Path PRODUCTS = Path.of(System.getProperty("dlinsar.root", "..")).resolve("test-products");

  @TempDir
  Path dir;

  private Path stack;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copyTheMiningStack() throws IOException {
    stack = dir.resolve("mining-256x192.dim");
    Files.copy(PRODUCTS.resolve("mining-256x192.dim"), stack);
    Path data = PRODUCTS.resolve("mining-256x192.data");
    try (Stream<Path> files = Files.walk(data)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, dir.resolve("mining-256x192.data").resolve(data.relativize(file).toString()));
      }
    }
  }

  private int launch(String... args) {
    return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Asserts a usage error: exit 2, one line naming {@code culprit}, no target written. */
  private void assertUsageError(int status, String culprit, Path target) {
    assertEquals(2, status, errText());
    assertEquals(1, errText().strip().lines().count(), errText());
    assertTrue(errText().contains(culprit), errText());
    assertFalse(Files.exists(target), target + " written");
  }

  @Test
  void dlMaskHelpSaysTheNetworkIsTheDefault() {
    assertEquals(0, launch("DL-Mask", "-h"));
    String help = out.toString(StandardCharsets.UTF_8);
    String method = help.substring(help.indexOf("-Pmethod="));
    assertTrue(method.contains("Default value is 'DL'."), help);
    assertTrue(method.contains("DL (default) by a trained network"), help);
  }

  @Test
  void dlMaskWithoutAMethodMasksByTheBundledNetwork() throws Exception {
    Path byDefault = dir.resolve("default.dim");
    Path network = dir.resolve("network.dim");
    assertEquals(0, launch("DL-Mask", "-t", byDefault.toString(), stack.toString()), errText());
    assertEquals(0, launch("DL-Mask", "-Pmethod=DL", "-t", network.toString(), stack.toString()), errText());
    String band = "mask_ifg_VV_04Jan2021_16Jan2021.img";
    byte[] mask = Files.readAllBytes(dir.resolve("default.data").resolve(band));
    assertTrue(mask.length == 256 * 192, "mask size " + mask.length);
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("network.data").resolve(band)), mask));
    assertTrue(Files.readString(byDefault).contains("DL-Mask DL (model skrau-mask 1.0.0)"),
        "the band's description names the model");
  }

  @Test
  void anAllZeroCoherenceBandMasksNothingAsCoherentAndIsNamedInAWarning() throws Exception {
    String pair = "VV_04Jan2021_16Jan2021";
    Path coherence = dir.resolve("mining-256x192.data/coh_" + pair + ".img");
    Files.write(coherence, new byte[(int) Files.size(coherence)]);
    List<String> warnings = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger.getLogger("").addHandler(handler);
    try {
      Path target = dir.resolve("masked.dim");
      assertEquals(0, launch("DL-Mask", "-t", target.toString(), stack.toString()), errText());
    } finally {
      Logger.getLogger("").removeHandler(handler);
    }
    byte[] mask = Files.readAllBytes(dir.resolve("masked.data/mask_ifg_" + pair + ".img"));
    assertEquals(256 * 192, mask.length);
    assertTrue(IntStream.range(0, mask.length).allMatch(i -> mask[i] == 0), "coherent pixels in an all-zero band");
    assertEquals(List.of("DL-Mask: product 'mining-256x192': 1 of 19 interferograms without data (all NaN or 0): coh_" + pair
        + "; their masks are 0 everywhere"), warnings);
  }

  @Test
  void anEmptyCoherenceThresholdIsRefusedNamingIt() {
    Path target = dir.resolve("t.dim");
    assertUsageError(launch("DL-Mask", "-Pmethod=THRESHOLD", "-PcoherenceThreshold=", "-t", target.toString(),
        stack.toString()), "Parameter 'coherenceThreshold' of operator DL-Mask is empty", target);
  }

  @Test
  void anUnknownSourceIdIsRefusedNamingIt() {
    Path target = dir.resolve("t.dim");
    assertUsageError(launch("DL-Mask", "-Sfoo=" + stack, "-t", target.toString(), stack.toString()),
        "Unknown source '-Sfoo' of operator DL-Mask", target);
  }

  @Test
  void aNegativeTileCacheIsRefusedNamingTheProperty() {
    Path target = dir.resolve("t.dim");
    assertUsageError(launch("-Dsnap.jai.tileCacheSize=-5", "DL-Mask", "-t", target.toString(), stack.toString()),
        "-Dsnap.jai.tileCacheSize must be a number of megabytes", target);
  }

  @Test
  void aThreadCountThatIsNoNumberIsRefusedNamingIt() {
    Path target = dir.resolve("t.dim");
    assertUsageError(launch("DL-Mask", "-q", "many", "-t", target.toString(), stack.toString()),
        "Option '-q' takes the number of threads, an integer (0 or less keeps the default); got 'many'", target);
  }
}
