package org.dlinsar.unwrap;

/**
 * The edges and 2 x 2 loops of a {@code width x height} pixel grid, row-major: edge and loop
 * indices shared by the residue, flow and integration steps.
 *
 * <p>Across edge (y, x) joins pixel (y, x) to (y, x + 1), index {@code y * (width - 1) + x};
 * down edge (y, x) joins (y, x) to (y + 1, x), index {@code y * width + x}. Loop (y, x) is the
 * square with corners (y, x) and (y + 1, x + 1), index {@code y * (width - 1) + x}; its
 * anticlockwise sum is across(y, x) + down(y, x + 1) - across(y + 1, x) - down(y, x).
 */
record PhaseGrid(int width, int height) {

  PhaseGrid {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("grid must be at least 1 x 1, got " + width + " x " + height);
    }
  }

  int pixels() {
    return width * height;
  }

  int acrossEdges() {
    return (width - 1) * height;
  }

  int downEdges() {
    return width * (height - 1);
  }

  int loops() {
    return StrictMath.max(0, (width - 1) * (height - 1));
  }

  /** Checks that an array holds one value per pixel; names the array in the error. */
  void checkPixels(String name, float[] values) {
    if (values == null || values.length != pixels()) {
      throw new IllegalArgumentException(name + " must hold width * height = " + width + " * " + height
          + " = " + pixels() + " values, got " + (values == null ? "null" : values.length));
    }
  }
}
