package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOwnedTempTest {

  private static final String KIND = "dlinsar-test-";

  @TempDir
  Path dir;

  @Test
  void sweepsOnlyEndedRunsOfThisProcessIdNamespace() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    long pid = ended.pid();
    String ours = KIND + pid + "-" + RunOwnedTemp.namespaceToken() + "-1.bin";
    // the same process id in another namespace (a container sharing the folder) may be running
    String theirs = KIND + pid + "-0badc0de-1.bin";
    String mine = RunOwnedTemp.prefix(KIND) + "1.bin";
    for (String name : new String[] {ours, theirs, mine}) {
      Files.writeString(dir.resolve(name), "spill");
    }

    int deleted = RunOwnedTemp.sweepFiles(dir, KIND, ".bin", Logger.getAnonymousLogger());

    assertEquals(1, deleted);
    assertEquals(Set.of(theirs, mine), names());
    assertEquals(ProcessHandle.current().pid(), RunOwnedTemp.owner(mine, KIND));
    assertEquals(-1, RunOwnedTemp.owner(theirs, KIND));
  }

  /**
   * Kinds are made from the user's file names, where [ ] { } are allowed: they were read as a
   * glob's classes and groups, so what a killed run left beside {@code run[1].detections.geojson}
   * or {@code run{a...} was never swept.
   */
  @Test
  void sweepsKindsHoldingGlobCharacters() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    for (String kind : new String[] {".run[1].detections.geojson.", ".run{a.csv.", ".a*b?.csv."}) {
      String left = kind + ended.pid() + "-" + RunOwnedTemp.namespaceToken() + "-1.tmp";
      Files.writeString(dir.resolve(left), "part");

      assertEquals(1, RunOwnedTemp.sweepFiles(dir, kind, ".tmp", Logger.getAnonymousLogger()), kind);
      assertEquals(Set.of(), names());
    }
  }

  private Set<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
