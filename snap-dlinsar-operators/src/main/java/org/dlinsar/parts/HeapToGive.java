package org.dlinsar.parts;

/**
 * The heap a refusal names when what a step holds does not fit its share of this one: as -Xmx and
 * spark.executor.memory take it, in steps of 128 MiB under a GiB, whole GiB above.
 */
public final class HeapToGive {

  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  private HeapToGive() {}

  /**
   * A heap of which one {@code share}-th holds {@code bytes}: {@code share} times them and a
   * quarter more (Java reports a heap some 10 % smaller than -Xmx sets), e.g. "768m" or "16g".
   */
  public static String holding(long bytes, int share) {
    long needed = ceilDiv(5 * share * bytes, 4);
    return needed <= GIB ? 128 * ceilDiv(needed, 128 * MIB) + "m" : ceilDiv(needed, GIB) + "g";
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
