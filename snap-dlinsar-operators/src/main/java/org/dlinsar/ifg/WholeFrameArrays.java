package org.dlinsar.ifg;

import org.esa.snap.core.gpf.OperatorException;

/**
 * How large a raster a step that holds it in one Java array can take. An array is indexed by an
 * int, so a frame over 2^31 pixels cannot be one: its {@code width * height} wraps, negative
 * (46341 x 46341) or to a small positive size (65536 x 65537), and fails far into the run.
 */
public final class WholeFrameArrays {

  /**
   * The most samples one array is given: a few below {@link Integer#MAX_VALUE}, as HotSpot
   * refuses the last few lengths (the JDK's own growth code stops at the same margin).
   */
  public static final int MAX_PIXELS = Integer.MAX_VALUE - 8;

  private WholeFrameArrays() {}

  /** Whether a raster of {@code width x height} fits one array. */
  public static boolean fit(long width, long height) {
    return width * height <= MAX_PIXELS;
  }

  /**
   * Refuses a raster of {@code width x height} that does not fit one array, in one line.
   *
   * @param step what holds it, as the line starts ({@code "DL-Unwrap"})
   * @param what what needs the array ({@code "unwrapping the whole raster as one"})
   * @param remedy what to do instead
   */
  public static void check(String step, String what, int width, int height, String remedy) {
    if (!fit(width, height)) {
      throw new OperatorException(step + ": " + what + " needs an array of " + width + " x "
          + height + " (" + (long) width * height + " pixels), more than a Java array holds ("
          + MAX_PIXELS + "): " + remedy);
    }
  }
}
