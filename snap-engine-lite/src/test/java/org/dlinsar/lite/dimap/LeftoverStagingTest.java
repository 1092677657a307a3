package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverStagingTest {

  private static final String NEW_HEADER = "<?xml version=\"1.0\"?>\n<Dimap_Document name=\"new.dim\"/>\n";

  @TempDir
  Path dir;

  private DimapTarget target() throws IOException {
    return DimapTarget.of(dir.resolve("p.dim").toFile());
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** What a run killed while computing leaves: staged header, staged folder and its lock file. */
  private void stagedByADeadRun(String token) throws IOException {
    Files.writeString(dir.resolve(".p.dim.tmp-" + token), NEW_HEADER);
    Files.createDirectory(dir.resolve(".p.data.tmp-" + token));
    Files.writeString(dir.resolve(".p.data.tmp-" + token + "/phase.img"), "new pixels");
    Files.createFile(dir.resolve(".p.dim.lock-" + token));
  }

  /** A previous product moved aside by a commit: {@code .p.dim.old-<token>} and {@code .p.data.old-<token>}. */
  private void previousProductAside(String token) throws IOException {
    Files.writeString(dir.resolve(".p.dim.old-" + token), StagedProductFilesTest.OLD_HEADER);
    Files.createDirectory(dir.resolve(".p.data.old-" + token));
    Files.writeString(dir.resolve(".p.data.old-" + token + "/phase.img"), "old pixels");
  }

  @Test
  void deletesWhatADeadWriteStaged() throws IOException {
    stagedByADeadRun("0badc0de");

    target().prepare();

    assertEquals(List.of(), names());
  }

  @Test
  void keepsNamesThatAreNotThisTargetsStagingPattern() throws IOException {
    Files.createDirectory(dir.resolve(".q.data.tmp-0badc0de"));
    Files.createDirectory(dir.resolve(".p.data.tmp-mine"));
    Files.createDirectory(dir.resolve(".p.data.tmp-0badc0de0"));
    Files.createDirectory(dir.resolve("p.data.tmp-0badc0de"));
    Files.createDirectory(dir.resolve(".p.dim.tmp-0badc0de"));
    Files.writeString(dir.resolve(".p.data.tmp-0badc0de"), "a file where a folder is staged");

    target().prepare();

    assertEquals(List.of(".p.data.tmp-0badc0de", ".p.data.tmp-0badc0de0", ".p.data.tmp-mine", ".p.dim.tmp-0badc0de",
        ".q.data.tmp-0badc0de", "p.data.tmp-0badc0de"), names());
  }

  @Test
  void keepsTheStagingOfAWriteInProgress() throws IOException {
    StagedProductFiles live = StagedProductFiles.stage(target());
    live.createDataFolder();

    target().prepare();

    assertTrue(Files.isDirectory(live.dataFolder()), names().toString());
    live.discard(new IOException("test over"));
    assertEquals(List.of(), names());
  }

  @Test
  void putsBackAPreviousProductThatAnInterruptedCommitHadMovedAside() throws IOException {
    stagedByADeadRun("0badc0de");
    previousProductAside("0badc0de");

    target().prepare();

    assertEquals(List.of("p.data", "p.dim"), names());
    assertEquals(StagedProductFilesTest.OLD_HEADER, Files.readString(dir.resolve("p.dim")));
    assertEquals("old pixels", Files.readString(dir.resolve("p.data/phase.img")));
  }

  @Test
  void putsBackAHeaderMovedAsideBeforeItsDataFolder() throws IOException {
    stagedByADeadRun("0badc0de");
    Files.writeString(dir.resolve(".p.dim.old-0badc0de"), StagedProductFilesTest.OLD_HEADER);
    Files.createDirectory(dir.resolve("p.data"));
    Files.writeString(dir.resolve("p.data/phase.img"), "old pixels");

    target().prepare();

    assertEquals(List.of("p.data", "p.dim"), names());
    assertEquals(StagedProductFilesTest.OLD_HEADER, Files.readString(dir.resolve("p.dim")));
  }

  @Test
  void keepsThePreviousProductAsideOnceNewFilesWerePlaced() throws IOException {
    previousProductAside("0badc0de");
    Files.writeString(dir.resolve("p.dim"), NEW_HEADER);
    Files.createDirectory(dir.resolve("p.data"));
    Files.writeString(dir.resolve("p.data/phase.img"), "new pixels");
    Files.createFile(dir.resolve(".p.dim.lock-0badc0de"));

    target().prepare();

    assertEquals(List.of(".p.data.old-0badc0de", ".p.dim.old-0badc0de", "p.data", "p.dim"), names());
    assertEquals(NEW_HEADER, Files.readString(dir.resolve("p.dim")));
    assertEquals("old pixels", Files.readString(dir.resolve(".p.data.old-0badc0de/phase.img")));
  }
}
