package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
