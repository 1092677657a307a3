package org.dlinsar.lite.cli;

import java.util.Locale;
import org.dlinsar.lite.Causes;

/**
 * The launcher's line for a run that ran out of Java heap: how big the heap was and which
 * option makes it bigger, since "Java heap space" tells a user neither (bin/dlinsar-spark words
 * its own with {@link #heapSize} and {@link #suggestedGib}).
 */
public final class OutOfMemory {

  private static final double MIB = 1024.0 * 1024;
  private static final double GIB = 1024 * MIB;
  /**
   * The launcher cannot tell which operator ran out, and -q alone does not help every one:
   * DL-Unwrap without detections and DL-Detect SUBSIDENCE hold arrays of the whole frame (README,
   * where it says memory is bounded by the tiles in flight).
   */
  private static final String LESS_AT_ONCE = "Tiled stages, and DL-Detect SUBSIDENCE (about 40 MB"
      + " per megapixel of the frame for each interferogram in flight), need less with fewer threads"
      + " (-q <threads>); DL-Unwrap without detections holds its whole frame even at -q 1 (about 0.1"
      + " GB per megapixel and 0.1 GB per thread): give it a smaller frame"
      + " (-PpixelRegion=x,y,width,height) or detection patches (-PdetectionsFile=...)";

  private OutOfMemory() {}

  /**
   * Whether {@code e} or one of its causes is an {@link OutOfMemoryError}: an operator that
   * wraps whatever it catches must not turn it into an ordinary processing error.
   */
  public static boolean isCauseOf(Throwable e) {
    return Causes.any(e, t -> t instanceof OutOfMemoryError);
  }

  /**
   * "out of memory: the Java heap is limited to 3.9 GiB; give Java more with JAVA_OPTS=-Xmx8g
   * ...", then what needs less memory, for a heap of at most {@code maxHeapBytes} ({@link Runtime#maxMemory()}).
   */
  static String message(long maxHeapBytes) {
    String limit = maxHeapBytes == Long.MAX_VALUE
        ? "the Java heap has no set limit"
        : "the Java heap is limited to " + heapSize(maxHeapBytes);
    return "out of memory: " + limit + "; give Java more with JAVA_OPTS=-Xmx" + suggestedGib(maxHeapBytes)
        + "g (the heap's maximum size). " + LESS_AT_ONCE;
  }

  /** "3.9 GiB", or "16 MiB" for heaps under a GiB, as -Xmx values are usually given. */
  public static String heapSize(long bytes) {
    return bytes < GIB
        ? String.format(Locale.ROOT, "%d MiB", Math.round(bytes / MIB))
        : String.format(Locale.ROOT, "%.1f GiB", bytes / GIB);
  }

  /** Twice the current heap in whole GiB, at least 2: enough of a step to be worth a retry. */
  public static long suggestedGib(long maxHeapBytes) {
    if (maxHeapBytes == Long.MAX_VALUE) {
      return 8;
    }
    return Math.max(2, (long) Math.ceil(2 * maxHeapBytes / GIB));
  }
}
