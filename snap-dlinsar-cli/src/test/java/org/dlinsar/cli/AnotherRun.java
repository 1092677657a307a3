package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.lite.dimap.RunTargets;

/**
 * A launcher's run in a child JVM that holds a target, as a run writing it does, until closed: the
 * OS lock is a process's, so another run must be another process.
 */
final class AnotherRun implements AutoCloseable {

  private static final String HELD = "held";
  private final Process child;

  private AnotherRun(Process child) {
    this.child = child;
  }

  /** Starts the child and returns once it holds {@code dimFile}. */
  static AnotherRun holding(Path dimFile) throws IOException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        AnotherRun.class.getName(), dimFile.toString()).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = lines.readLine();
    if (!HELD.equals(line)) {
      child.destroyForcibly();
      throw new IOException("the other run did not take " + dimFile + ": " + line);
    }
    return new AnotherRun(child);
  }

  /** Ends the child: closing its input lets it go. */
  @Override
  public void close() throws IOException, InterruptedException {
    child.getOutputStream().close();
    if (!child.waitFor(60, TimeUnit.SECONDS)) {
      child.destroyForcibly();
    }
    assertEquals(0, child.exitValue(), "the other run failed");
  }

  /** The child: holds the target given for as long as its input stays open. */
  public static void main(String[] args) throws IOException {
    RunTargets.open(dimFile -> { });
    DimapTarget.of(new File(args[0])).prepare();
    System.out.println(HELD);
    System.out.flush();
    while (System.in.read() >= 0) {
      // the test closes our input when it is done
    }
    RunTargets.close(true);
  }
}
