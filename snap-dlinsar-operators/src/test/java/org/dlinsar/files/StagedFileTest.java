package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
    Path file = dir.resolve("sites.json");
    Files.writeString(file, "old");
    IOException e = assertThrows(IOException.class, () -> StagedFile.write(file, "site list",
        tmp -> {
          Files.writeString(tmp, "half a fi");
          throw new IOException("disk full");
        }));
    assertEquals("cannot write site list " + file + ": disk full", e.getMessage());
    assertEquals("old", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary left");
    }
  }

  @Test
  void eachWriteHasATemporaryOfItsOwnThatNoOtherWriteDeletes() throws IOException {
    // two runs writing one file at once: neither may delete or move the other's half-written file
    Path file = dir.resolve("d.detections.csv");
    List<Path> temporaries = new ArrayList<>();
    StagedFile.write(file, "detections file", first -> {
      Files.writeString(first, "first, half");
      StagedFile.write(file, "detections file", second -> {
        temporaries.add(second);
        Files.writeString(second, "second");
      });
      assertEquals("first, half", Files.readString(first), "the other write touched this one's temporary");
      Files.writeString(first, "first");
      temporaries.add(first);
    });
    assertNotEquals(temporaries.get(0), temporaries.get(1));
    assertTrue(temporaries.get(1).getFileName().toString().startsWith(".d.detections.csv.tmp"),
        temporaries.toString());
    assertEquals("first", Files.readString(file));
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
