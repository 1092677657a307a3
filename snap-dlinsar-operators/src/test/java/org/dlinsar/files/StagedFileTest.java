package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFileTest {

  @TempDir
  Path dir;

  @Test
  void replacesTheFileWholeAndMakesItsFolder() throws IOException {
    Path file = dir.resolve("new/folder/report.md");
    StagedFile.writeText(file, "report", "first");
    StagedFile.writeText(file, "report", "second");
    assertEquals("second", Files.readString(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary left");
    }
  }

  /**
   * Two files renamed together: when the second cannot be renamed (here a folder that came in
   * its way; on Windows, a CSV open in another program) the first is put back as it was, or
   * deleted where it was new, so the pair never mixes two runs.
   */
  @Test
  void aPairWhoseSecondRenameFailsIsLeftAsItWas() throws IOException {
    Path features = dir.resolve("out.detections.geojson");
    Path rows = dir.resolve("out.detections.csv");
    for (String old : new String[] {"old", null}) {
      if (old != null) {
        Files.writeString(features, old);
      }
      StagedFile.Staged first = StagedFile.stage(features, "detections file", out -> out.write('n'));
      StagedFile.Staged second = StagedFile.stage(rows, "detections file", out -> out.write('n'));
      Files.createDirectories(rows.resolve("in the way"));

      IOException e = assertThrows(IOException.class, () -> StagedFile.commitBoth(first, second));

      assertTrue(e.getMessage().startsWith("cannot write detections file " + rows + ": "), e.getMessage());
      assertEquals(old, Files.exists(features) ? Files.readString(features) : null);
      try (var files = Files.list(dir)) {
        assertEquals(Stream.of(features, rows).filter(Files::exists).sorted().toList(), files.sorted().toList(),
            "no temporary or old version left");
      }
      Files.delete(rows.resolve("in the way"));
      Files.delete(rows);
      StagedFile.commitBoth(StagedFile.stage(features, "detections file", out -> out.write('n')),
          StagedFile.stage(rows, "detections file", out -> out.write('n')));
      assertEquals("n", Files.readString(features));
      assertEquals("n", Files.readString(rows));
      Files.delete(features);
      Files.delete(rows);
    }
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
    Path file = dir.resolve("sites.json");
    Files.writeString(file, "old");
    IOException e = assertThrows(IOException.class, () -> StagedFile.write(file, "site list",
        out -> {
          out.write("half a fi".getBytes(StandardCharsets.UTF_8));
          throw new IOException("disk full");
        }));
    assertEquals("cannot write site list " + file + ": disk full", e.getMessage());
    assertEquals("old", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary left");
    }
  }

  /**
   * -PdetectionsFile=sites.json/x.geojson, where sites.json is a file: the error was the failed
   * clean-up's, "/.../sites.json/.x.geojson.tmp...: Not a directory", naming neither the file
   * asked for nor what was wrong.
   */
  @Test
  void aFileWhereItsFolderShouldBeIsNamed() throws IOException {
    Path notAFolder = dir.resolve("sites.json");
    Files.writeString(notAFolder, "{}");
    for (Path file : List.of(notAFolder.resolve("x.geojson"), notAFolder.resolve("sub/x.geojson"))) {
      IOException e = assertThrows(IOException.class, () -> StagedFile.writeText(file, "detections file", "{}"));
      assertEquals("cannot write detections file " + file + ": " + notAFolder + " is a file, not a folder",
          e.getMessage());
    }
    assertEquals("{}", Files.readString(notAFolder));
  }

  /** NIO's file exceptions carry the bare path: "cannot write ...: /data/.x.tmp1" said nothing of the fault. */
  @Test
  void aFileSystemFaultIsPutIntoWords() throws IOException {
    Path file = dir.resolve("d.timeseries.csv");
    IOException e = assertThrows(IOException.class, () -> StagedFile.write(file, "time-series file", out -> {
      throw new AccessDeniedException("/data/.d.timeseries.csv.tmp1");
    }));
    assertEquals("cannot write time-series file " + file + ": /data/.d.timeseries.csv.tmp1: permission denied",
        e.getMessage());
    assertEquals("/x: no such file or folder", StagedFile.inWords(new NoSuchFileException("/x")));
    assertEquals("/x: Read-only file system", StagedFile.inWords(new FileSystemException("/x", null,
        "Read-only file system")));
    assertEquals("EOFException", StagedFile.inWords(new java.io.EOFException()));
  }

  @Test
  void eachWriteHasATemporaryOfItsOwnThatNoOtherWriteDeletes() throws IOException {
    // two runs writing one file at once: neither may delete or move the other's half-written file
    Path file = dir.resolve("d.detections.csv");
    List<Path> temporaries = new ArrayList<>();
    StagedFile.write(file, "detections file", first -> {
      first.write("first, half".getBytes(StandardCharsets.UTF_8));
      first.flush();
      temporaries.addAll(temporaries());
      StagedFile.write(file, "detections file", second -> {
        List<Path> both = temporaries();
        both.removeAll(temporaries);
        temporaries.addAll(both);
        second.write("second".getBytes(StandardCharsets.UTF_8));
      });
      assertEquals("first, half", Files.readString(temporaries.get(0)), "the other write touched this one's temporary");
      first.write(", whole".getBytes(StandardCharsets.UTF_8));
    });
    assertEquals(2, temporaries.size(), temporaries.toString());
    assertNotEquals(temporaries.get(0), temporaries.get(1));
    assertTrue(temporaries.get(1).getFileName().toString().startsWith(".d.detections.csv.tmp"),
        temporaries.toString());
    assertEquals("first, half, whole", Files.readString(file));
  }

  private List<Path> temporaries() throws IOException {
    try (var files = Files.list(dir)) {
      return new ArrayList<>(files.filter(f -> f.getFileName().toString().contains(".tmp")).toList());
    }
  }

  @Test
  void aLinkOrFilePlantedAtTheTemporaryNameIsNeitherFollowedNorOverwritten() throws IOException {
    // someone who can write the folder and guessed (or saw) the random name puts a link there first
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "the victim's");
    Path file = dir.resolve("report.md");
    String planted = ".report.md.tmp-planted";
    Files.createSymbolicLink(dir.resolve(planted), victim);

    IOException e = assertThrows(IOException.class,
        () -> StagedFile.write(file, "report", out -> out.write("new".getBytes(StandardCharsets.UTF_8)),
            kind -> planted, ExitDeletions.JVM));
    assertEquals("cannot write report " + file + ": its temporary name " + planted + " is already taken by a file"
        + " or link that this write did not make; it is left alone (is someone else writing in " + dir + "?)",
        e.getMessage());
    assertEquals("the victim's", Files.readString(victim));
    assertTrue(Files.isSymbolicLink(dir.resolve(planted)), "the planted link is left alone");
    assertFalse(Files.exists(file));

    Files.delete(dir.resolve(planted));
    Files.writeString(dir.resolve(planted), "a planted file");
    assertThrows(IOException.class, () -> StagedFile.write(file, "report",
        out -> out.write("new".getBytes(StandardCharsets.UTF_8)), kind -> planted, ExitDeletions.JVM));
    assertEquals("a planted file", Files.readString(dir.resolve(planted)));
    assertFalse(Files.exists(file));
  }

  /**
   * SIGTERM during a write: the JVM's shutdown hooks run while the writer thread goes on, and the
   * JVM may halt before the writer's own cleanup. The temporary the hook deleted must not be
   * written on, renamed into place or made again afterwards.
   */
  @Test
  void aShutdownDuringTheWriteDeletesTheTemporaryAndNoneIsMadeAfter() throws IOException {
    Path file = dir.resolve("sites.json");
    Files.writeString(file, "old");
    ExitDeletions exit = new ExitDeletions(false);
    assertThrows(IOException.class, () -> StagedFile.write(file, "site list", out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      assertEquals(1, exit.files().size(), "the temporary is deleted at shutdown");
      exit.deleteAll();
      out.write(" a file".getBytes(StandardCharsets.UTF_8));
    }, RunOwnedTemp::uniqueName, exit));
    assertEquals("old", Files.readString(file));

    IOException after = assertThrows(IOException.class, () -> StagedFile.write(file, "site list",
        out -> out.write("new".getBytes(StandardCharsets.UTF_8)), RunOwnedTemp::uniqueName, exit));
    assertEquals("cannot write site list " + file + ": not created: the JVM is shutting down", after.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary left");
    }
  }

  @Test
  void aWrittenFileIsNoLongerDeletedAtShutdown() throws IOException {
    ExitDeletions exit = new ExitDeletions(false);
    Path file = dir.resolve("report.md");
    StagedFile.write(file, "report", out -> out.write("whole".getBytes(StandardCharsets.UTF_8)),
        RunOwnedTemp::uniqueName, exit);
    assertEquals(Set.of(), exit.files());
    exit.deleteAll();
    assertEquals("whole", Files.readString(file));
  }

  @Test
  void aTemporaryThatAKilledRunLeftIsDeletedByTheNextWrite() throws IOException {
    Path file = dir.resolve("d.detections.csv");
    // process ids are below 2^22 on Linux: this one has ended, or never was
    Path left = dir.resolve(".d.detections.csv.tmp99999999-" + RunOwnedTemp.namespaceToken() + "-0a1b2c3d");
    Files.writeString(left, "half");
    StagedFile.writeText(file, "detections file", "whole");
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }
}
