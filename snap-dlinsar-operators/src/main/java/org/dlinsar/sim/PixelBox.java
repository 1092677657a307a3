package org.dlinsar.sim;

import java.awt.Rectangle;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A rectangle of pixels, x0/y0 inclusive and x1/y1 exclusive (CONTRACT.md {@code bbox_px}).
 *
 * @param x0 first column
 * @param y0 first row
 * @param x1 one past the last column, > x0
 * @param y1 one past the last row, > y0
 */
public record PixelBox(int x0, int y0, int x1, int y1) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** @throws IllegalArgumentException when the box is empty */
  public PixelBox {
    if (x1 <= x0 || y1 <= y0) {
      throw new IllegalArgumentException("empty pixel box [" + x0 + ", " + y0 + ", " + x1 + ", "
          + y1 + "): x1 must exceed x0 and y1 must exceed y0");
    }
  }

  /** The box of {@code width} x {@code height} pixels at (x, y). */
  public static PixelBox of(int x, int y, int width, int height) {
    return new PixelBox(x, y, x + width, y + height);
  }

  /** The box as a tile's rectangle (x, y, width, height), which source tiles are asked for by. */
  public Rectangle rectangle() {
    return new Rectangle(x0, y0, width(), height());
  }

  /**
   * The box as metadata writes it ({@code bbox_px}, {@code patch_px}): "x0,y0,x1,y1".
   */
  public String toCsv() {
    return x0 + "," + y0 + "," + x1 + "," + y1;
  }

  /**
   * The box as messages name it, its first and last column and row: "x 109-123, y 225-238", as
   * DL-Detect's messages and the report's tables give a box (the record's own form, {@code
   * PixelBox[x0=109, ...]}, is Java's, and its x1 and y1 lie one past the box).
   */
  @Override
  public String toString() {
    return "x " + x0 + "-" + (x1 - 1) + ", y " + y0 + "-" + (y1 - 1);
  }

  /**
   * Reads {@link #toCsv()}'s "x0,y0,x1,y1".
   *
   * @param where what holds the text, named in the error (an attribute of an element of a product)
   * @throws IllegalArgumentException naming {@code where} and {@code text} when it is not four
   *     integers or an empty box
   */
  public static PixelBox parse(String text, String where) {
    String[] cells = text.split(",", -1);
    try {
      if (cells.length != 4) {
        throw new IllegalArgumentException(cells.length + " values instead of 4");
      }
      return new PixelBox(Integer.parseInt(cells[0].trim()), Integer.parseInt(cells[1].trim()),
          Integer.parseInt(cells[2].trim()), Integer.parseInt(cells[3].trim()));
    } catch (IllegalArgumentException e) {
      String why = e instanceof NumberFormatException ? "not all integers" : e.getMessage();
      throw new IllegalArgumentException(where + " is '" + text + "', not a pixel box x0,y0,x1,y1 ("
          + why + ")", e);
    }
  }

  /** Width in pixels. */
  public int width() {
    return x1 - x0;
  }

  /** Height in pixels. */
  public int height() {
    return y1 - y0;
  }

  /** True when pixel (x, y) lies inside. */
  public boolean contains(int x, int y) {
    return x >= x0 && x < x1 && y >= y0 && y < y1;
  }

  /** This box grown by {@code margin} pixels on every side and clipped to [0, w) x [0, h). */
  public PixelBox grownWithin(int margin, int w, int h) {
    return new PixelBox(Math.max(0, x0 - margin), Math.max(0, y0 - margin),
        Math.min(w, x1 + margin), Math.min(h, y1 + margin));
  }

  /** The pixels inside at least one of {@code boxes}: a pixel in several counts once. */
  public static long coveredPixels(List<PixelBox> boxes) {
    int[] xs = boxes.stream().flatMapToInt(b -> IntStream.of(b.x0, b.x1)).sorted().distinct().toArray();
    int[] ys = boxes.stream().flatMapToInt(b -> IntStream.of(b.y0, b.y1)).sorted().distinct().toArray();
    long covered = 0;
    for (int i = 0; i + 1 < xs.length; i++) {
      for (int j = 0; j + 1 < ys.length; j++) {
        int x = xs[i];
        int y = ys[j];
        if (boxes.stream().anyMatch(b -> b.contains(x, y))) {
          covered += (long) (xs[i + 1] - x) * (ys[j + 1] - y);
        }
      }
    }
    return covered;
  }
}
