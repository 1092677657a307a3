package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.lite.ModuleProperties;
import org.dlinsar.lite.Parallelism;
import org.dlinsar.lite.TileCacheSize;
import org.dlinsar.lite.cli.Launcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gpt's options that print instead of running, and those bin/dlinsar refuses headless. */
class GptOptionsTest {

  private static final Path STACK = Path.of(System.getProperty("dlinsar.root", ".."))
      .resolve("test-products/mining-256x192.dim");

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final String parallelism = System.getProperty(Parallelism.PROPERTY);
  private final String tileCache = System.getProperty(TileCacheSize.PROPERTY);

  /** -c and -q set the engine's properties for the JVM; the other tests' runs get theirs back. */
  @AfterEach
  void restoreTheEnginesProperties() {
    restore(Parallelism.PROPERTY, parallelism);
    restore(TileCacheSize.PROPERTY, tileCache);
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  private int launch(String... args) {
    return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String outText() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void diagPrintsTheVersionJavaMemoryCacheParallelismAndTheOperatorsFoundAsGptDoes() {
    assertEquals(0, launch("--diag", "-c", "256M", "-q", "3"), errText());
    List<String> lines = outText().lines().toList();

    assertEquals("DL-InSAR version " + ModuleProperties.buildVersion(), lines.get(0));
    assertTrue(lines.contains("Java version: " + System.getProperty("java.version")), outText());
    assertTrue(lines.contains("Java home: " + System.getProperty("java.home")), outText());
    assertTrue(lines.contains("Processors: " + Runtime.getRuntime().availableProcessors()), outText());
    assertTrue(lines.stream().anyMatch(line -> line.matches("Max memory: \\d+\\.\\d [KMG]B")), outText());
    assertTrue(lines.contains("Cache size: 256.0 MB"), "-c applied, as gpt shows it: " + outText());
    assertTrue(lines.contains("Tile parallelism: 3"), "-q applied: " + outText());
    for (String alias : List.of("Read", "Write", "DL-Mask", "Phase-Gradient-Stack", "DL-Detect", "DL-Unwrap",
        "Local-SBAS")) {
      assertTrue(lines.stream().anyMatch(line -> line.startsWith("  " + alias + " ")), alias + ": " + outText());
    }
    assertEquals("", errText());
  }

  @Test
  void diagWithAnOperatorPrintsInsteadOfRunningAndHelpWinsAsInGpt() {
    Path target = dir.resolve("masked.dim");
    assertEquals(0, launch("DL-Mask", "--diag", "-t", target.toString(), STACK.toString()), errText());
    assertTrue(outText().startsWith("DL-InSAR version "), outText());
    assertFalse(Files.exists(target), "the operator ran");

    out.reset();
    assertEquals(0, launch("DL-Mask", "--diag", "-h"));
    assertTrue(outText().startsWith("Usage:\n  dlinsar DL-Mask"), outText());
  }

  @Test
  void oformatAndIformatListTheFormatsWrittenAndRead() {
    assertEquals(0, launch("-oformat"), errText());
    assertEquals(List.of("Output formats: ", "BEAM-DIMAP (.dim)"), outText().lines().toList());

    out.reset();
    assertEquals(0, launch("-iformat"), errText());
    List<String> lines = outText().lines().toList();
    assertEquals(List.of("Input formats: ", "BEAM-DIMAP (.dim)"), lines.subList(0, 2));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("DL-InSAR-LiCSAR (")), outText());
  }

  @Test
  void velocityTemplatesAreRefusedNamingTheOptionAndWhyBeforeAnythingIsWritten() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("meta.xml.vm"), "<product>$targetProduct.name</product>\n");
    Path target = dir.resolve("masked.dim");

    assertEquals(2, launch("DL-Mask", "-v", templates.toString(), "-t", target.toString(),
        STACK.toString()));
    assertEquals(List.of("Error: Option '-v' is not supported headless: in gpt it runs the Velocity templates in"
        + " <dir> to write text files beside the target, and this launcher has no Velocity engine; run gpt for"
        + " templates"), errText().lines().toList());
    assertFalse(Files.exists(target));

    err.reset();
    Path metadata = Files.writeString(dir.resolve("metadata.properties"), "mission=S1\n");
    assertEquals(2, launch("DL-Mask", "-m", metadata.toString(), "-t", target.toString(), STACK.toString()));
    assertEquals(List.of("Error: Option '-m' is not supported headless: in gpt it gives metadata to the Velocity"
        + " templates of -v, and this launcher has no Velocity engine; run gpt for templates"),
        errText().lines().toList());
    assertFalse(Files.exists(target));
  }
}
