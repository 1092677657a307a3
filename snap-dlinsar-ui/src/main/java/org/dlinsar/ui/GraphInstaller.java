package org.dlinsar.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.esa.snap.core.util.SystemUtils;

/**
 * Copies the plugin's graphs into SNAP's internal graph folder when the module starts, where
 * SNAP's GraphAction looks for the {@code graphFile} the layer names
 * ({@code <user dir>/graphs/internal}, the user dir as SNAP's configuration gives it: a
 * {@code snap.userdir} set in {@code etc/snap.properties} counts too). NetBeans runs it from the
 * {@code Modules/Start} lookup path (META-INF/namedservices), the registration SNAP's toolboxes
 * get from {@code @OnStart}; written by hand so this module compiles against nothing of NetBeans.
 */
public final class GraphInstaller implements Runnable {

  /** Graph resources, relative to {@link #RESOURCES}; also their paths under graphs/internal. */
  static final List<String> GRAPHS = List.of("DL-InSAR/detection-first.xml");

  static final String RESOURCES = "/org/dlinsar/ui/graphs/";

  private static final Logger LOG = Logger.getLogger(GraphInstaller.class.getName());

  @Override
  public void run() {
    try {
      install(internalGraphFolder());
    } catch (UncheckedIOException e) {
      // A read-only user dir must not stop SNAP from starting; the menu item then reports the missing graph.
      LOG.log(Level.WARNING, "DL-InSAR graphs not installed", e);
    }
  }

  /** Writes every graph under {@code folder}, replacing older copies (an upgrade brings new graphs). */
  static void install(Path folder) {
    for (String graph : GRAPHS) {
      Path target = folder.resolve(graph);
      try (InputStream in = GraphInstaller.class.getResourceAsStream(RESOURCES + graph)) {
        if (in == null) {
          throw new IOException("graph resource " + RESOURCES + graph + " is missing from the module");
        }
        Files.createDirectories(target.getParent());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot install " + target, e);
      }
    }
  }

  /** As SNAP's GraphBuilderDialog finds it (ResourceUtils.getGraphFolder("internal")). */
  static Path internalGraphFolder() {
    return SystemUtils.getApplicationDataDir().toPath().resolve("graphs").resolve("internal");
  }
}
