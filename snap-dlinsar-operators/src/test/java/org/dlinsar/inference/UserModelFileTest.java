package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own model file as exporters write it, opened as a DL operator opens it. */
class UserModelFileTest {

  @TempDir
  Path dir;

  @Test
  void aModelWithItsWeightsInsideRuns() {
    Path onnx = ModelFixtures.write(dir, "pointwise.onnx", PointwiseModel.withWeightsInside(), c -> {});
    try (ModelSession session = ModelFixtures.open(onnx)) {
      float[][] out = new float[1][4];
      new TiledInference(session).run(new float[][] {{1, 0, 2, 0}, {0.5f, 0.75f, 0.5f, 0.25f}}, 2, 2, out);
      // the card normalises coherence as (c - 0.5) / 0.25
      assertEquals(PointwiseModel.W0, out[0][0], 1e-6);
      assertEquals(PointwiseModel.W1, out[0][1], 1e-6);
    }
  }

  /**
   * A network whose free output axes are not its input's (here half of them): it opened, and the
   * first tile of a product failed inside ONNX Runtime ("The output OrtValue provided for output
   * 'score' ... has shape {1,1,64,64} but the computed output shape for this run is
   * {1,1,32,32}"), logged in red from each tile thread and thrown from computeTile.
   */
  @Test
  void aModelWhoseOutputIsSmallerThanItsInputIsRefusedWhenItOpens() {
    Path onnx = ModelFixtures.write(dir, "halving.onnx", PointwiseModel.strided(2), c -> {});
    ModelException e = assertThrows(ModelException.class, () -> ModelFixtures.open(onnx));
    assertEquals("model file " + onnx + " maps input 'phase' of shape [1, 2, 64, 64] to output"
        + " 'score' of shape [1, 1, 32, 32]; expected [1, 1, 64, 64]: the output of the card's"
        + " channels at the input's batch, height and width (docs/CONTRACT.md, section 8)",
        e.getMessage());
  }

  /**
   * torch.onnx.export(..., external_data=True) writes the weights to pointwise.onnx.data beside
   * the graph. Loaded from bytes, ONNX Runtime looked for that file in the working directory: from
   * elsewhere a load error blaming the opset, from a folder holding another pointwise.onnx.data
   * other weights, which onnx_sha256 (the graph's bytes) would not tell apart.
   */
  @Test
  void aModelWithItsWeightsInAnExternalFileIsOneErrorSayingHowToExportIt() throws Exception {
    Path onnx = ModelFixtures.write(dir, "pointwise.onnx",
        PointwiseModel.withWeightsIn("pointwise.onnx.data"), c -> {});
    Files.write(dir.resolve("pointwise.onnx.data"), PointwiseModel.weights());
    ModelException e = assertThrows(ModelException.class, () -> ModelFixtures.open(onnx));
    assertEquals("model file " + onnx + " keeps its weights in an external data file"
        + " (pointwise.onnx.data); expected one self-contained ONNX file: export it with"
        + " torch.onnx.export(..., external_data=False), or load it with onnx.load and write it"
        + " again with onnx.save(model, path, save_as_external_data=False)", e.getMessage());
  }

  @Test
  void theHeaderNamesTheExternalDataFileOrNone() {
    assertEquals("w.bin", OnnxModelHeader.parse(PointwiseModel.withWeightsIn("w.bin")).externalData());
    assertEquals(null, OnnxModelHeader.parse(PointwiseModel.withWeightsInside()).externalData());
    assertEquals(null, OnnxModelHeader.parse(ModelFixtures.bytes(ModelFixtures.TINY_FCN)).externalData());
    assertEquals(null, OnnxModelHeader.parse(ModelFixtures.bytes("tiny-pool.onnx")).externalData());
  }

  /** The bundled models, exported by torch, hold their weights (the module's tests run beside them). */
  @Test
  void theBundledModelsKeepTheirWeightsInside() throws Exception {
    Path bundled = Path.of("../snap-dlinsar-models/src/main/resources/dlinsar-models");
    try (var files = Files.list(bundled)) {
      List<Path> models = files.filter(f -> f.toString().endsWith(".onnx")).toList();
      assertTrue(models.size() >= 4, "bundled models in " + bundled.toAbsolutePath() + ": " + models);
      for (Path onnx : models) {
        assertEquals(null, OnnxModelHeader.parse(Files.readAllBytes(onnx)).externalData(), onnx.toString());
      }
    }
  }
}
