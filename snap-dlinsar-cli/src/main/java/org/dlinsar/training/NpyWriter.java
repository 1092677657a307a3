package org.dlinsar.training;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes one NumPy {@code .npy} array (format 1.0, C order, little endian) record by record, so
 * a training shard of any length streams to disk. The shape is fixed up front; closing before
 * every record was written is an error.
 */
final class NpyWriter implements AutoCloseable {

  /** Element types written. */
  enum Type {
    FLOAT32("<f4", 4), UINT8("|u1", 1);

    final String descr;
    final int bytes;

    Type(String descr, int bytes) {
      this.descr = descr;
      this.bytes = bytes;
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final long expected;
  private final ByteBuffer buffer;
  private long written;

  /** @param shape the array's shape; the first axis counts records, the rest make one record */
  NpyWriter(Path file, Type type, long... shape) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    this.expected = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    long record = expected / Math.max(1, shape[0]);
    this.buffer = ByteBuffer.allocate((int) (record * type.bytes)).order(ByteOrder.LITTLE_ENDIAN);
    channel.write(ByteBuffer.wrap(header(type, shape)));
  }

  /** Appends float values (FLOAT32 arrays). */
  void write(float[] values) throws IOException {
    buffer.clear();
    buffer.asFloatBuffer().put(values);
    buffer.position(values.length * 4);
    flush(values.length);
  }

  /** Appends byte values (UINT8 arrays). */
  void write(byte[] values) throws IOException {
    buffer.clear();
    buffer.put(values);
    flush(values.length);
  }

  private void flush(int count) throws IOException {
    if (written + count > expected) {
      throw new IOException(file + ": more values than its shape holds (" + expected + ")");
    }
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    written += count;
  }

  @Override
  public void close() throws IOException {
    channel.close();
    if (written != expected) {
      throw new IOException(file + ": " + written + " values written, its shape holds " + expected);
    }
  }

  /** The magic, version 1.0, and the header dict padded with spaces to a multiple of 64 bytes. */
  static byte[] header(Type type, long... shape) {
    String dims = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
    String dict = "{'descr': '" + type.descr + "', 'fortran_order': False, 'shape': ("
        + dims + (shape.length == 1 ? ",)" : ")") + ", }";
    int unpadded = 10 + dict.length() + 1;
    int padding = (64 - unpadded % 64) % 64;
    String text = dict + " ".repeat(padding) + "\n";
    ByteBuffer out = ByteBuffer.allocate(10 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
    out.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
    out.putShort((short) text.length());
    out.put(text.getBytes(StandardCharsets.US_ASCII));
    return out.array();
  }
}
