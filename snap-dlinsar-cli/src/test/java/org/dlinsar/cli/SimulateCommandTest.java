package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dlinsar.lite.cli.Launcher;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int launch(String... args) {
    return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rejectsAnUnknownOptionWithOneLine() {
    assertEquals(2, launch("simulate", "--colour", "red", "-o", dir.resolve("a.dim").toString()));
    String text = errText();
    assertEquals(1, text.strip().lines().count(), text);
    assertTrue(text.startsWith("Error: simulate: unknown option '--colour'"), text);
  }

  @Test
  void rejectsANonNumericWidthNamingIt() {
    assertEquals(2, launch("simulate", "--width=wide", "-o", dir.resolve("a.dim").toString()));
    assertTrue(errText().contains("--width needs an integer, got 'wide'"), errText());
  }

  @Test
  void rejectsAnIntervalOtherThanSixOrTwelve() {
    assertEquals(2, launch("simulate", "--interval-days", "10", "-o", dir.resolve("a.dim").toString()));
    assertTrue(errText().contains("--interval-days must be 6 or 12, got 10"), errText());
  }

  @Test
  void rejectsAStartDateWhoseAcquisitionsRunPastYear9999NamingIt() {
    Path stack = dir.resolve("late.dim");
    assertEquals(2, launch("simulate", "--start-date", "9999-12-01", "-o", stack.toString()));
    String text = errText();
    assertEquals(1, text.strip().lines().count(), text);
    assertTrue(text.startsWith("Error: simulate: --start-date 9999-12-01 with --dates = 11 and"
        + " --interval-days = 12 runs to +10000-03-30; band names write dates as ddMMMyyyy"), text);
    assertTrue(!Files.exists(stack) && !Files.exists(dir.resolve("late.data")), "files written");
  }

  @Test
  void warnsOfAcquisitionDatesBeforeTheSarEraNamingThem() {
    assertEquals(0, launch("simulate", "--start-date", "1900-01-01", "--width", "16", "--height", "16",
        "--dates", "3", "-o", dir.resolve("old.dim").toString()), errText());
    assertTrue(errText().startsWith("Warning: simulate: acquisition dates 01Jan1900, 13Jan1900, 25Jan1900"
        + " lie outside 1991-2100 (ERS-1 onward); check --start-date\n"), errText());
  }

  @Test
  void rejectsAMissingOutput() {
    assertEquals(2, launch("simulate", "--preset", "mining"));
    assertTrue(errText().contains("-o/--output"), errText());
  }

  @Test
  void printsItsUsageForHelp() {
    assertEquals(0, launch("simulate", "-h"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--interval-days"));
  }

  @Test
  void writesTheStackItsTruthAndItsSitesBesideEachOther() throws Exception {
    Path stack = dir.resolve("sub/demo.dim");
    assertEquals(0, launch("simulate", "--preset", "mixed", "--width", "48", "--height", "40",
        "--dates", "4", "--pairs", "1", "--seed", "3", "-o", stack.toString()), errText());
    assertTrue(Files.exists(dir.resolve("sub/demo.truth.dim")));
    assertTrue(Files.exists(dir.resolve("sub/demo.sites.json")));
    Product read = ProductIO.readProduct(stack.toFile());
    assertEquals("demo", read.getName());
    assertEquals(48, read.getSceneRasterWidth());
    assertEquals(3, java.util.Arrays.stream(read.getBandNames()).filter(n -> n.startsWith("coh_")).count());
    assertTrue(java.util.Arrays.asList(read.getTiePointGridNames()).contains("latitude"));
  }
}
