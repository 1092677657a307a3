package org.dlinsar.lite;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Properties;

/**
 * The name and build version of the module (jar or class folder) a class was loaded from, read
 * from its {@value #RESOURCE} (Maven filters the project's name and version, with the git commit
 * when built from a checkout, into it). The headless engine's stand-in for the NetBeans module
 * manifest from which SNAP takes a Processing_Graph node's {@code moduleName} and
 * {@code moduleVersion}; {@code dlinsar --version} prints the engine's own.
 *
 * @param name the module's name, as its pom's {@code <name>}
 * @param version the build version: the project version, and "+" and the commit where known
 */
public record ModuleProperties(String name, String version) {

  /** The resource, at the root of a module's jar or class folder. */
  public static final String RESOURCE = "META-INF/dlinsar/module.properties";

  private static final ClassValue<Optional<ModuleProperties>> BY_CLASS = new ClassValue<>() {
    @Override
    protected Optional<ModuleProperties> computeValue(Class<?> type) {
      return read(type);
    }
  };

  /**
   * @return the module {@code type} was loaded from, empty when that jar or folder has no
   *     {@value #RESOURCE} (a module built otherwise, or a test's classes)
   * @throws UncheckedIOException naming the resource if it is there but cannot be read
   */
  public static Optional<ModuleProperties> of(Class<?> type) {
    return BY_CLASS.get(type);
  }

  /**
   * @return the build version of the engine's jar, which every module of a build shares: what
   *     {@code dlinsar --version} prints
   * @throws IllegalStateException if the engine's jar or folder has no {@value #RESOURCE} (built
   *     otherwise than with Maven)
   */
  public static String buildVersion() {
    return of(ModuleProperties.class).orElseThrow(() -> new IllegalStateException("no " + RESOURCE
        + " beside " + ModuleProperties.class.getName() + ": build the jars with mvn package")).version();
  }

  private static Optional<ModuleProperties> read(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    ClassLoader loader = type.getClassLoader();
    if (source == null || source.getLocation() == null || loader == null) {
      return Optional.empty();
    }
    // every module on the class path may have one: take the one of type's own jar or folder
    String root = source.getLocation().toString();
    try {
      Enumeration<URL> found = loader.getResources(RESOURCE);
      while (found.hasMoreElements()) {
        URL url = found.nextElement();
        String text = url.toString();
        if (text.equals(root + RESOURCE) || text.equals("jar:" + root + "!/" + RESOURCE)) {
          return Optional.of(load(url));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " of " + root + ": " + e.getMessage(), e);
    }
    return Optional.empty();
  }

  private static ModuleProperties load(URL url) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = url.openStream()) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String name = properties.getProperty("name");
    String version = properties.getProperty("version");
    if (name == null || name.isBlank() || version == null || version.isBlank()) {
      throw new IOException(url + " needs a name and a version");
    }
    return new ModuleProperties(name.strip(), version.strip());
  }
}
