package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dlinsar.lite.graph.TestProducts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bin/dlinsar works out before it starts Java, on shell builtins where it can: where it is
 * installed, which JDK runs, whether the jars are stale, whether its class cache still matches.
 */
class LauncherStartupTest {

  @TempDir
  Path install;

  @TempDir
  Path dir;

  private static String run(ProcessBuilder command, int expectedStatus) throws IOException, InterruptedException {
    Process process = command.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/dlinsar did not end: " + output);
    assertEquals(expectedStatus, process.exitValue(), output);
    return output;
  }

  @Test
  void runsThroughARelativeLinkFromAnotherFolder() throws Exception {
    LauncherScript script = LauncherScript.install(install);
    Path links = Files.createDirectories(dir.resolve("home/bin"));
    Path link = links.resolve("dlinsar");
    Files.createSymbolicLink(link, links.relativize(script.root.resolve("bin/dlinsar")));
    ProcessBuilder command = script.command(LauncherScript.thisJdk(), "--version");
    command.command(link.toString(), "--version");

    String output = run(command.directory(dir.toFile()), 0);

    assertTrue(output.startsWith("dlinsar "), output);
  }

  /** On the PATH, java is mostly a link: the cache is named by the version of the JDK it leads to. */
  @Test
  void javaOnThePathIsFollowedToItsJdkForTheCacheName() throws Exception {
    LauncherScript script = LauncherScript.install(install);
    Path input = TestProducts.write(dir.resolve("in.dim").toFile()).toPath();
    Path path = LauncherScript.toolsWithoutMaven(dir.resolve("path"));

    run(script.commandOnPath(path, "Read", "-Pfile=" + input, "-t", dir.resolve("out.dim").toString()), 0);

    assertEquals(List.of("dlinsar-classes-" + System.getProperty("java.version") + ".jsa"), script.caches());
  }

  /** A jar rebuilt without clean, in the build folder or its lib/, no longer matches the cache. */
  @Test
  void aJarNewerThanTheCacheHasItRecordedAgain() throws Exception {
    LauncherScript script = LauncherScript.install(install);
    Path input = TestProducts.write(dir.resolve("in.dim").toFile()).toPath();
    String[] copy = {"Read", "-Pfile=" + input, "-t", dir.resolve("out.dim").toString()};
    run(script.command(LauncherScript.thisJdk(), copy), 0);
    Path cache = script.target().resolve(script.caches().get(0));
    FileTime recorded = Files.getLastModifiedTime(cache);
    Path packed = script.target().resolve("lib/classes-1.jar");
    Files.setLastModifiedTime(packed, FileTime.fromMillis(recorded.toMillis() + 1000));

    run(script.command(LauncherScript.thisJdk(), copy), 0);

    assertNotEquals(recorded, Files.getLastModifiedTime(cache), "the cache was not recorded again");
  }

  /** Sources newer than the jars are built first; what lies under a target folder is no source. */
  @Test
  void sourcesNewerThanTheJarsAskForABuildAndBuildOutputsDoNot() throws Exception {
    LauncherScript script = LauncherScript.install(install);
    Path path = LauncherScript.toolsWithoutMaven(dir.resolve("path"));
    Path module = script.root.resolve("snap-engine-lite");
    Path jar = script.target().resolve("snap-dlinsar-cli-0.jar");
    FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000);
    Path output = Files.createDirectories(module.resolve("target/classes/src/main"));
    Files.setLastModifiedTime(Files.writeString(output.resolve("Built.java"), "class Built {}"), later);

    run(script.commandOnPath(path, "--version"), 0);

    Path source = module.resolve("src/main/Edited.java");
    Files.setLastModifiedTime(Files.writeString(source, "class Edited {}"), later);
    String refused = run(script.commandOnPath(path, "--version"), 1);
    assertTrue(refused.contains("mvn is not installed"), refused);
  }
}
