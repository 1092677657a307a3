package org.dlinsar.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the chromium found on PATH headless on a local page: its DOM after load, or a screenshot,
 * with the browser's log (console messages included) on the side. Each run gets a fresh profile
 * folder and no network, so runs do not share state and a page that fetches anything fails to;
 * shared memory goes to /tmp, as containers often give /dev/shm only 64 MB.
 */
final class HeadlessChromium {

  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");
  private static final long TIMEOUT_SECONDS = 120;

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /** The first of chromium's usual names found on PATH. */
  static Optional<HeadlessChromium> onPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(new HeadlessChromium(candidate));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What one run printed.
   *
   * @param stdout standard output (the DOM for {@code --dump-dom})
   * @param log standard error: chromium's log, console messages as {@code CONSOLE} lines
   */
  record Output(String stdout, String log) {

    /** The log's console messages: the page wrote them, or the browser reported an error on it. */
    List<String> consoleMessages() {
      return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  /** The page's DOM once loaded (virtual time lets every image decode first). */
  Output dumpDom(Path page, Path workFolder) throws IOException, InterruptedException {
    return run(workFolder, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
  }

  /** Writes a PNG of the page's top {@code width} x {@code height} CSS pixels. */
  Output screenshot(Path page, Path png, int width, int height, Path workFolder)
      throws IOException, InterruptedException {
    return run(workFolder, "--virtual-time-budget=5000", "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height, page.toUri().toString());
  }

  private Output run(Path workFolder, String... arguments) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workFolder, "chromium-profile");
    Path stdout = workFolder.resolve(profile.getFileName() + ".out");
    Path stderr = workFolder.resolve(profile.getFileName() + ".log");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new IOException(executable + " did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    String log = Files.readString(stderr);
    if (process.exitValue() != 0) {
      throw new IOException(executable + " exited with " + process.exitValue() + ": " + command + "\n" + log);
    }
    return new Output(Files.readString(stdout), log);
  }
}
