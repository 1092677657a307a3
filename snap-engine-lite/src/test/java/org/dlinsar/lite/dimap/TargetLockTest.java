package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One target spelled two ways in one JVM ({@code out/p.dim} and {@code out/./p.dim}, or through a
 * link to {@code out/}) is one target: the second write was not seen as holding it, opened the
 * lock file again, and Java's OverlappingFileLockException came out with no message, its channel
 * left open (and POSIX drops a process's locks on a file when any channel of it closes).
 */
class TargetLockTest {

  @TempDir
  Path dir;

  @Test
  void oneTargetSpelledTwoWaysIsOneTarget() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), out);
    TargetLock first = TargetLock.take(DimapTarget.of(out.resolve("p.dim").toFile()));
    try {
      for (Path other : new Path[] {out.resolve("./p.dim"), link.resolve("p.dim")}) {
        IOException e = assertThrows(IOException.class, () -> TargetLock.take(DimapTarget.of(other.toFile())));
        assertTrue(e.getMessage() != null && e.getMessage().contains("another run is writing it"),
            other + ": " + e.getMessage());
      }
    } finally {
      first.release();
    }
    TargetLock.take(DimapTarget.of(link.resolve("p.dim").toFile())).release();
  }
}
