package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a machine with an NVIDIA GPU only, as ONNX Runtime gates its own CUDA tests:
 * {@code mvn -Pgpu -Ddlinsar.test.cuda=true test -Dtest=CudaInferenceTest}.
 */
@EnabledIfSystemProperty(named = CudaInferenceTest.PROPERTY, matches = "true")
class CudaInferenceTest {

  static final String PROPERTY = "dlinsar.test.cuda";

  @TempDir
  Path dir;

  @Test
  void cudaGivesTheCpuResult() {
    ResolvedModel model = ModelFixtures.resolved(ModelFixtures.tinyFcn(dir));
    int w = 300;
    int h = 200;
    Random random = new Random(5);
    float[][] input = new float[2][w * h];
    for (float[] plane : input) {
      for (int i = 0; i < plane.length; i++) {
        plane[i] = random.nextFloat();
      }
    }
    float[] cpu = new float[w * h];
    float[] cuda = new float[w * h];
    try (ModelSession onCpu = ModelSession.open(model, ExecutionProvider.CPU);
        ModelSession onCuda = ModelSession.open(model, ExecutionProvider.CUDA)) {
      assertEquals(ExecutionProvider.CUDA, onCuda.provider());
      new TiledInference(onCpu).run(input, w, h, new float[][] {cpu});
      new TiledInference(onCuda).run(input, w, h, new float[][] {cuda});
    }
    double max = 0;
    for (int i = 0; i < cpu.length; i++) {
      max = Math.max(max, Math.abs(cpu[i] - cuda[i]));
    }
    assertEquals(0, max, 1e-4, "largest difference CUDA vs CPU");
  }
}
