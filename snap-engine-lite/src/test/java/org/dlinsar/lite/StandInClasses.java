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

/** Finds the compiled stand-in classes and the signatures file they are checked against. */
final class StandInClasses {

  /** Package prefixes (as folders) of the stand-in. */
  static final List<String> PACKAGE_FOLDERS = List.of("com/bc/ceres/", "org/esa/snap/");

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
   * {@code <root>/../shared/snap-api/signatures.txt} of the {@linkplain #repositoryRoot root} found
   * from system properties {@code dlinsar.root} and {@code user.dir}.
   *
   * @throws IllegalStateException naming where it looked when the root or the file is missing
   */
  static Path signaturesFile() {
    return signaturesFile(repositoryRoot(System.getProperty("dlinsar.root"), Path.of(System.getProperty("user.dir"))));
  }

  /**
   * {@code <root>/../shared/snap-api/signatures.txt}.
   *
   * @throws IllegalStateException naming the expected path if the file is missing
   */
  static Path signaturesFile(Path root) {
    Path file = root.resolve("../shared/snap-api/signatures.txt").normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("the stand-in API list is missing: expected " + file
          + " (the folder shared/ beside the repository root " + root + ")");
    }
    return file;
  }

  /**
   * The repository root: {@code property} when it names the folder of the parent pom, else the
   * nearest folder from {@code start} upwards whose pom.xml is the project {@code dlinsar-parent}
   * (a module pom that only names it as parent does not count).
   *
   * @throws IllegalStateException if there is no such folder
   */
  static Path repositoryRoot(String property, Path start) {
    if (property != null && !property.isBlank() && isParentPomFolder(Path.of(property))) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
      if (isParentPomFolder(folder)) {
        return folder.normalize();
      }
    }
    throw new IllegalStateException("cannot find the repository root: system property dlinsar.root is '"
        + property + "' and no folder above " + start.toAbsolutePath() + " holds the pom.xml of dlinsar-parent");
  }

  private static boolean isParentPomFolder(Path folder) {
    Path pom = folder.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return false;
    }
    try {
      String text = Files.readString(pom).replaceAll("(?s)<parent>.*?</parent>", "");
      return text.contains("<artifactId>dlinsar-parent</artifactId>");
    } catch (IOException e) {
      return false;
    }
  }
}
