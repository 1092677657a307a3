package org.dlinsar.lite;

/** How many threads the headless engine computes and writes tiles with. */
public final class Parallelism {

  /** System property gpt's {@code -q} sets, as in SNAP. */
  public static final String PROPERTY = "snap.parallelism";

  private Parallelism() {
  }

  /** The value of {@value #PROPERTY} when it is a positive integer, else the number of cores. */
  public static int threads() {
    int cores = Runtime.getRuntime().availableProcessors();
    Integer configured = Integer.getInteger(PROPERTY);
    return configured != null && configured > 0 ? configured : cores;
  }
}
