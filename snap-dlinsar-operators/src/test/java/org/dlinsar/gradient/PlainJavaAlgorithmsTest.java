package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds the line of STYLE.md rule 2: the algorithms of this stage and the mask stage are plain Java. */
class PlainJavaAlgorithmsTest {

  private static final List<String> ALGORITHMS = List.of(
      "org/dlinsar/gradient/WrappedGradient.java",
      "org/dlinsar/gradient/GradientStacker.java",
      "org/dlinsar/mask/OtsuThreshold.java",
      "org/dlinsar/mask/CoherenceMasker.java");

  @Test
  void algorithmClassesImportNeitherSnapNorCeres() throws Exception {
    Path sources = Path.of("src/main/java");
    for (String file : ALGORITHMS) {
      String text = Files.readString(sources.resolve(file));
      assertTrue(!text.contains("import org.esa.snap") && !text.contains("import com.bc.ceres"),
          file + " imports SNAP");
    }
  }
}
