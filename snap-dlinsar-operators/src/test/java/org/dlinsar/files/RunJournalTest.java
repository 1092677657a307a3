package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.lite.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJournalTest {

  @TempDir
  Path dir;

  @AfterEach
  void closeTheJournal() {
    RunJournal.keep();
    // a test's stop ends with its journal: the next test's writes are not refused
    RunJournal.open();
    RunJournal.keep();
  }

  @Test
  void aFailedRunPutsBackWhatItReplacedAndRemovesWhatItAdded() throws IOException {
    Path replaced = dir.resolve("a.detections.csv");
    Path added = dir.resolve("a.timeseries.csv");
    Files.writeString(replaced, "before");
    RunJournal.open();
    StagedFile.writeText(replaced, "detections file", "during");
    StagedFile.writeText(replaced, "detections file", "during, again");
    StagedFile.writeText(added, "time-series file", "new");
    assertEquals("during, again", Files.readString(replaced), "the run reads its own files");

    RunJournal.rollBack();

    assertEquals("before", Files.readString(replaced));
    assertFalse(Files.exists(added));
    assertEquals(List.of("a.detections.csv"), names());
  }

  /** The warning says what went wrong in words, as the run's error lines do, not as an exception prints. */
  @Test
  void aVersionThatCannotBePutBackIsOneWarningInWords() throws IOException {
    Path replaced = dir.resolve("a.detections.csv");
    Files.writeString(replaced, "before");
    RunJournal.open();
    StagedFile.writeText(replaced, "detections file", "during");
    try (var files = Files.list(dir)) {
      for (Path kept : files.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
        Files.delete(kept); // someone removed the kept version meanwhile
      }
    }
    try (LogCapture log = LogCapture.warnings()) {
      RunJournal.rollBack();
      assertEquals(1, log.messages().size(), log.messages().toString());
      String line = log.messages().get(0);
      assertTrue(line.startsWith("could not restore " + replaced + " as it was before the failed run: ")
          && line.endsWith(": no such file or folder") && !line.contains("java."), line);
    }
  }

  @Test
  void aRunThatSucceedsKeepsItsFilesAndDropsThePreviousOnes() throws IOException {
    Path replaced = dir.resolve("a.detections.csv");
    Files.writeString(replaced, "before");
    RunJournal.open();
    StagedFile.writeText(replaced, "detections file", "after");

    RunJournal.keep();

    assertEquals("after", Files.readString(replaced));
    assertEquals(List.of("a.detections.csv"), names());
  }

  @Test
  void filesKeptSoFarStayWhenALaterStepFails() throws IOException {
    Path chain = dir.resolve("chain.detections.csv");
    Path report = dir.resolve("report.md");
    RunJournal.open();
    StagedFile.writeText(chain, "detections file", "the chain's");
    RunJournal.keepSoFar();
    StagedFile.writeText(report, "report", "half a run");

    RunJournal.rollBack();

    assertEquals("the chain's", Files.readString(chain), "its product is in place");
    assertFalse(Files.exists(report));
  }

  @Test
  void aFileTheFailedRunCouldNotWriteIsNotOneItCouldNotRestore() throws IOException {
    // a name of 256 bytes: the write fails, and there was nothing before to restore or warn about
    Path tooLong = dir.resolve("a".repeat(256 - ".detections.geojson".length()) + ".detections.geojson");
    try (LogCapture log = LogCapture.warnings()) {
      RunJournal.open();
      assertThrows(IOException.class, () -> StagedFile.writeText(tooLong, "detections file", "new"));

      RunJournal.rollBack();

      assertEquals(List.of(), log.messages());
    }
    assertEquals(List.of(), names());
  }

  @Test
  void withoutAJournalFilesAreWrittenAsBefore() throws IOException {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "before");
    StagedFile.writeText(file, "detections file", "after");
    RunJournal.rollBack();
    assertEquals("after", Files.readString(file), "no journal open: nothing to roll back");
  }

  @Test
  void twoRunsKeepTheVersionsTheyReplaceUnderNamesOfTheirOwn() throws IOException {
    // two runs of one target overlapping: neither may move over, restore or delete the other's backup
    Path replaced = dir.resolve("d.detections.geojson");
    Files.writeString(replaced, "first");
    RunJournal.open();
    StagedFile.writeText(replaced, "detections file", "second");
    List<String> firstRun = names();
    RunJournal.keep();
    RunJournal.open();
    StagedFile.writeText(replaced, "detections file", "third");
    List<String> secondRun = names();
    RunJournal.rollBack();

    String firstBackup = hidden(firstRun);
    String secondBackup = hidden(secondRun);
    assertTrue(firstBackup.startsWith(".d.detections.geojson.previous"), firstBackup);
    assertTrue(secondBackup.startsWith(".d.detections.geojson.previous"), secondBackup);
    assertNotEquals(firstBackup, secondBackup);
    assertNotEquals(RunJournal.backupOf(replaced), RunJournal.backupOf(replaced));
    assertEquals("second", Files.readString(replaced));
  }

  @Test
  void aProductPutInPlaceTakesTheOldProductsSideFilesItDidNotWrite() throws IOException {
    Path header = dir.resolve("det.dim");
    Path oldDetections = dir.resolve("det.detections.geojson");
    Path oldSeries = dir.resolve("det.timeseries.csv");
    Path written = dir.resolve("det.detections.csv");
    Path otherProducts = dir.resolve("other.detections.geojson");
    for (Path file : List.of(oldDetections, oldSeries, written, otherProducts)) {
      Files.writeString(file, "old");
    }
    RunJournal.open();
    StagedFile.writeText(written, "detections file", "new");
    RunJournal.placingProduct(header);
    assertEquals(List.of("det.detections.csv", "other.detections.geojson"), visible());

    RunJournal.rollBack();
    assertEquals("old", Files.readString(oldDetections), "a failed run puts them back");
    assertEquals("old", Files.readString(oldSeries));
    assertEquals("old", Files.readString(written));

    RunJournal.open();
    RunJournal.placingProduct(header);
    RunJournal.keep();
    assertEquals(List.of("other.detections.geojson"), names(), "a run that wrote none: all go with the old product");
  }

  /**
   * A folder of the user's at the name of a file the run writes was moved aside as the version
   * replaced, then left under a hidden name with a warning when the run succeeded (deleted, were it
   * empty), exit 0. It is refused in one line naming it, and stays where it is.
   */
  @Test
  void aFolderAtTheNameOfAFileTheRunWritesIsRefusedAndStaysWhereItIs() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("det.detections.csv"));
    Files.writeString(folder.resolve("notes.txt"), "mine");
    RunJournal.open();

    IOException refused = assertThrows(IOException.class,
        () -> StagedFile.writeText(folder, "detections file", "id,class"));
    RunJournal.rollBack();

    assertEquals("cannot write detections file " + folder + ": a folder is there, not a file to replace; it is"
        + " left alone, so move it away or choose another name", refused.getMessage());
    assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
    assertEquals(List.of("det.detections.csv"), names(), "no temporary, no backup");

    // outside a run (SNAP) too, in the same words
    IOException outside = assertThrows(IOException.class,
        () -> StagedFile.writeText(folder, "detections file", "id,class"));
    assertEquals(refused.getMessage(), outside.getMessage());
    assertEquals(List.of("det.detections.csv"), names());
  }

  @Test
  void aFolderAtTheNameOfTheOldProductsSideFileIsRefusedNotTakenAwayWithIt() throws IOException {
    Path header = dir.resolve("det.dim");
    Path folder = Files.createDirectory(dir.resolve("det.timeseries.csv"));
    Files.writeString(folder.resolve("notes.txt"), "mine");
    RunJournal.open();

    IOException refused = assertThrows(IOException.class, () -> RunJournal.placingProduct(header));
    RunJournal.keep();

    assertEquals("cannot put the product " + header + " in place: " + folder + " is a folder, not a file of the"
        + " product it replaces; it is left alone, so move it away or choose another target", refused.getMessage());
    assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
    assertEquals(List.of("det.timeseries.csv"), names());
  }

  /**
   * A stop (Ctrl-C, SIGTERM) rolls the journal back from the signal's thread while a writer
   * thread goes on: the journal was closed, so the writer's rename replaced the previous
   * version with nothing kept aside, and the run exited 143 without the file it had promised
   * to put back. Here the stop comes while the content is written, as it may.
   */
  @Test
  void aStopWhileAFileIsWrittenLeavesThePreviousVersion() throws IOException {
    Path file = dir.resolve("det.detections.geojson");
    Files.writeString(file, "before");
    RunJournal.open();

    IOException refused = assertThrows(IOException.class, () -> StagedFile.write(file, "detections file", out -> {
      out.write("new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      RunJournal.stop();
    }));

    assertTrue(refused.getMessage().startsWith("cannot write detections file " + file + ": "), refused.getMessage());
    assertEquals("before", Files.readString(file));
    assertEquals(List.of("det.detections.geojson"), names(), "no temporary, no backup");
  }

  /** A file the run has not begun when it is stopped is not written either, new or replacing. */
  @Test
  void aStoppedRunWritesNoFileAfterTheRollBack() throws IOException {
    Path replaced = dir.resolve("det.timeseries.csv");
    Path added = dir.resolve("det.detections.csv");
    Files.writeString(replaced, "before");
    RunJournal.open();
    RunJournal.stop();

    assertThrows(IOException.class, () -> StagedFile.writeText(replaced, "time-series file", "new"));
    assertThrows(IOException.class, () -> StagedFile.writeText(added, "detections file", "new"));

    assertEquals("before", Files.readString(replaced));
    assertEquals(List.of("det.timeseries.csv"), names());
  }

  /**
   * A product committed after the stop's roll-back would stand beside the old product's side
   * files just put back: its placing is refused, so the commit fails and the write is discarded.
   */
  @Test
  void aStoppedRunPutsNoProductInPlace() throws IOException {
    Path header = dir.resolve("det.dim");
    Path oldDetections = dir.resolve("det.detections.geojson");
    Files.writeString(oldDetections, "old");
    RunJournal.open();
    RunJournal.stop();

    assertThrows(IOException.class, () -> RunJournal.placingProduct(header));
    assertEquals("old", Files.readString(oldDetections));
  }

  /**
   * A stop that came while a product was being put in place (after its placing moved the old
   * product's side files aside, before its renames) rolled back at once: the old side files came
   * back, this run's went, and the commit then put the new product beside them, exit 143. The
   * stop now waits for the product being placed; once in place, the files this run wrote beside it
   * stay with it, and only the rest is put back.
   */
  @Test
  void aStopDuringAProductsPlacingWaitsAndLeavesTheNewProductWithItsSideFiles() throws Exception {
    Path header = dir.resolve("det.dim");
    Path detections = dir.resolve("det.detections.geojson");
    Path oldSeries = dir.resolve("det.timeseries.csv");
    Path report = dir.resolve("report.md");
    for (Path file : List.of(detections, oldSeries, report)) {
      Files.writeString(file, "old");
    }
    RunJournal.open();
    StagedFile.writeText(detections, "detections file", "new");
    StagedFile.writeText(report, "report", "new");
    RunJournal.placingProduct(header);

    Thread stop = new Thread(RunJournal::stop, "test stop");
    stop.start();
    awaitWaitingOrEnded(stop);
    assertEquals("new", Files.readString(detections), "the stop waits for the product being placed");
    assertThrows(IOException.class, () -> RunJournal.placingProduct(dir.resolve("other.dim")),
        "no other product is placed once the stop came");
    RunJournal.placedProduct(header, true);
    stop.join(10_000);

    assertFalse(stop.isAlive());
    assertEquals("new", Files.readString(detections), "the new product's side file stays with it");
    assertFalse(Files.exists(oldSeries), "the old product's side file went with it");
    assertEquals("old", Files.readString(report), "a file not of the product is put back");
    assertEquals(List.of("det.detections.geojson", "report.md"), names(), "no backup left");
  }

  /** A commit whose renames failed put the old product back: a stop then puts back its side files too. */
  @Test
  void aStopAfterAFailedPlacingPutsTheOldSideFilesBack() throws Exception {
    Path header = dir.resolve("det.dim");
    Path detections = dir.resolve("det.detections.geojson");
    Path oldSeries = dir.resolve("det.timeseries.csv");
    Files.writeString(detections, "old");
    Files.writeString(oldSeries, "old");
    RunJournal.open();
    StagedFile.writeText(detections, "detections file", "new");
    RunJournal.placingProduct(header);

    Thread stop = new Thread(RunJournal::stop, "test stop");
    stop.start();
    awaitWaitingOrEnded(stop);
    RunJournal.placedProduct(header, false);
    stop.join(10_000);

    assertFalse(stop.isAlive());
    assertEquals("old", Files.readString(detections));
    assertEquals("old", Files.readString(oldSeries));
    assertEquals(List.of("det.detections.geojson", "det.timeseries.csv"), names());
  }

  /**
   * Once a product is in place, a later failure (another product of the graph, the report) puts
   * back the other files, not those of the product in place: it and its side files are one unit.
   */
  @Test
  void aFailedRunKeepsTheSideFilesOfAProductAlreadyInPlace() throws IOException {
    Path header = dir.resolve("det.dim");
    Path detections = dir.resolve("det.detections.geojson");
    Path series = dir.resolve("sbas.timeseries.csv");
    Files.writeString(detections, "old");
    Files.writeString(series, "old");
    RunJournal.open();
    StagedFile.writeText(detections, "detections file", "new");
    StagedFile.writeText(series, "time-series file", "new");
    RunJournal.placingProduct(header);
    RunJournal.placedProduct(header, true);

    RunJournal.rollBack();

    assertEquals("new", Files.readString(detections));
    assertEquals("old", Files.readString(series), "sbas.dim was not placed");
    assertEquals(List.of("det.detections.geojson", "sbas.timeseries.csv"), names());
  }

  /**
   * A pair staged before the stop and renamed after it (a tile thread still running) is refused
   * before the user's file, just put back, is moved at all: it was moved aside and back, and a JVM
   * halted between the two moves left it under a hidden name, never swept.
   */
  @Test
  void aPairRenamedAfterTheStopLeavesTheFilePutBackUntouched() throws IOException {
    Path features = dir.resolve("det.detections.geojson");
    Path rows = dir.resolve("det.detections.csv");
    Files.writeString(features, "old");
    Object changed = Files.getAttribute(features, "unix:ctime");
    RunJournal.open();
    StagedFile.Staged first = StagedFile.stage(features, "detections file", out -> out.write('n'));
    StagedFile.Staged second = StagedFile.stage(rows, "detections file", out -> out.write('n'));
    RunJournal.stop();

    IOException e = assertThrows(IOException.class, () -> StagedFile.commitBoth(first, second));

    assertTrue(e.getMessage().contains("the run is being stopped"), e.getMessage());
    assertEquals(changed, Files.getAttribute(features, "unix:ctime"), "never moved, not even aside and back");
    assertEquals("old", Files.readString(features));
    assertEquals(List.of("det.detections.geojson"), names(), "no temporary left");
  }

  /**
   * The product placed under another spelling of the folder its side files were written in (a
   * {@code ./} or {@code ..} in the target, a link to the folder: -t ./out/det.dim with
   * detectionsFile=out/det.dim) is the same product: its new side files stay with it. They were
   * taken for the old product's and deleted once it was in place (exit 0, no detections), and a
   * failed run left the new ones beside the old product.
   */
  @Test
  void sideFilesWrittenUnderAnotherSpellingOfTheFolderStayWithTheProduct() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), out);
    Path detections = out.resolve("det.detections.geojson");
    for (Path header : List.of(dir.resolve("out/./det.dim"), dir.resolve("x/../out/det.dim"), link.resolve("det.dim"))) {
      Files.writeString(detections, "old");
      RunJournal.open();
      StagedFile.writeText(detections, "detections file", "new");
      RunJournal.placingProduct(header);
      RunJournal.placedProduct(header, true);
      RunJournal.keep();
      assertEquals("new", Files.readString(detections), header.toString());

      Files.writeString(detections, "old");
      RunJournal.open();
      StagedFile.writeText(detections, "detections file", "new");
      RunJournal.placingProduct(header);
      RunJournal.rollBack();
      assertEquals("old", Files.readString(detections), header + ": a failed run puts the old one back");
      try (var files = Files.list(out)) {
        assertEquals(List.of("det.detections.geojson"), files.map(f -> f.getFileName().toString()).toList());
      }
    }
  }

  /** Until {@code thread} waits (for a product being placed) or has ended; a spin, not a guess at a duration. */
  private static void awaitWaitingOrEnded(Thread thread) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TERMINATED) {
      assertTrue(System.nanoTime() < deadline, "the stop neither waited nor ended: " + thread.getState());
      Thread.onSpinWait();
    }
  }

  private List<String> visible() throws IOException {
    return names().stream().filter(n -> !n.startsWith(".")).toList();
  }

  /** The one hidden name among {@code names}. */
  private static String hidden(List<String> names) {
    List<String> hidden = names.stream().filter(n -> n.startsWith(".")).toList();
    assertEquals(1, hidden.size(), names.toString());
    return hidden.get(0);
  }

  private List<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
