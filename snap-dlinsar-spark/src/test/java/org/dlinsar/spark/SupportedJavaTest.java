package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** dlinsar-spark refuses, in one line, a Java its Hadoop cannot run on (SupportedJava). */
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

  /** The runner itself, on the JVM running this test: refused in one line on 24 and later, else it runs. */
  @Test
  void theRunnerSaysSoInOneLineBeforeStarting() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), DlinsarSpark.class.getName(), "--help")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), err);

    if (SupportedJava.refusal() == null) {
      assertEquals(0, process.exitValue(), err);
    } else {
      assertEquals(1, process.exitValue(), err);
      List<String> ours = err.lines().filter(line -> !line.startsWith("WARNING: ")).toList();
      assertEquals(List.of("dlinsar-spark: " + SupportedJava.refusal()), ours, err);
    }
  }
}
