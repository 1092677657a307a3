package org.dlinsar.lite;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The capacity of the headless engine's tile cache, as SNAP configures JAI's.
 *
 * <p>SNAP reads {@value #PROPERTY} (megabytes): gpt defaults it to 512
 * ({@code CommandLineArgs.getDefaultTileCacheSize}, overridden by {@code -c}), SNAP outside gpt
 * to a quarter of the heap ({@code SystemUtils.init3rdPartyLibs}). Unset, the engine takes the
 * smaller of the two, so that a small heap is not filled by cached tiles: gpt would give 512 MB
 * to a 256 MB heap and rely on JAI flushing its cache on OutOfMemoryError.
 */
public final class TileCacheSize {

  /** SNAP's property, in megabytes; gpt's {@code -c} sets it. */
  public static final String PROPERTY = "snap.jai.tileCacheSize";

  /** gpt's default capacity, bytes. */
  public static final long GPT_DEFAULT_BYTES = 512L << 20;

  private static final long MB = 1L << 20;
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private TileCacheSize() {
  }

  /**
   * {@value #PROPERTY} in bytes when it is a non-negative number, else the default above. Read on
   * every call, so that the launcher's {@code -c} applies to the runs after it.
   */
  public static long bytes() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null) {
      try {
        long megabytes = Long.parseLong(configured.trim());
        if (megabytes >= 0) {
          return megabytes * MB;
        }
      } catch (NumberFormatException e) {
        // warned below
      }
      if (WARNED.compareAndSet(false, true)) {
        Logger.getLogger(TileCacheSize.class.getName()).warning("system property " + PROPERTY
            + " must be a number of megabytes, got '" + configured + "'; using the default");
      }
    }
    return Math.min(GPT_DEFAULT_BYTES, Runtime.getRuntime().maxMemory() / 4);
  }
}
