package org.dlinsar.lite.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * bin/dlinsar as a user runs it, in a folder laid out as the repository: the script copied to
 * {@code bin/}, and in {@code snap-dlinsar-cli/target} this test's class path as the launcher's
 * jar and {@code lib/}, newer than the (empty) module folders, so that the script builds nothing.
 * Class folders are packed into jars: class-data sharing archives classes from jars only.
 */
final class LauncherScript {

  final Path root;

  private LauncherScript(Path root) {
    this.root = root;
  }

  static LauncherScript install(Path root) throws IOException {
    for (String module : List.of("snap-engine-lite", "snap-dlinsar-operators", "snap-dlinsar-report", "snap-dlinsar-models",
        "snap-dlinsar-cli")) {
      Files.createDirectories(root.resolve(module).resolve("src/main"));
    }
    Path bin = Files.createDirectories(root.resolve("bin"));
    Files.copy(Path.of("../bin/dlinsar"), bin.resolve("dlinsar"), StandardCopyOption.COPY_ATTRIBUTES);
    Path lib = Files.createDirectories(root.resolve("snap-dlinsar-cli/target/lib"));
    String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
    int packed = 0;
    for (String entry : classPath) {
      Path path = Path.of(entry).toAbsolutePath();
      if (Files.isDirectory(path)) {
        pack(path, lib.resolve("classes-" + ++packed + ".jar"));
      } else if (Files.isRegularFile(path)) {
        Files.createSymbolicLink(lib.resolve(path.getFileName()), path);
      }
    }
    // the launcher's own jar, found by its name; the classes are in lib/
    pack(Files.createDirectories(root.resolve("empty")), target(root).resolve("snap-dlinsar-cli-0.jar"));
    return new LauncherScript(root);
  }

  private static Path target(Path root) {
    return root.resolve("snap-dlinsar-cli/target");
  }

  Path target() {
    return target(root);
  }

  /** The files of the build folder that are no jar and no folder: the class caches the script left. */
  List<String> caches() throws IOException {
    try (Stream<Path> files = Files.list(target())) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(name -> !name.endsWith(".jar")).sorted().toList();
    }
  }

  /** bin/dlinsar with {@code args} on the JDK in {@code javaHome}, its class cache on, a small heap. */
  ProcessBuilder command(Path javaHome, String... args) {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(root.resolve("bin/dlinsar").toString()),
        Stream.of(args)).toList());
    Map<String, String> environment = builder.environment();
    environment.remove("DLINSAR_CDS");
    environment.put("JAVA_HOME", javaHome.toString());
    environment.put("JAVA_OPTS", "-Xmx256m");
    return builder;
  }

  /**
   * bin/dlinsar with {@code args} and no JAVA_HOME, {@code path} as its PATH: the java there
   * runs, as where a JDK is installed as a chain of links.
   */
  ProcessBuilder commandOnPath(Path path, String... args) {
    ProcessBuilder builder = command(thisJdk(), args);
    builder.environment().remove("JAVA_HOME");
    builder.environment().put("PATH", path.toString());
    return builder;
  }

  /**
   * A folder for PATH that holds a link to this JDK's java and to the few system tools the
   * script starts, mvn not among them.
   */
  static Path toolsWithoutMaven(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.createSymbolicLink(folder.resolve("java"), thisJdk().resolve("bin/java"));
    for (String tool : List.of("bash", "find", "readlink", "locale", "grep", "rm", "mv")) {
      for (String bin : List.of("/usr/bin/", "/bin/")) {
        Path found = Path.of(bin + tool);
        if (Files.isExecutable(found)) {
          Files.createSymbolicLink(folder.resolve(tool), found);
          break;
        }
      }
    }
    return folder;
  }

  /** The JDK running this test. */
  static Path thisJdk() {
    return Path.of(System.getProperty("java.home"));
  }

  private static void pack(Path folder, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(folder.relativize(path).toString().replace(File.separatorChar, '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
  }
}
