package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dlinsar.lite.OpenFileLimit;
import org.dlinsar.lite.gpf.testops.ManyBandStackOp;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run past the process's limit of open files (a stack of many interferograms under a shell's
 * {@code ulimit -n 1024}) fails with one line that names the file and says how to raise the limit.
 */
class OpenFileLimitTest {

  /**
   * The launcher, with the test operator of many bands registered; exits with its status. The
   * classes of a write and of its error come from folders here, one open file per class loaded,
   * so a small write loads them first, as the jars of an installation hold them open.
   */
  public static void main(String[] args) throws Exception {
    GPF.getDefaultInstance().getOperatorSpiRegistry().addOperatorSpi(new ManyBandStackOp.Spi());
    Path warmUp = Path.of(args[args.length - 1]).resolveSibling("warm-up.dim");
    Launcher.run(new String[] {"Test-ManyBandStack", "-Pbands=1", "-t", warmUp.toString()}, System.out, System.err);
    Class.forName("org.dlinsar.lite.dimap.FileErrors");
    Class.forName("org.dlinsar.lite.FileFaults");
    OpenFileLimit.remedy();
    System.exit(Launcher.run(args, System.out, System.err));
  }

  @Test
  void aWritePastTheOpenFileLimitFailsWithOneLineThatSaysUlimitN(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("stack.dim");
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    // 250 band files written at once against a limit of 160, which the JVM itself starts within
    String command = "ulimit -n 160 && exec '" + java + "' -Djava.awt.headless=true -Xmx256m -cp '"
        + System.getProperty("java.class.path") + "' " + OpenFileLimitTest.class.getName()
        + " Test-ManyBandStack -Pbands=250 -t '" + target + "'";
    Process child = new ProcessBuilder("bash", "-c", command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), err);

    List<String> errors = err.lines().filter(line -> line.startsWith("Error: ")).toList();
    assertEquals(1, child.exitValue(), err);
    assertEquals(1, errors.size(), err);
    String line = errors.get(0);
    assertTrue(line.contains("Too many open files") && line.contains(".img"), line);
    assertTrue(line.contains("ulimit -n") && line.contains("(160 for this process)")
        && line.contains("4 open files per interferogram"), line);
    assertFalse(Files.exists(target), "no half-written target");
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.map(file -> file.getFileName().toString())
          .filter(name -> name.contains("stack")).toList(), "nothing of the failed write left");
    }
  }

  @Test
  void theRemedyIsGivenOnlyForTheProcesssOwnLimit() {
    OperatorException wrapped = new OperatorException("cannot read band 'i'",
        new FileSystemException("/data/i.img", null, "Too many open files"));

    assertTrue(OpenFileLimit.isCauseOf(wrapped));
    assertFalse(OpenFileLimit.isCauseOf(new IOException("Too many open files in system")),
        "the whole system's table: no ulimit of this process mends it");
    assertFalse(OpenFileLimit.isCauseOf(new IOException("No space left on device")));
  }
}
