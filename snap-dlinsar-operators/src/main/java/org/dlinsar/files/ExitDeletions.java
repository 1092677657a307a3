package org.dlinsar.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Temporary files that a shutdown of the JVM (SIGTERM, Ctrl-C, {@code System.exit}) deletes if it
 * comes before they are done with. The shutdown hooks run while the run's threads go on, so a
 * writer may create its temporary after the hook has deleted what it knew of, and the JVM then
 * halts before the writer's own cleanup: each file is created under the lock the deletion takes,
 * and none is created once the deletion has begun. What a SIGKILL leaves is swept by the next run
 * ({@link RunOwnedTemp}). File.deleteOnExit is not used: it keeps every path until exit, and a
 * service running for months would collect them.
 */
public final class ExitDeletions {

  /** This JVM's, with one shutdown hook added with its first file. */
  public static final ExitDeletions JVM = new ExitDeletions(true);

  /** Creates a file, returning what the caller needs of it (its stream, its path). */
  @FunctionalInterface
  public interface Creation<T> {
    T create() throws IOException;
  }

  private final boolean addsHook;
  private final Set<Path> files = new HashSet<>();
  private boolean hooked;
  private boolean deleting;

  /** @param addsHook whether the first file adds the JVM's shutdown hook (tests run {@link #deleteAll} themselves) */
  ExitDeletions(boolean addsHook) {
    this.addsHook = addsHook;
  }

  /**
   * Runs {@code creation}, which creates {@code file}, and deletes the file at shutdown until
   * {@link #forget}.
   *
   * @throws IOException naming the file when the JVM is shutting down: it is not created
   */
  public <T> T create(Path file, Creation<T> creation) throws IOException {
    return create(creation, created -> file);
  }

  /** As {@link #create(Path, Creation)} for a creation that returns the file it made (Files.createTempFile). */
  public Path createFile(Creation<Path> creation) throws IOException {
    return create(creation, Function.identity());
  }

  private synchronized <T> T create(Creation<T> creation, Function<T, Path> file) throws IOException {
    if (deleting) {
      throw new IOException("not created: the JVM is shutting down");
    }
    if (addsHook && !hooked) {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(this::deleteAll, "dlinsar-temporary-files"));
      } catch (IllegalStateException e) {
        throw new IOException("not created: the JVM is shutting down", e);
      }
      hooked = true;
    }
    T created = creation.create();
    files.add(file.apply(created));
    return created;
  }

  /** The file is renamed into place or deleted: shutdown leaves it alone. */
  public synchronized void forget(Path file) {
    files.remove(file);
  }

  /** The shutdown hook: deletes every file not forgotten, and lets none be created after. */
  synchronized void deleteAll() {
    deleting = true;
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // the next run's sweep deletes it (RunOwnedTemp)
      }
    }
    files.clear();
  }

  /** The files a shutdown would delete now. */
  public synchronized Set<Path> files() {
    return Set.copyOf(files);
  }
}
