package org.dlinsar.lite.cli;

/**
 * Told when a {@code dlinsar} run starts and how it ends, so that a module can hold what it wrote
 * to the outcome: the files a stage writes beside its product go back to what they were when the
 * run fails, as the product does. Found through {@link java.util.ServiceLoader} (list the
 * implementation in {@code META-INF/services/org.dlinsar.lite.cli.RunOutcome}).
 */
public interface RunOutcome {

  /** Before the run's first step. Nothing by default: most modules hold nothing while it runs. */
  default void starting() {}

  /**
   * The run is about to put a new product in place as {@code dimFile}, replacing what is there:
   * files that belong to the old product go with it (see {@link org.dlinsar.lite.dimap.RunTargets}).
   *
   * @throws java.io.IOException naming the file that could not be moved: the product is not placed
   */
  default void placing(java.nio.file.Path dimFile) throws java.io.IOException {
  }

  /**
   * The renames of the product {@link #placing} was told of are over: it is in place, or its
   * commit failed and the old product is back. Told once after each placing that returned.
   */
  default void placed(java.nio.file.Path dimFile, boolean inPlace) {}

  /** The run exits with status 0. */
  default void succeeded() {}

  /** The run exits with another status: it failed or was refused. */
  default void failed() {}

  /**
   * As {@link #failed()}, in a launcher's own JVM, which exits next: threads of the run may still
   * be writing until then, so what a stop refuses from them is refused from now on too. By
   * default as {@link #failed()}.
   */
  default void failedBeforeExit() {
    failed();
  }

  /**
   * A signal (Ctrl-C, SIGTERM) stops the run: release, and wait for, what must not be freed
   * under a running thread, and undo what a failed run undoes; then the run's targets are freed
   * and the JVM exits, with its shutdown hooks ({@link #failed()} may or may not be called).
   */
  default void stopping() {}
}
