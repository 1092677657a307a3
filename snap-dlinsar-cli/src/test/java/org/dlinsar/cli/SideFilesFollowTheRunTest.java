package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dlinsar.files.RunJournal;
import org.dlinsar.files.StagedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideFilesFollowTheRunTest {

  @TempDir
  Path dir;

  @AfterEach
  void endTheJournal() {
    // a final roll-back refuses writes until the next run opens: the next test's are not refused
    RunJournal.open();
    RunJournal.keep();
  }

  /**
   * bin/dlinsar's run failed (a tile's exception) while another thread of it still computed the
   * detections: failed() rolled the journal back and closed it, and that thread's write, before
   * System.exit, replaced the previous detections with nothing kept aside; exit 1 with the old
   * file gone. A failure the JVM exits on is now final as a stop's is: the late write is refused.
   */
  @Test
  void aWriteAfterAFailureTheJvmExitsOnLeavesThePreviousFile() throws IOException {
    Path detections = dir.resolve("det.detections.geojson");
    Files.writeString(detections, "old");
    SideFilesFollowTheRun outcome = new SideFilesFollowTheRun();
    outcome.starting();
    StagedFile.writeText(detections, "detections file", "new");

    outcome.failedBeforeExit();
    assertEquals("old", Files.readString(detections));
    assertThrows(IOException.class, () -> StagedFile.writeText(detections, "detections file", "late"));

    assertEquals("old", Files.readString(detections));
  }

  /** Inside a program (a test, SNAP) a failed run's roll-back ends it and the program writes on. */
  @Test
  void aFailedRunInsideAProgramLetsItWriteOn() throws IOException {
    Path detections = dir.resolve("det.detections.geojson");
    SideFilesFollowTheRun outcome = new SideFilesFollowTheRun();
    outcome.starting();
    outcome.failed();

    StagedFile.writeText(detections, "detections file", "after the run");
    assertEquals("after the run", Files.readString(detections));
  }
}
