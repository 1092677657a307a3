package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CappedReadTest {

  @Test
  void readsAFileUpToItsCapWhole(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("a.par"), new byte[1 << 20]);
    assertArrayEquals(new byte[1 << 20], CappedRead.bytes(file, "a GAMMA parameter file", 1 << 20));
  }

  @Test
  void aFileWithoutSizeIsCutAtItsCap() {
    // a device or pipe reports no size: the read itself stops one byte past the cap
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero here");

    IOException e = assertThrows(CappedRead.TooLarge.class, () -> CappedRead.bytes(zero, "a detections file", 1 << 20));

    assertEquals("/dev/zero: over 1048576 bytes, larger than the 1 MiB that a detections file could need; is it"
        + " the right file?", e.getMessage());
  }
}
