package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dlinsar.lite.ModuleProperties;
import org.junit.jupiter.api.Test;

/** {@code dlinsar-spark --version} prints the build's version, as {@code dlinsar --version}. */
class DlinsarSparkVersionTest {

  @Test
  void versionPrintsTheBuildVersionWithoutStartingSpark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = DlinsarSpark.run(new String[] {"--version"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals("dlinsar-spark " + ModuleProperties.buildVersion() + System.lineSeparator(),
        out.toString(StandardCharsets.UTF_8));
    assertTrue(DlinsarSpark.USAGE.contains("--version"), DlinsarSpark.USAGE);
  }

  @Test
  void versionWinsWhereverItStandsAsBinDlinsarsDoes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = DlinsarSpark.run(new String[] {"graphs/mask.xml", "--tile", "256", "--version"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8));

    assertEquals(0, status);
    assertEquals("dlinsar-spark " + ModuleProperties.buildVersion() + System.lineSeparator(),
        out.toString(StandardCharsets.UTF_8));
  }
}
