package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StandInClassesTest {

  @Test
  void theApiListIsInTheRepositoryWithItsProvenance() throws IOException {
    Path file = StandInClasses.signaturesFile();

    String header = Files.readAllLines(file).get(1);
    assertTrue(header.startsWith("# Source of truth: senbox-org/snap-engine"), header);
  }

  @Test
  void aMissingTestResourceIsAnErrorNamingWhereItBelongs() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> TestResources.path("snap-api/no-such-file.txt"));

    assertTrue(error.getMessage().contains("snap-engine-lite/src/test/resources/snap-api/no-such-file.txt"),
        error.getMessage());
  }
}
