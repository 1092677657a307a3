package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertTrue(Files.notExists(dir.resolve(".sites.json.tmp")));
  }
}
