package org.dlinsar.parts;

/**
 * The Java heap a {@link PartRunner} computes parts in and how many it computes there at once (a
 * Spark executor's heap and its tasks): what {@link Parts#checkFits} measures the largest part
 * against, where the runner, not the operator, decides how many run at once.
 *
 * @param holder what holds the heap, as a refusal names it ("a Spark executor (a task each)")
 * @param bytes the heap's maximum size
 * @param atOnce parts computed at once in it, >= 1
 * @param remedy what a refusal says to give
 */
public record PartHeap(String holder, long bytes, int atOnce, Remedy remedy) {

  /** What to give so that the parts fit: a larger heap, or fewer parts at once. */
  @FunctionalInterface
  public interface Remedy {

    /**
     * @param heapForAll the heap, as -Xmx takes it ("768m", "3g"), whose quarter holds
     *     {@link #atOnce} of the largest part
     * @param heapForOne the heap whose quarter holds one
     * @param fitting how many a quarter of this heap holds: fewer than {@link #atOnce}, maybe 0
     */
    String toGive(String heapForAll, String heapForOne, long fitting);
  }
}
