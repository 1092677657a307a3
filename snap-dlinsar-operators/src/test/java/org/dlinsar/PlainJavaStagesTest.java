package org.dlinsar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * STYLE.md rule 2: a stage's algorithms are plain Java; only its operator's side, named here,
 * imports SNAP or Ceres.
 */
class PlainJavaStagesTest {

  private static final Map<String, Set<String>> SNAP_SIDE = Map.of(
      "detect", Set.of("DlDetectOp.java", "DetectionRun.java", "LandslideRun.java", "SubsidenceRun.java",
          "SlopeFilter.java", "LineFilter.java", "SourceRasters.java", "DetectionCorners.java", "Wgs84Positions.java",
          "DetectionsMetadata.java", "DetectionsRead.java", "DetectionsInFrame.java", "HeldBands.java", "EarlierResults.java"),
      "sbas", Set.of("LocalSbasOp.java", "DetectionPatches.java", "SbasBands.java", "PatchReader.java",
          "SbasSummary.java"));

  @ParameterizedTest
  @ValueSource(strings = {"detect", "sbas"})
  void onlyTheOperatorsSideImportsSnapOrCeres(String stage) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/dlinsar", stage))) {
      List<String> importing = files
          .filter(f -> !SNAP_SIDE.get(stage).contains(f.getFileName().toString()))
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
