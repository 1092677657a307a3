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

  private Set<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
