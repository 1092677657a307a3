package org.dlinsar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain graph lands where SNAP's GraphAction reads graphFile, registered to run at module start. */
class GraphInstallerTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));

  @Test
  void installWritesEveryGraphUnderItsGraphFilePathReplacingAnOldCopy(@TempDir Path internal) throws Exception {
    Path chain = internal.resolve("DL-InSAR/detection-first.xml");
    Files.createDirectories(chain.getParent());
    Files.writeString(chain, "<graph id=\"older release\"/>");
    GraphInstaller.install(internal);
    assertEquals(Files.readString(ROOT.resolve("graphs/detection-first.xml")), Files.readString(chain));
  }

  @Test
  void theInternalGraphFolderFollowsSnapUserDir(@TempDir Path userDir) {
    String before = System.getProperty("snap.userdir");
    System.setProperty("snap.userdir", userDir.toString());
    try {
      assertEquals(userDir.resolve("graphs").resolve("internal"), GraphInstaller.internalGraphFolder());
    } finally {
      if (before == null) {
        System.clearProperty("snap.userdir");
      } else {
        System.setProperty("snap.userdir", before);
      }
    }
  }

  /** NetBeans runs Runnables of lookup path Modules/Start; @OnStart registers them in this file. */
  @Test
  void registeredToRunAtModuleStart() throws Exception {
    String registration = "/META-INF/namedservices/Modules/Start/java.lang.Runnable";
    try (InputStream in = GraphInstallerTest.class.getResourceAsStream(registration)) {
      assertNotNull(in, registration + " is missing");
      String name = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      assertEquals(GraphInstaller.class.getName(), name);
      Object instance = Class.forName(name).getConstructor().newInstance();
      assertEquals(GraphInstaller.class, ((Runnable) instance).getClass());
    }
  }
}
