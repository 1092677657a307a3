package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DL-Mask run killed outright (SIGKILL, the out-of-memory killer) deletes nothing; its spill
 * file, up to a byte per pixel and interferogram, is deleted by the next run that spills. Runs in
 * JVMs of their own, as a kill is what is tested.
 */
class MaskTileSpillLeftoverTest {

  /** Keeps one tile; then closes the spill, or with "wait" says so and waits to be killed. */
  public static void main(String[] args) throws InterruptedException {
    MaskTileSpill spill = new MaskTileSpill(1, 20, 20, 20, 20, Logger.getAnonymousLogger());
    spill.put(0, new Rectangle(0, 0, 20, 20), new byte[400]);
    if (args.length > 0 && args[0].equals("wait")) {
      System.out.println("kept");
      System.out.flush();
      Thread.sleep(120_000);
    }
    spill.close();
  }

  @Test
  void theNextRunDeletesTheSpillOfAKilledRunAndLeavesThoseOfLiveOrUnknownRuns(@TempDir Path tmp)
      throws Exception {
    // this test's JVM is alive; a name without an owner may be anyone's
    String live = MaskTileSpill.KIND + ProcessHandle.current().pid() + "-7.bin";
    String unknown = MaskTileSpill.KIND + "8123456789.bin";
    Files.write(tmp.resolve(live), new byte[1]);
    Files.write(tmp.resolve(unknown), new byte[1]);

    Process killed = child(tmp, "wait").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("kept", out.readLine());
    }
    killed.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    String killedSpill = MaskTileSpill.KIND + killed.pid() + "-";
    assertTrue(listed(tmp).stream().anyMatch(name -> name.startsWith(killedSpill)),
        "the killed run's spill, named after it: " + listed(tmp));

    Process next = child(tmp).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(next.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(next.waitFor(60, TimeUnit.SECONDS), err);
    assertEquals(0, next.exitValue(), err);

    assertEquals(java.util.Set.of(live, unknown), java.util.Set.copyOf(listed(tmp)));
  }

  private static ProcessBuilder child(Path tmp, String... args) {
    ProcessBuilder builder = new ProcessBuilder(
        new File(System.getProperty("java.home"), "bin/java").getPath(),
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        MaskTileSpillLeftoverTest.class.getName());
    builder.command().addAll(List.of(args));
    return builder;
  }

  private static List<String> listed(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
