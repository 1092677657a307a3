package org.dlinsar.detect;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.dlinsar.ifg.WholeFrameArrays;

/**
 * One float raster of a frame, kept a whole row at a time as it is read, and copied out again by
 * rectangles until released. The frame's samples are allocated with the first row kept. Safe
 * from several threads: a row is marked kept after its samples are written, so a reader that sees
 * the mark sees them.
 */
final class KeptRows {

  private final int width;
  private final int height;
  private final AtomicIntegerArray kept;
  private volatile float[] samples;
  private volatile boolean released;

  KeptRows(int width, int height) {
    this.width = width;
    this.height = height;
    this.kept = new AtomicIntegerArray(height);
  }

  /** Share of the heap that what detection keeps of a frame may take, each kind of it. */
  private static final int HEAP_SHARE = 8;

  /**
   * Whether {@code rasters} such rasters of a frame take at most an eighth of the heap, each in
   * one array (a larger frame is read again instead).
   */
  static boolean fitHeap(int rasters, int width, int height) {
    return fitHeap(rasters, width, height, Runtime.getRuntime().maxMemory());
  }

  /** {@link #fitHeap(int, int, int)} for a heap of {@code maxMemory} bytes. */
  static boolean fitHeap(int rasters, int width, int height, long maxMemory) {
    return WholeFrameArrays.fit(width, height)
        && (long) rasters * width * height * Float.BYTES <= maxMemory / HEAP_SHARE;
  }

  /**
   * Keeps the rows inside the frame of {@code values}, read over {@code r} (row-major), when
   * {@code r} spans whole rows; rows kept already stay as they are.
   */
  void keep(Rectangle r, float[] values) {
    if (released || r.x > 0 || r.x + r.width < width) {
      return;
    }
    float[] frame = frame();
    for (int y = Math.max(0, r.y); y < Math.min(height, r.y + r.height); y++) {
      if (kept.get(y) == 0) {
        System.arraycopy(values, (y - r.y) * r.width - r.x, frame, y * width, width);
        kept.set(y, 1);
      }
    }
  }

  /** Whether every row of {@code r} inside the frame is kept (and not released). */
  boolean has(Rectangle r) {
    if (released) {
      return false;
    }
    for (int y = Math.max(0, r.y); y < Math.min(height, r.y + r.height); y++) {
      if (kept.get(y) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Copies {@code r}, whose rows inside the frame are kept, into {@code out}; 0 outside the frame.
   *
   * @return false, with nothing copied, when the rows were released meanwhile
   */
  boolean copy(Rectangle r, float[] out) {
    float[] frame = samples;
    if (frame == null || released) {
      return false;
    }
    Arrays.fill(out, 0, r.width * r.height, 0f);
    int xFrom = Math.max(0, r.x);
    int xTo = Math.min(width, r.x + r.width);
    for (int y = Math.max(0, r.y); y < Math.min(height, r.y + r.height) && xFrom < xTo; y++) {
      System.arraycopy(frame, y * width + xFrom, out, (y - r.y) * r.width + (xFrom - r.x), xTo - xFrom);
    }
    return true;
  }

  /** Frees the samples; nothing is kept or copied after. */
  void release() {
    released = true;
    samples = null;
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
