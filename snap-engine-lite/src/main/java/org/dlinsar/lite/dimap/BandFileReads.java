package org.dlinsar.lite.dimap;

import java.awt.Rectangle;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads rectangles of a band file (raw samples, row-major, big-endian, no header) into sample
 * arrays with as few read calls as it takes: whole rows in one read, and the rows of a narrower
 * rectangle in one read over the gaps between them when those are short. Samples are decoded in
 * bulk from a per-thread direct buffer into the array.
 */
final class BandFileReads {

  /**
   * Gap between two rows' samples up to which one read spans both: a read call costs about as
   * much as copying this many bytes more.
   */
  static final int SPAN_GAP_BYTES = 16 << 10;

  private static final DirectBuffers BUFFERS = new DirectBuffers();

  private BandFileReads() {
  }

  /**
   * Reads rectangle {@code r} of a file {@code fileWidth} samples wide into {@code samples}
   * (row-major from index 0).
   *
   * @throws EOFException naming the byte where the file ends, if it is shorter than the rectangle
   */
  static void read(FileChannel channel, int fileWidth, int elemSize, Rectangle r, Object samples) throws IOException {
    long fileRowBytes = (long) fileWidth * elemSize;
    int rowBytes = r.width * elemSize;
    long first = ((long) r.y * fileWidth + r.x) * elemSize;
    if (r.width == fileWidth) {
      readRun(channel, first, samples, 0, r.width * r.height, elemSize);
      return;
    }
    boolean span = fileRowBytes - rowBytes <= Math.max(rowBytes, SPAN_GAP_BYTES);
    ByteBuffer buffer = BUFFERS.get(span ? (r.height - 1) * fileRowBytes + rowBytes : rowBytes);
    int rowsPerRead = (int) Math.min(r.height, (buffer.capacity() - rowBytes) / fileRowBytes + 1);
    if (!span || rowsPerRead < 2) {
      for (int row = 0; row < r.height; row++) {
        readRun(channel, first + row * fileRowBytes, samples, row * r.width, r.width, elemSize);
      }
      return;
    }
    for (int row = 0; row < r.height; row += rowsPerRead) {
      int rows = Math.min(rowsPerRead, r.height - row);
      buffer.clear().limit((int) ((rows - 1) * fileRowBytes + rowBytes));
      readFully(channel, buffer, first + row * fileRowBytes);
      for (int i = 0; i < rows; i++) {
        int at = (int) (i * fileRowBytes);
        buffer.limit(at + rowBytes).position(at);
        BigEndianSamples.decode(buffer, samples, (row + i) * r.width, r.width);
      }
    }
  }

  /** Reads {@code count} consecutive samples from byte {@code position} into {@code samples}. */
  private static void readRun(FileChannel channel, long position, Object samples, int offset, int count,
      int elemSize) throws IOException {
    ByteBuffer buffer = BUFFERS.get((long) count * elemSize);
    int chunk = buffer.capacity() / elemSize;
    for (int done = 0; done < count; done += chunk) {
      int n = Math.min(chunk, count - done);
      buffer.clear().limit(n * elemSize);
      readFully(channel, buffer, position + (long) done * elemSize);
      buffer.flip();
      BigEndianSamples.decode(buffer, samples, offset + done, n);
    }
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    long start = position - buffer.position();
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, start + buffer.position()) < 0) {
        throw new EOFException("file ends at byte " + (start + buffer.position()));
      }
    }
  }
}
