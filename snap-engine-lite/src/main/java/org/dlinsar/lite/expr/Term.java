package org.dlinsar.lite.expr;

/** A parsed band-maths term, evaluated at one pixel; booleans are 1 and 0, and any non-zero is true. */
interface Term {

  /**
   * @param columns the samples of every referenced raster over the rectangle, by symbol index
   * @param i the pixel's index in the rectangle, row-major
   * @param x the pixel's scene column
   * @param y the pixel's scene row
   */
  double eval(double[][] columns, int i, int x, int y);

  /** Whether jexp types the term as an integer (integer division and modulo, bitwise operators). */
  default boolean isInt() {
    return false;
  }

  static boolean truth(double value) {
    return value != 0.0;
  }

  static double of(boolean value) {
    return value ? 1.0 : 0.0;
  }
}
