package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlinsar.lite.graph.TestProducts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/dlinsar's class cache (README, on the launcher): what it is named, which runs record it. */
class LauncherCacheTest {

  @TempDir
  Path install;

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {
  }

  private Run run(LauncherScript script, Path jdk, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = script.command(jdk, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/dlinsar did not end");
    Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  @Test
  void theCacheIsNamedByTheJavaVersionThatRecordedIt() throws Exception {
    LauncherScript script = LauncherScript.install(install);
    Path input = TestProducts.write(dir.resolve("in.dim").toFile()).toPath();

    Run run = run(script, LauncherScript.thisJdk(), "Read", "-Pfile=" + input, "-t", dir.resolve("out.dim").toString());

    assertEquals(0, run.status(), run.err());
    List<String> caches = script.caches();
    assertEquals(1, caches.size(), caches.toString());
    assertTrue(caches.get(0).contains("-" + System.getProperty("java.version") + "."), caches.toString());
  }

  /** A help text or a failed run would record a cache of few classes, used by every later run. */
  @Test
  void helpTextsAndFailedRunsRecordNoCacheAndTheFirstProcessingRunDoes() throws Exception {
    LauncherScript script = LauncherScript.install(install);
    Path input = TestProducts.write(dir.resolve("in.dim").toFile()).toPath();
    String target = dir.resolve("out.dim").toString();
    Path jdk = LauncherScript.thisJdk();

    assertEquals(0, run(script, jdk, "Read", "-h").status());
    assertEquals(0, run(script, jdk, "-q", "2", "--help").status());
    assertEquals(2, run(script, jdk, "No-Such-Op", "-t", target).status());
    assertEquals(List.of(), script.caches());

    Run run = run(script, jdk, "Read", "-Pfile=" + input, "-t", target);
    assertEquals(0, run.status(), run.err());
    assertEquals(1, script.caches().size(), script.caches().toString());
  }

  /** The script's JVM options shape the cache: a JVM given others refuses it, silently. */
  @Test
  void aCacheOlderThanTheLauncherScriptIsRecordedAgain() throws Exception {
    LauncherScript script = LauncherScript.install(install);
    Path input = TestProducts.write(dir.resolve("in.dim").toFile()).toPath();
    String[] copy = {"Read", "-Pfile=" + input, "-t", dir.resolve("out.dim").toString()};
    assertEquals(0, run(script, LauncherScript.thisJdk(), copy).status());
    Path cache = script.target().resolve(script.caches().get(0));
    FileTime recorded = Files.getLastModifiedTime(cache);
    Files.setLastModifiedTime(script.root.resolve("bin/dlinsar"), FileTime.fromMillis(recorded.toMillis() + 1000));

    Run run = run(script, LauncherScript.thisJdk(), copy);

    assertEquals(0, run.status(), run.err());
    assertNotEquals(recorded, Files.getLastModifiedTime(cache), "the cache was not recorded again");
  }

  /** A JDK 25 or later installed beside this one, as .ci/run finds it; null if none. */
  private static Path jdk25OrLater() throws IOException {
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      for (Path jdk : jdks.sorted().toList()) {
        Path release = jdk.resolve("release");
        if (Files.isRegularFile(release)) {
          Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
          if (version.find() && Integer.parseInt(version.group(1)) >= 25) {
            return jdk;
          }
        }
      }
    } catch (NoSuchFileException e) {
      return null;
    }
    return null;
  }

  /**
   * JDK 25's AOT cache carries the methods' profiles in place of the raised on-stack replacement
   * threshold; a run without one (the cache off, a read-only install) gets the threshold.
   */
  @Test
  void aJdk25RunWithoutItsCacheHasOnStackReplacementPutOff() throws Exception {
    Path jdk = jdk25OrLater();
    assumeTrue(jdk != null, "no JDK 25 or later in /usr/lib/jvm");
    LauncherScript script = LauncherScript.install(install);
    ProcessBuilder command = script.command(jdk, "-h");
    command.environment().put("DLINSAR_CDS", "off");
    command.environment().put("JAVA_OPTS", "-Xmx256m -XX:+PrintFlagsFinal");
    Process process = command.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);

    assertEquals(0, process.exitValue(), output);
    assertTrue(Pattern.compile("Tier4BackEdgeThreshold += 2000000 ").matcher(output).find(),
        output.lines().filter(line -> line.contains("Tier4BackEdgeThreshold")).toList().toString());
  }
}
