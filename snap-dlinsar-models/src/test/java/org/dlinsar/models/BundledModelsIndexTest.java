package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.inference.ModelSessions;
import org.dlinsar.inference.ResolvedModel;
import org.junit.jupiter.api.Test;

/** The bundled models as the registry sees them: every file listed, every card valid, every model loads. */
class BundledModelsIndexTest {

  private static final Path FOLDER = Path.of("src/main/resources/dlinsar-models");

  @Test
  void theIndexListsExactlyTheOnnxFilesOfTheFolder() throws IOException {
    List<String> listed = Files.readAllLines(FOLDER.resolve("index.txt")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> present = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".onnx")).sorted().toList();
      assertEquals(present, listed, "ONNX files in " + FOLDER + " vs its index.txt");
    }
  }

  @Test
  void everyBundledModelLoadsAndCarriesFiguresAgainstTheClassicalMethod() {
    List<ResolvedModel> models = BundledModels.onClassPath().all();
    for (ResolvedModel model : models) {
      assertFalse(model.card().metrics().isEmpty(), model.location() + ": a bundled model's card"
          + " shows its metrics against the classical method");
      ModelSession session = ModelSessions.shared(model, ExecutionProvider.CPU);
      assertEquals(model.card(), session.card());
    }
  }
}
