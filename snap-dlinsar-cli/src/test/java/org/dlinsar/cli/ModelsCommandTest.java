package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.lite.cli.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @Test
  void withNoBundledModelSaysHowToGetOne() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    BundledModels none = BundledModels.load(new URLClassLoader(new URL[] {empty.toUri().toURL()}, null));
    assertEquals(0, new ModelsCommand(() -> none).run(List.of(), print(out), print(out)));
    assertTrue(text().startsWith("No models are bundled yet."), text());
    assertTrue(text().contains("pass modelFile"), text());
  }

  @Test
  void theLaunchersClassPathBundlesTheMaskModel() {
    int status = Launcher.run(new String[] {"models"}, print(out), print(new ByteArrayOutputStream()));
    assertEquals(0, status);
    assertTrue(text().contains("skrau-mask 1.0.0  task mask"), text());
    assertTrue(text().contains("IoU decorrelated: "), text());
  }

  @Test
  void listsEachModelWithItsMetricsAgainstTheClassicalMethod() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("dlinsar-models"));
    Files.writeString(folder.resolve("index.txt"), "mask-test.onnx\n");
    Files.writeString(folder.resolve("mask-test.card.json"), """
        {"name": "mask-test", "version": "0.2.0", "task": "mask", "description": "A test card.",
         "opset": 17,
         "input": {"tensor": "x", "channels": [{"name": "coherence", "mean": 0.5, "std": 0.25}]},
         "output": {"tensor": "y", "channels": ["coherent"]},
         "tile": {"size": 256, "halo": 16, "batch": 4},
         "training": {"recipe": "landslides preset, 40 scenes", "seed": 7, "realism": {}},
         "metrics": [{"name": "IoU decorrelated", "model": 0.81, "classical": 0.66,
                      "classicalMethod": "OTSU", "heldOut": "20 scenes, seeds 9001-9020"}]}
        """);
    BundledModels models = BundledModels.load(new URLClassLoader(new URL[] {dir.toUri().toURL()}, null));

    int status = new ModelsCommand(() -> models).run(List.of(), print(out), print(out));

    assertEquals(0, status);
    List<String> lines = text().lines().toList();
    assertEquals(List.of("1 bundled model(s):", "",
        "mask-test 0.2.0  task mask  tile 256, halo 16  training seed 7",
        "  A test card.",
        "  IoU decorrelated: 0.810 (OTSU 0.660) on 20 scenes, seeds 9001-9020"), lines);
  }

  @Test
  void longHelpPrintsTheUsageAsShortHelpDoes() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream shortHelp = new ByteArrayOutputStream();
    assertEquals(0, Launcher.run(new String[] {"models", "-h"}, print(shortHelp), print(err)));

    int status = Launcher.run(new String[] {"models", "--help"}, print(out), print(err));

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertTrue(text().startsWith("Usage: "), text());
    assertEquals(shortHelp.toString(StandardCharsets.UTF_8), text());
  }

  /** Worded as every other command's usage faults: the option or argument, then where the help is. */
  @Test
  void refusesArgumentsAsTheOtherCommandsDo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, Launcher.run(new String[] {"models", "--all"}, print(out), print(err)));
    assertEquals(2, Launcher.run(new String[] {"models", "--seed=3"}, print(out), print(err)));
    assertEquals(2, Launcher.run(new String[] {"models", "mask"}, print(out), print(err)));

    assertEquals(List.of("Error: models: unknown option '--all'; run dlinsar models --help",
        "Error: models: unknown option '--seed'; run dlinsar models --help",
        "Error: models: unexpected argument 'mask'; run dlinsar models --help"),
        err.toString(StandardCharsets.UTF_8).lines().toList());
    assertEquals("", text());
  }

  private String text() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
