package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.lite.gpf.testops.BoxMeanOp;
import org.dlinsar.lite.graph.WriteOp;
import org.junit.jupiter.api.Test;

/**
 * A module's name and build version come from the module.properties Maven filters into its own
 * jar or class folder: the project's name and version, and the git commit when built from a
 * checkout.
 */
class ModulePropertiesTest {

  /** The version the pom gives, as surefire passes it; "+<commit>[-dirty]" may follow. */
  static final String BUILD_VERSION = "\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?(\\+[0-9a-f]{7,}(-dirty)?)?";

  @Test
  void theEnginesClassesHaveTheEnginesNameAndTheBuildVersion() {
    ModuleProperties module = ModuleProperties.of(WriteOp.class).orElseThrow();

    assertEquals("SNAP Engine lite (headless stand-in)", module.name());
    assertTrue(module.version().matches(BUILD_VERSION), module.version());
    assertTrue(module.version().startsWith(System.getProperty("dlinsar.version") + ""), module.version());
    assertEquals(module.version(), ModuleProperties.buildVersion());
  }

  @Test
  void classesOfAFolderWithoutModulePropertiesHaveNoModule() {
    // the test classes: the engine's own module.properties, on the class path too, is not theirs
    assertTrue(ModuleProperties.of(BoxMeanOp.class).isEmpty());
    assertTrue(ModuleProperties.of(String.class).isEmpty());
  }
}
