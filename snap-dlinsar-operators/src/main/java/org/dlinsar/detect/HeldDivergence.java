package org.dlinsar.detect;

import java.awt.Rectangle;

/**
 * A divergence field that keeps the whole rows a scan reads ({@link KeptRows}), so that measuring
 * the blobs after the scan reads memory instead of the source again. Its source is the gradient
 * stack: a frame whose stack and masks outgrow the tile cache would compute them again around
 * nearly every blob. Rows read by a strip scanned elsewhere (a Spark task) are not here and are
 * read from the source.
 */
final class HeldDivergence implements DivergenceRows {

  private final DivergenceRows source;
  private final KeptRows rows;

  private HeldDivergence(DivergenceRows source, int width, int height) {
    this.source = source;
    this.rows = new KeptRows(width, height);
  }

  /** {@code source}, holding its rows when the frame takes at most an eighth of the heap. */
  static DivergenceRows over(DivergenceRows source, int width, int height) {
    return KeptRows.fitHeap(1, width, height) ? new HeldDivergence(source, width, height) : source;
  }

  @Override
  public void fill(int x0, int y0, int w, int h, float[] out) {
    Rectangle r = new Rectangle(x0, y0, w, h);
    if (rows.has(r)) {
      rows.copy(r, out);
      return;
    }
    source.fill(x0, y0, w, h, out);
    rows.keep(r, out);
  }
}
