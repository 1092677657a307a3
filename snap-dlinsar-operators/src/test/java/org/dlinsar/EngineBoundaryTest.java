package org.dlinsar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Inside SNAP the headless engine (org.dlinsar.lite) does not exist: only the command-line side,
 * which SNAP never loads, may use it. Operators and algorithms must not.
 */
class EngineBoundaryTest {

  private static final Set<String> COMMAND_LINE_SIDE = Set.of(
      "org/dlinsar/report/DemoCommand.java",
      "org/dlinsar/sim/SimulateCommand.java",
      "org/dlinsar/sim/SceneGeoCodings.java");

  @Test
  void onlyCommandLineClassesImportTheHeadlessEngine() throws IOException {
    Path root = Path.of("src/main/java");
    Set<String> importing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        if (Files.readString(file).contains("import org.dlinsar.lite")) {
          importing.add(root.relativize(file).toString().replace('\\', '/'));
        }
      }
    }
    assertEquals(new TreeSet<>(COMMAND_LINE_SIDE), importing,
        "classes importing org.dlinsar.lite other than the command-line side");
  }

  @Test
  void registeredOperatorsAreNotOnTheCommandLineSide() throws IOException {
    List<String> spis = Files.readAllLines(
        Path.of("src/main/resources/META-INF/services/org.esa.snap.core.gpf.OperatorSpi"));
    for (String spi : spis) {
      if (!spi.isBlank()) {
        String source = spi.substring(0, spi.indexOf('$')).replace('.', '/') + ".java";
        assertFalse(COMMAND_LINE_SIDE.contains(source), spi);
      }
    }
  }
}
