package org.dlinsar.unwrap;

import java.io.Closeable;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.dlinsar.files.SpillFile;

/**
 * DL-Unwrap's unwrapped regions, kept in a temporary file once unwrapped ({@link SpillFile},
 * {@code dlinsar-unwrapped-<pid>-*.bin}, deleted with the operator). A writer asks for a tile row
 * of every band before the next (SNAP's WriteOp schedules rows, then columns, then bands), so
 * without it each interferogram's whole unwrapped raster stayed in memory until its last tile was
 * written: a thousand interferograms of a megapixel, 4 GB. Eight bytes per pixel and
 * interferogram on disk (the phase and its components), as the written bands take. Thread-safe.
 */
final class UnwrappedSpill implements Closeable {

  /** The start of the spill files' names, before the owner's process id. */
  static final String KIND = "dlinsar-unwrapped-";
  /** Floats written at a time: a region of the whole frame is not copied whole into bytes. */
  private static final int CHUNK = 1 << 18;

  private final SpillFile file;
  private final AtomicLong reserved = new AtomicLong();

  UnwrappedSpill(Logger log) {
    file = new SpillFile(KIND, "DL-Unwrap: its file of unwrapped regions",
        "unwrapped regions are held in memory until their tiles are served", log);
  }

  /** The place, in floats, of a new range of {@code pixels} in the file. */
  long reserve(long pixels) {
    return reserved.getAndAdd(pixels);
  }

  /** Writes {@code values} at float {@code at}; false when the file is off or fails. */
  boolean write(long at, float[] values) {
    return write(at, values.length, (bytes, from, n) -> bytes.asFloatBuffer().put(values, from, n));
  }

  /** Writes {@code values} at float {@code at} (four bytes each, as a float); false when the file is off or fails. */
  boolean write(long at, int[] values) {
    return write(at, values.length, (bytes, from, n) -> bytes.asIntBuffer().put(values, from, n));
  }

  /** Reads {@code count} floats at float {@code at} into {@code out} from {@code index}; false when the file is off or fails. */
  boolean read(long at, float[] out, int index, int count) {
    ByteBuffer bytes = read(at, count);
    if (bytes != null) {
      bytes.asFloatBuffer().get(out, index, count);
    }
    return bytes != null;
  }

  /** As {@link #read(long, float[], int, int)}, of values written as ints. */
  boolean read(long at, int[] out, int index, int count) {
    ByteBuffer bytes = read(at, count);
    if (bytes != null) {
      bytes.asIntBuffer().get(out, index, count);
    }
    return bytes != null;
  }

  /** Puts values {@code from} to {@code from + n} into {@code bytes}. */
  private interface Chunk {
    void put(ByteBuffer bytes, int from, int n);
  }

  private boolean write(long at, int length, Chunk chunk) {
    byte[] bytes = new byte[Float.BYTES * Math.min(CHUNK, length)];
    for (int from = 0; from < length; from += CHUNK) {
      int n = Math.min(CHUNK, length - from);
      chunk.put(ByteBuffer.wrap(bytes), from, n);
      if (!file.write(Float.BYTES * (at + from), bytes, Float.BYTES * n)) {
        return false;
      }
    }
    return true;
  }

  private ByteBuffer read(long at, int count) {
    byte[] bytes = new byte[Float.BYTES * count];
    return file.read(Float.BYTES * at, bytes) ? ByteBuffer.wrap(bytes) : null;
  }

  /** Deletes the file. */
  @Override
  public void close() {
    file.close();
  }
}
