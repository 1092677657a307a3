package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderFilesTest {

  @TempDir Path dir;

  /**
   * A frame's interferograms given as "." or "interferograms/." (import run inside the folder)
   * find the metadata folder beside them: the parent of "/frame/interferograms/." was taken for
   * "/frame/interferograms" itself, so LiCSAR's metadata/ and PyRate's geometry/ went unread.
   */
  @Test
  void theFoldersBesideAFolderGivenWithADotAreFound() throws IOException {
    Path interferograms = Files.createDirectories(dir.resolve("frame/interferograms"));
    Path metadata = Files.createDirectories(dir.resolve("frame/metadata"));

    for (Path given : List.of(interferograms, interferograms.resolve("."), interferograms.resolve("./."))) {
      assertEquals(List.of(given, metadata), FolderFiles.besides(given, List.of("metadata")), given.toString());
    }
  }
}
