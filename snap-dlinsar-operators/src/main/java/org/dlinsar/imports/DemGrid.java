package org.dlinsar.imports;

import java.awt.Rectangle;

/**
 * Heights of a DEM on its own north-up lon/lat grid, bilinearly interpolated at a stack's pixel
 * centres (the default of SNAP's AddElevation): a Copernicus or SRTM tile covering a LiCSAR frame
 * at another spacing. A stack pixel whose four DEM neighbours are not all heights gets NaN.
 *
 * @param dem the DEM's grid
 * @param stack the stack's grid, inside the DEM's ({@link #covers})
 */
record DemGrid(GeoTiffGrid dem, GeoTiffGrid stack) {

  /** Whether every pixel centre of the stack lies between pixel centres of the DEM, or on its outer half pixel. */
  boolean covers() {
    return inside(demX(0), dem.width()) && inside(demX(stack.width() - 1), dem.width())
        && inside(demY(0), dem.height()) && inside(demY(stack.height() - 1), dem.height());
  }

  private static boolean inside(double at, int size) {
    return at >= -0.5 - 1e-9 && at <= size - 0.5 + 1e-9;
  }

  /** Stack rows of the smallest tile the writer asks for: the DEM's rows under them are read whole. */
  static final int TILE_ROWS = 256;

  /**
   * Bytes one read of the DEM under a tile of {@value #TILE_ROWS} stack rows holds: its rows are
   * decoded across the DEM's whole width (a strip or row of tiles spans it), as samples and as
   * floats. A 1" mosaic 40 degrees wide under a frame at 0.001 degrees is 0.8 GB a read.
   */
  long bytesPerRead() {
    Rectangle window = window(new Rectangle(0, 0, stack.width(), Math.min(TILE_ROWS, stack.height())));
    return 8L * dem.width() * window.height;
  }

  /** The DEM's pixels the heights of the stack's {@code box} interpolate from. */
  Rectangle window(Rectangle box) {
    int x0 = clamp((int) Math.floor(Math.min(demX(box.x), demX(box.x + box.width - 1))), dem.width());
    int x1 = clamp((int) Math.ceil(Math.max(demX(box.x), demX(box.x + box.width - 1))), dem.width());
    int y0 = clamp((int) Math.floor(Math.min(demY(box.y), demY(box.y + box.height - 1))), dem.height());
    int y1 = clamp((int) Math.ceil(Math.max(demY(box.y), demY(box.y + box.height - 1))), dem.height());
    return new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
  }

  /**
   * The heights at the pixel centres of {@code box}, row by row.
   *
   * @param heights the DEM's samples over {@code window}, row by row, NaN where no data
   * @param window {@link #window} of {@code box}
   */
  float[] interpolate(float[] heights, Rectangle window, Rectangle box) {
    float[] out = new float[box.width * box.height];
    for (int j = 0; j < box.height; j++) {
      double y = Math.min(Math.max(demY(box.y + j), 0), dem.height() - 1) - window.y;
      int r0 = Math.min((int) Math.floor(y), window.height - 1);
      int r1 = Math.min(r0 + 1, window.height - 1);
      double fy = y - r0;
      for (int i = 0; i < box.width; i++) {
        double x = Math.min(Math.max(demX(box.x + i), 0), dem.width() - 1) - window.x;
        int c0 = Math.min((int) Math.floor(x), window.width - 1);
        int c1 = Math.min(c0 + 1, window.width - 1);
        double fx = x - c0;
        double top = (1 - fx) * heights[r0 * window.width + c0] + fx * heights[r0 * window.width + c1];
        double bottom = (1 - fx) * heights[r1 * window.width + c0] + fx * heights[r1 * window.width + c1];
        out[j * box.width + i] = (float) ((1 - fy) * top + fy * bottom);
      }
    }
    return out;
  }

  /** The DEM's column (0: the centre of its first) under the centre of the stack's column {@code x}. */
  private double demX(int x) {
    return (stack.longitude(x + 0.5) - dem.longitude(0.5)) / dem.lonStep();
  }

  private double demY(int y) {
    return (stack.latitude(y + 0.5) - dem.latitude(0.5)) / dem.latStep();
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(size - 1, v));
  }
}
