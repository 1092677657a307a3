package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  void anUnknownProviderNamesThePropertyAndTheChoices() {
    System.setProperty(ExecutionProvider.PROPERTY, "TPU");
    ModelException e = assertThrows(ModelException.class, ExecutionProvider::fromSystemProperty);
    assertEquals("-Ddlinsar.inference.provider is 'TPU'; expected AUTO, CPU or CUDA", e.getMessage());
  }
}
