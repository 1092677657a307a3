package org.dlinsar.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The software a file says made it: "DL-InSAR" and the build version that every module of a build
 * writes into its {@code META-INF/dlinsar/module.properties} (the project version, "+" and the git
 * commit where built from a checkout; CONTRACT.md section 7). Read from the resource, not from the
 * headless engine, which SNAP Desktop does not have.
 */
public final class Software {

  private static final String RESOURCE = "/META-INF/dlinsar/module.properties";
  private static final String NAME = "DL-InSAR " + buildVersion();

  private Software() {}

  /** {@code DL-InSAR <build version>}, the version "unknown" in a build without the resource. */
  public static String name() {
    return NAME;
  }

  private static String buildVersion() {
    try (InputStream in = Software.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
