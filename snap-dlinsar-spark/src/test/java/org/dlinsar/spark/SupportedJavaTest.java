package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dlinsar-spark refuses, in one line, to run on a Java its Hadoop cannot run on (SupportedJava). */
class SupportedJavaTest {

  /** Why the tests that start Hadoop are skipped on Java 24 and later. */
  static final String HADOOP = "Hadoop 3.4.1 calls Subject.getSubject, which Java 24 took away (JEP 486):"
      + " dlinsar-spark runs on Java 17 to 23";

  @Test
  void java17To22RunAsTheyAre() {
    for (int feature = 17; feature <= 22; feature++) {
      assertNull(SupportedJava.refusal(feature, null), "Java " + feature);
    }
  }

  @Test
  void java23RunsWithTheSecurityManagerAllowedOnly() {
    assertNull(SupportedJava.refusal(23, "allow"));
    assertTrue(SupportedJava.refusal(23, null).contains("-Djava.security.manager=allow"));
  }

  @Test
  void java24AndLaterAreRefusedNamingTheRange() {
    for (int feature : new int[] {24, 25, 30}) {
      String refusal = SupportedJava.refusal(feature, "allow");
      assertTrue(refusal.contains("Java 17 to 23") && refusal.contains("Java " + feature), refusal);
    }
  }

  /**
   * The help and the version start no Hadoop: on Java 24 and later (and on 23 without the
   * security manager allowed) they were refused as a run was, before the arguments were read.
   */
  @Test
  void theHelpAndTheVersionAreShownOnAnyJavaWhileARunIsRefused() {
    List<List<String>> answeredFirst = List.of(List.of("--help"), List.of("-h"), List.of("--version"),
        List.of("graphs/mask.xml", "-Pinput=a.dim", "--version"), List.of("graphs/mask.xml", "--tile", "512", "-h"));
    List<String> run = List.of("graphs/mask.xml", "-Pinput=a.dim", "-Poutput=b.dim");
    for (int feature : new int[] {23, 24, 25, 30}) {
      for (List<String> args : answeredFirst) {
        assertNull(SupportedJava.refusal(args, feature, null), "Java " + feature + " " + args);
      }
      assertEquals(SupportedJava.refusal(feature, null), SupportedJava.refusal(run, feature, null), "Java " + feature);
      assertTrue(SupportedJava.refusal(run, feature, null) != null, "Java " + feature);
    }
    assertNull(SupportedJava.refusal(run, 21, null));
  }

  /**
   * The runner itself, on the JVM running this test: --help is shown on any Java; a run is refused
   * in one line on 24 and later, else it goes on to its arguments (here: no such graph file, refused as bin/dlinsar refuses it).
   */
  @Test
  void theRunnerShowsTheHelpAndRefusesARunInOneLineBeforeStarting(@TempDir Path dir) throws Exception {
    Run help = runner("--help");
    assertEquals(0, help.status(), help.err());
    assertTrue(help.out().startsWith("Usage: dlinsar-spark "), help.out());

    Run run = runner(dir.resolve("missing.xml").toString(), "-Pinput=a.dim");
    List<String> ours = run.err().lines().filter(line -> !line.startsWith("WARNING: ")).toList();
    if (SupportedJava.refusal() == null) {
      assertEquals(1, run.status(), run.err());
      assertTrue(ours.get(0).startsWith("dlinsar-spark: Cannot read graph "), run.err());
    } else {
      assertEquals(1, run.status(), run.err());
      assertEquals(List.of("dlinsar-spark: " + SupportedJava.refusal()), ours, run.err());
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run runner(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), DlinsarSpark.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
    String err = text(process.getErrorStream());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), err);
    return new Run(process.exitValue(), out.get(), err);
  }

  private static String text(InputStream stream) {
    try {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
