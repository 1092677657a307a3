package org.dlinsar.lite;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the compiled stand-in classes and the SNAP API list they are checked against. */
final class StandInClasses {

  /** Package prefixes (as folders) of the stand-in. */
  static final List<String> PACKAGE_FOLDERS = List.of("com/bc/ceres/", "org/esa/snap/", "eu/esa/snap/");

  /** The SNAP API list, a test resource. */
  static final String SIGNATURES = "snap-api/signatures.txt";

  private StandInClasses() {
  }

  /** Whether {@code type} is in one of the stand-in's packages. */
  static boolean isStandIn(Class<?> type) {
    String name = type.getName().replace('.', '/');
    return PACKAGE_FOLDERS.stream().anyMatch(name::startsWith);
  }

  /**
   * Every class in the stand-in packages of the classes folder (or jar) that holds {@code anchor},
   * loaded without initialising it.
   */
  static List<Class<?>> load(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      collect(location, names);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        collect(jar.getPath("/"), names);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      classes.add(Class.forName(name, false, anchor.getClassLoader()));
    }
    return classes;
  }

  private static void collect(Path root, List<String> names) throws IOException {
    for (String folder : PACKAGE_FOLDERS) {
      Path packages = root.resolve(folder);
      if (!Files.isDirectory(packages)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(packages)) {
        files.filter(file -> file.toString().endsWith(".class"))
            .map(file -> root.relativize(file).toString().replace('\\', '/'))
            .filter(file -> !file.endsWith("package-info.class") && !file.endsWith("module-info.class"))
            .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
            .sorted()
            .forEach(names::add);
      }
    }
  }

  /**
   * The SNAP API list the stand-in is checked against: the test resource
   * {@code snap-api/signatures.txt}, whose header says where the signatures come from.
   *
   * @throws IllegalStateException naming the resource if it is missing from the test class path
   */
  static Path signaturesFile() {
    return TestResources.path(SIGNATURES);
  }
}
