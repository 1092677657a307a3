package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
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

  /**
   * Two runs of simulate on one target (cron runs overlapping): the second took the first's
   * staging folder for a killed commit's, deleted it under the first and wrote its own set, and
   * the first failed on a file of a folder gone. A run that writes the target holds it from the
   * start, so the second is refused before it touches anything.
   */
  @Test
  void aSecondRunOnTheTargetIsRefusedAndLeavesTheFirstRunsStagingAlone() throws Exception {
    Path stack = dir.resolve("sim.dim");
    try (AnotherRun first = AnotherRun.holding(stack)) {
      // what the first run has written so far
      Path staged = Files.createDirectories(dir.resolve(".sim.staged")).resolve("sim.dim");
      Files.writeString(staged, "being written");

      int status = launch("simulate", "--width", "16", "--height", "16", "--dates", "3", "-o", stack.toString());

      String text = errText().strip();
      assertEquals(1, status, text);
      assertEquals("Error: simulate: Cannot write " + stack + ": another run is writing it (it holds .sim.dim.lock); wait"
          + " for it to end or choose another target", text);
      assertTrue(Files.exists(staged), "deleted the staging of the run writing the target");
      assertFalse(Files.exists(stack), "wrote the target another run holds");
    }
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
    assertTrue(errText().contains("--width must be an integer from 8 to 100000, got 'wide'"), errText());
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

  /** Before the Gregorian calendar the metadata's days (SNAP's UTC, Julian) and the band names' disagreed. */
  @Test
  void rejectsAStartDateBeforeTheGregorianCalendarNamingIt() {
    Path stack = dir.resolve("julian.dim");
    assertEquals(2, launch("simulate", "--start-date", "1500-01-01", "-o", stack.toString()));
    String text = errText();
    assertEquals(1, text.strip().lines().count(), text);
    assertTrue(text.startsWith("Error: simulate: --start-date 1500-01-01 is before 1582-10-15"), text);
    assertTrue(!Files.exists(stack) && !Files.exists(dir.resolve("julian.data")), "files written");
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
  void aNameTooLongForTheTruthProductsFolderIsRefusedBeforeSimulating() throws IOException {
    // 245 bytes: <name>.data fits in the 255 a file name may have, <name>.truth.data does not
    String name = "a".repeat(245);
    assertEquals(1, launch("simulate", "--width", "16", "--height", "16", "--dates", "3", "-o",
        dir.resolve(name + ".dim").toString()));

    assertEquals("Error: simulate: cannot write file " + dir.resolve(name + ".truth.data") + ": its name is 256 bytes, more"
        + " than the 255 a file name may have; give -o a product name of at most 244 bytes", errText().strip());
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void printsItsUsageForHelp() {
    assertEquals(0, launch("simulate", "-h"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--interval-days"));
  }

  /** The sites and one raster of the stack and of the truth: what tells two seeds apart. */
  private static List<byte[]> fingerprint(Path folder) throws IOException {
    return List.of(Files.readAllBytes(folder.resolve("s.sites.json")),
        Files.readAllBytes(folder.resolve("s.data/coh_VV_04Jan2021_16Jan2021.img")),
        Files.readAllBytes(folder.resolve("s.truth.data/velocity.img")));
  }

  private static void assertSameFiles(List<byte[]> expected, List<byte[]> actual) {
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), "file " + i);
    }
  }

  private static Scene scene(long seed) {
    return ScenePresets.mining(seed).withSize(24, 16)
        .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 3, 1, 0));
  }

  private static List<String> hiddenFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void replacesAnOlderSetButRefusesAUsersFilesOfItsNamesLeavingThemAsTheyWere() throws Exception {
    Path stack = dir.resolve("s.dim");
    PrintStream log = new PrintStream(err, true, StandardCharsets.UTF_8);
    SimulateCommand.writeScene(scene(1), stack, log);
    SimulateCommand.writeScene(scene(2), stack, log); // a set it wrote is replaced

    Path thesis = Files.writeString(dir.resolve("mine.dim"), "my thesis");
    IOException text = assertThrows(IOException.class, () -> SimulateCommand.writeScene(scene(1), thesis, log));
    assertTrue(text.getMessage().contains(thesis + " is a file that is not a BEAM-DIMAP header"), text.getMessage());
    assertEquals("my thesis", Files.readString(thesis));

    Path notes = Files.createDirectories(dir.resolve("d.truth.data")).resolve("notes.txt");
    Files.writeString(notes, "keep");
    IOException folder = assertThrows(IOException.class,
        () -> SimulateCommand.writeScene(scene(1), dir.resolve("d.dim"), log));
    assertTrue(folder.getMessage().contains("d.truth.data is a folder without its header"), folder.getMessage());
    assertEquals("keep", Files.readString(notes));

    Path sites = Files.writeString(dir.resolve("e.sites.json"), "{\"mine\": 1}");
    IOException json = assertThrows(IOException.class,
        () -> SimulateCommand.writeScene(scene(1), dir.resolve("e.dim"), log));
    assertTrue(json.getMessage().contains(sites + ": it is a file that is not a simulated stack's site list"),
        json.getMessage());
    assertEquals("{\"mine\": 1}", Files.readString(sites));
    assertEquals(List.of(), hiddenFiles(dir), "nothing staged is left");
  }

  @Test
  void aFailureBetweenTheRenamesLeavesTheOldStackTruthAndSites() throws Exception {
    Path stack = dir.resolve("s.dim");
    SimulateCommand.writeScene(scene(1), stack, new PrintStream(err, true, StandardCharsets.UTF_8));
    List<byte[]> old = fingerprint(dir);
    int[] moves = {0};
    StagedFileSet.Mover failsAfterTheStack = (from, to) -> {
      if (moves[0]++ == 4) { // the stack's header and data folder are in place by now
        throw new IOException("no space left");
      }
      Files.move(from, to);
    };

    IOException e = assertThrows(IOException.class, () -> SimulateCommand.writeScene(scene(2), stack,
        new PrintStream(err, true, StandardCharsets.UTF_8), failsAfterTheStack));

    assertTrue(e.getMessage().contains("no space left"), e.getMessage());
    assertSameFiles(old, fingerprint(dir));
    assertEquals(List.of(), hiddenFiles(dir));
  }

  @Test
  void aSimulateKilledBetweenTheRenamesIsUndoneByTheNextRun() throws Exception {
    Path reference = Files.createDirectories(dir.resolve("reference"));
    SimulateCommand.writeScene(scene(2), reference.resolve("s.dim"), new PrintStream(err, true, StandardCharsets.UTF_8));
    Path stack = dir.resolve("s.dim");
    SimulateCommand.writeScene(scene(1), stack, new PrintStream(err, true, StandardCharsets.UTF_8));
    List<byte[]> old = fingerprint(dir);
    int[] moves = {0};
    StagedFileSet.Mover killedAfterTheStack = (from, to) -> {
      if (moves[0]++ == 4) {
        throw new StagedFileSetTest.Killed();
      }
      Files.move(from, to);
    };
    assertThrows(StagedFileSetTest.Killed.class, () -> SimulateCommand.writeScene(scene(2), stack,
        new PrintStream(err, true, StandardCharsets.UTF_8), killedAfterTheStack));
    assertFalse(Arrays.equals(old.get(1), fingerprint(dir).get(1)), "the new stack is in place");
    assertArrayEquals(old.get(0), fingerprint(dir).get(0), "beside the old sites");

    // What the next run to that output does first: put the old set back ...
    StagedFileSet.open(dir, "s", List.of("s.dim", "s.data", "s.truth.dim", "s.truth.data", "s.sites.json"),
        Files::move);
    assertSameFiles(old, fingerprint(dir));
    // ... before it writes its own set whole.
    assertEquals(0, launch("simulate", "--preset", "mining", "--width", "24", "--height", "16", "--dates", "3",
        "--pairs", "1", "--seed", "2", "-o", stack.toString()), errText());
    assertSameFiles(fingerprint(reference), fingerprint(dir));
    assertEquals(List.of(), hiddenFiles(dir));
  }

  @Test
  void simulateKilledRightAfterItsStackIsReplacedLeavesNoMixedSet() throws Exception {
    // A real kill, in another JVM: the moment the stack's header changes, the process dies.
    Path reference = Files.createDirectories(dir.resolve("reference"));
    String[] mining = {"simulate", "--preset", "mining", "--width", "128", "--height", "96", "--seed"};
    assertEquals(0, launch(with(mining, "2", "-o", reference.resolve("s.dim").toString())), errText());
    Path stack = dir.resolve("s.dim");
    assertEquals(0, launch(with(mining, "1", "-o", stack.toString())), errText());
    List<byte[]> old = fingerprint(dir);
    Object oldStack = Files.readAttributes(stack, BasicFileAttributes.class).fileKey();

    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
    command.addAll(List.of(with(mining, "2", "-o", stack.toString())));
    Process run = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    while (run.isAlive() && oldStack.equals(fileKey(stack))) {
      Thread.sleep(1);
    }
    run.destroyForcibly().waitFor();

    if (Files.exists(dir.resolve(".s.commit"))) {
      // killed within the commit: the next run to that output puts the old set back first
      StagedFileSet.open(dir, "s", List.of("s.dim", "s.data", "s.truth.dim", "s.truth.data", "s.sites.json"),
          Files::move);
    }
    List<byte[]> now = fingerprint(dir);
    boolean oldSet = Arrays.equals(old.get(0), now.get(0));
    assertSameFiles(oldSet ? old : fingerprint(reference), now);
  }

  private static String[] with(String[] head, String... tail) {
    String[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** The file's identity (its inode), which a rename onto its name changes; null when absent. */
  private static Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
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
