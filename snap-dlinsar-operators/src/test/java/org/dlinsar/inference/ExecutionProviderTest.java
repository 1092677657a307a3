package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutionProviderTest {

  @AfterEach
  void clearProperty() {
    System.clearProperty(ExecutionProvider.PROPERTY);
  }

  @Test
  void autoUnlessThePropertySaysOtherwiseInAnyCase() {
    assertEquals(ExecutionProvider.AUTO, ExecutionProvider.fromSystemProperty());
    System.setProperty(ExecutionProvider.PROPERTY, " cpu ");
    assertEquals(ExecutionProvider.CPU, ExecutionProvider.fromSystemProperty());
  }

  @Test
  void anOperatorsAutoFollowsThePropertyAndAnythingElseStands() {
    System.setProperty(ExecutionProvider.PROPERTY, "CPU");
    assertEquals(ExecutionProvider.CPU, ExecutionProvider.ofParameter("AUTO", "provider"));
    assertEquals(ExecutionProvider.CUDA, ExecutionProvider.ofParameter("cuda", "provider"));
    System.clearProperty(ExecutionProvider.PROPERTY);
    assertEquals(ExecutionProvider.AUTO, ExecutionProvider.ofParameter("AUTO", "provider"));
    ModelException e = assertThrows(ModelException.class,
        () -> ExecutionProvider.ofParameter("TPU", "DL-Mask parameter 'provider'"));
    assertTrue(e.getMessage().startsWith("DL-Mask parameter 'provider' is 'TPU'"), e.getMessage());
  }

  @Test
  void anUnknownProviderNamesThePropertyAndTheChoices() {
    System.setProperty(ExecutionProvider.PROPERTY, "TPU");
    ModelException e = assertThrows(ModelException.class, ExecutionProvider::fromSystemProperty);
    assertEquals("-Ddlinsar.inference.provider is 'TPU'; expected AUTO, CPU or CUDA", e.getMessage());
  }

  /** Where a model would run, as the dialogs say it: by the ONNX Runtime build on the class path. */
  @Test
  void saysWhereModelsRunByTheBuildOnTheClassPath() {
    boolean gpuBuild = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
    assertEquals("runs on the CPU (provider CPU)", ExecutionProvider.CPU.whereModelsRun());
    assertTrue(ExecutionProvider.CPU.canRun() && ExecutionProvider.AUTO.canRun());
    assertEquals(gpuBuild, ExecutionProvider.CUDA.canRun());
    assertEquals(gpuBuild, ExecutionProvider.AUTO.whereModelsRun().startsWith("runs on CUDA device 0"),
        ExecutionProvider.AUTO.whereModelsRun());
    if (!gpuBuild) {
      assertTrue(ExecutionProvider.CUDA.whereModelsRun().contains("no CUDA provider"),
          ExecutionProvider.CUDA.whereModelsRun());
    }
  }
}
