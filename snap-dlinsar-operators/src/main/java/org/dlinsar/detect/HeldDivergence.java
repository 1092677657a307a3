package org.dlinsar.detect;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A divergence field that keeps the whole rows a scan reads, so that measuring the blobs after the
 * scan reads memory instead of the source again. Its source is the gradient stack: a frame whose
 * stack and masks outgrow the tile cache would compute them again around nearly every blob.
 *
 * <p>Rows read by a strip scanned elsewhere (a Spark task) are not here and are read from the
 * source. The frame's samples are allocated on the first whole row read.
 */
final class HeldDivergence implements DivergenceRows {

  /** Share of the heap the field may take; a larger frame is not held. */
  private static final int HEAP_SHARE = 8;

  private final DivergenceRows source;
  private final int width;
  private final int height;
  /** 1 where the row is held; written after its samples, so that a reader sees them. */
  private final AtomicIntegerArray held;
  private volatile float[] samples;

  private HeldDivergence(DivergenceRows source, int width, int height) {
    this.source = source;
    this.width = width;
    this.height = height;
    this.held = new AtomicIntegerArray(height);
  }

  /** {@code source}, holding its rows when the frame takes at most an eighth of the heap. */
  static DivergenceRows over(DivergenceRows source, int width, int height) {
    long bytes = (long) width * height * Float.BYTES;
    return bytes <= Runtime.getRuntime().maxMemory() / HEAP_SHARE ? new HeldDivergence(source, width, height) : source;
  }

  @Override
  public void fill(int x0, int y0, int w, int h, float[] out) {
    int from = Math.max(0, y0);
    int to = Math.min(height, y0 + h);
    if (isHeld(from, to)) {
      copyHeld(x0, y0, w, h, from, to, out);
      return;
    }
    source.fill(x0, y0, w, h, out);
    if (x0 <= 0 && x0 + w >= width) {
      float[] frame = frame();
      for (int y = from; y < to; y++) {
        if (held.get(y) == 0) {
          System.arraycopy(out, (y - y0) * w - x0, frame, y * width, width);
          held.set(y, 1);
        }
      }
    }
  }

  private boolean isHeld(int from, int to) {
    for (int y = from; y < to; y++) {
      if (held.get(y) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Rows [from, to) from memory, 0 outside the frame. */
  private void copyHeld(int x0, int y0, int w, int h, int from, int to, float[] out) {
    Arrays.fill(out, 0, w * h, 0f);
    int xFrom = Math.max(0, x0);
    int xTo = Math.min(width, x0 + w);
    if (xFrom >= xTo) {
      return;
    }
    for (int y = from; y < to; y++) {
      System.arraycopy(samples, y * width + xFrom, out, (y - y0) * w + (xFrom - x0), xTo - xFrom);
    }
  }

  private float[] frame() {
    float[] frame = samples;
    if (frame == null) {
      synchronized (this) {
        frame = samples;
        if (frame == null) {
          frame = new float[width * height];
          samples = frame;
        }
      }
    }
    return frame;
  }
}
