package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the lines of STYLE.md rule 2 and the engine README: the simulator's physics is plain Java,
 * and only the classes that build products touch SNAP's API (EngineBoundaryTest keeps the
 * headless engine out of this module).
 */
class SimulatorLayersTest {

  private static final Path SOURCES = Path.of("src/main/java/org/dlinsar/sim");
  private static final Set<String> SNAP_SIDE = Set.of("SimulateStackOp.java",
      "SimulatedProductLayout.java", "SimulationMetadata.java", "SimulatedProducts.java");

  @Test
  void physicsClassesImportNeitherSnapNorCeres() throws Exception {
    for (Path file : sources()) {
      String text = Files.readString(file);
      if (!SNAP_SIDE.contains(file.getFileName().toString())) {
        assertFalse(text.contains("import org.esa.snap") || text.contains("import com.bc.ceres"),
            file + " imports SNAP");
      }
    }
  }

  private static List<Path> sources() throws Exception {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }
}
