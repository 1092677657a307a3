package org.dlinsar.parts;

/**
 * How many threads the engine computes tiles with: gpt's {@code -q} (system property {@value
 * #PROPERTY}, as SNAP's gpt sets it), else every core the JVM may use.
 */
public final class EngineThreads {

  /** The system property gpt's {@code -q} sets, as in SNAP. */
  public static final String PROPERTY = "snap.parallelism";

  private EngineThreads() {}

  /** @return the engine's tile threads, at least 1 */
  public static int count() {
    Integer configured = Integer.getInteger(PROPERTY);
    return configured != null && configured > 0 ? configured
        : Runtime.getRuntime().availableProcessors();
  }
}
