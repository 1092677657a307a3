package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandInClassesTest {

  private static final String PARENT_POM = "<project><groupId>org.dlinsar</groupId>"
      + "<artifactId>dlinsar-parent</artifactId></project>";
  private static final String MODULE_POM = "<project><parent><groupId>org.dlinsar</groupId>"
      + "<artifactId>dlinsar-parent</artifactId></parent><artifactId>snap-engine-lite</artifactId></project>";

  @TempDir
  Path workspace;

  @Test
  void findsTheRootAboveAModuleWhosePomOnlyNamesTheParent() throws IOException {
    Path root = Files.createDirectories(workspace.resolve("main"));
    Files.writeString(root.resolve("pom.xml"), PARENT_POM);
    Path module = Files.createDirectories(root.resolve("snap-engine-lite"));
    Files.writeString(module.resolve("pom.xml"), MODULE_POM);

    assertEquals(root, StandInClasses.repositoryRoot(null, module));
    assertEquals(root, StandInClasses.repositoryRoot(module.toString(), module.resolve("src")));
  }

  @Test
  void prefersTheRootGivenBySystemProperty() throws IOException {
    Path root = Files.createDirectories(workspace.resolve("elsewhere"));
    Files.writeString(root.resolve("pom.xml"), PARENT_POM);

    assertEquals(root, StandInClasses.repositoryRoot(root.toString(), workspace));
  }

  @Test
  void readsTheSignaturesBesideTheRoot() throws IOException {
    Path root = Files.createDirectories(workspace.resolve("main"));
    Path file = Files.createDirectories(workspace.resolve("shared/snap-api")).resolve("signatures.txt");
    Files.writeString(file, "# empty");

    assertEquals(file, StandInClasses.signaturesFile(root));
  }

  @Test
  void aMissingSignaturesFileIsAnErrorNamingTheExpectedPath() throws IOException {
    Path root = Files.createDirectories(workspace.resolve("main"));

    IllegalStateException error = assertThrows(IllegalStateException.class, () -> StandInClasses.signaturesFile(root));

    assertTrue(error.getMessage().startsWith("the stand-in API list is missing: expected "
        + workspace.resolve("shared/snap-api/signatures.txt")), error.getMessage());
  }

  @Test
  void noParentPomAnywhereIsAnErrorNamingWhereItLooked() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> StandInClasses.repositoryRoot("", workspace));

    assertTrue(error.getMessage().contains(workspace.toString()), error.getMessage());
  }
}
