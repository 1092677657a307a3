package org.esa.snap.core.util;

import java.io.File;

/**
 * SNAP's system utilities, the one member the plugin uses. SNAP resolves the user dir through its
 * configuration ({@code snap.userdir} as a system property or in {@code etc/snap.properties});
 * outside SNAP there is no configuration file, so the stand-in reads the property alone.
 */
public class SystemUtils {

  private SystemUtils() {
  }

  /** The user dir: {@code snap.userdir}, else {@code ~/.snap}. */
  public static File getApplicationDataDir() {
    String userDir = System.getProperty("snap.userdir");
    return userDir != null && !userDir.isBlank()
        ? new File(userDir)
        : new File(System.getProperty("user.home"), ".snap");
  }
}
