package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileErrorsTest {

  private static final Path TARGET = Path.of("/data/out.dim");

  @TempDir
  Path dir;

  @Test
  void accessDeniedOnTheFileItselfSaysPermissionDeniedOnce() {
    AccessDeniedException denied = new AccessDeniedException(TARGET.toString());

    IOException translated = FileErrors.cannot("write", TARGET, denied);

    assertEquals("cannot write /data/out.dim: permission denied", translated.getMessage());
    assertSame(denied, translated.getCause());
  }

  @Test
  void failureOnAnotherFileNamesThatFileToo() {
    NoSuchFileException missing = new NoSuchFileException("/data/.out.data.tmp-1234");

    assertEquals("cannot write /data/out.dim: /data/.out.data.tmp-1234: no such file or folder",
        FileErrors.cannot("write", TARGET, missing).getMessage());
  }

  @Test
  void notADirectoryAndOtherFileSystemReasonsAreWords() {
    assertEquals("not a folder", FileErrors.reason(TARGET, new NotDirectoryException(TARGET.toString())));
    assertEquals("Read-only file system",
        FileErrors.reason(TARGET, new FileSystemException(TARGET.toString(), null, "Read-only file system")));
  }

  @Test
  void fileTooLargeSaysWhichLimitItMeans() {
    String reason = FileErrors.reason(TARGET, new IOException("File too large"));

    assertTrue(reason.startsWith("file too large") && reason.contains("ulimit -f"), reason);
  }

  @Test
  void otherMessagesAreKeptAndAMissingOneIsTheExceptionName() {
    assertEquals("No space left on device", FileErrors.reason(TARGET, new IOException("No space left on device")));
    assertEquals("IOException", FileErrors.reason(TARGET, new IOException()));
  }

  @Test
  void requireFileSaysWhatIsThereInstead() throws IOException {
    Path file = Files.writeString(dir.resolve("band.img"), "x");
    Path folder = Files.createDirectory(dir.resolve("folder.img"));
    Path missing = dir.resolve("missing.img");

    FileErrors.requireFile(file, "band file");
    IOException isFolder = assertThrows(IOException.class, () -> FileErrors.requireFile(folder, "band file"));
    IOException notThere =
        assertThrows(FileNotFoundException.class, () -> FileErrors.requireFile(missing, "band file"));

    assertEquals(folder + " is a directory, expected the band file", isFolder.getMessage());
    assertEquals("band file not found: " + missing, notThere.getMessage());
  }
}
