package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE.md rule 2: detection's algorithms are plain Java; only the operator's side sees SNAP. */
class PlainJavaDetectionTest {

  private static final Set<String> SNAP_SIDE = Set.of("DlDetectOp.java", "DetectionRun.java",
      "SourceRasters.java", "RadarSpacing.java", "DetectionCorners.java",
      "DetectionsMetadata.java", "DetectionsRead.java");

  @Test
  void onlyTheOperatorsSideImportsSnapOrCeres() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/dlinsar/detect"))) {
      List<String> importing = files
          .filter(f -> !SNAP_SIDE.contains(f.getFileName().toString()))
          .filter(f -> {
            String text = read(f);
            return text.contains("import org.esa.snap") || text.contains("import com.bc.ceres");
          })
          .map(f -> f.getFileName().toString()).toList();
      assertEquals(List.of(), importing);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
