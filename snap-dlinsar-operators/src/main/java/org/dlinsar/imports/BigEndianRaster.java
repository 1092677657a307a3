package org.dlinsar.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads rectangles of a raw big-endian float32 raster of {@code bands} interleaved values per
 * pixel (1: GAMMA float, 2: fcomplex), one row segment per read, so memory is the rectangle's.
 */
final class BigEndianRaster {

  private BigEndianRaster() {}

  /**
   * The values of the {@code w x h} pixels at {@code (x, y)}, row by row, pixel interleaved.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  static float[] read(Path file, int width, int bands, int x, int y, int w, int h) {
    float[] values = new float[w * h * bands];
    ByteBuffer row = ByteBuffer.allocate(w * bands * 4).order(ByteOrder.BIG_ENDIAN);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int j = 0; j < h; j++) {
        row.clear();
        long position = ((long) (y + j) * width + x) * bands * 4;
        while (row.hasRemaining()) {
          if (channel.read(row, position + row.position()) < 0) {
            throw new IOException("ends before line " + (y + j));
          }
        }
        row.flip().asFloatBuffer().get(values, j * w * bands, w * bands);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return values;
  }
}
