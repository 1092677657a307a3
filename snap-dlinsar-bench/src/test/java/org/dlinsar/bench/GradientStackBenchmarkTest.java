package org.dlinsar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradientStackBenchmarkTest {

  @Test
  void theColdPassRunsWhereTheCacheMayBeDroppedUnlessLeftOut(@TempDir Path dir) throws Exception {
    Path writable = Files.writeString(dir.resolve("drop_caches"), "");
    assertNull(GradientStackBenchmark.noColdPass(false, writable));
    // on a shared machine: no page cache dropped for everyone, even where this process may
    assertEquals("--warm-only", GradientStackBenchmark.noColdPass(true, writable));
    Path absent = dir.resolve("absent");
    assertEquals(absent + " is not writable", GradientStackBenchmark.noColdPass(false, absent));
  }
}
