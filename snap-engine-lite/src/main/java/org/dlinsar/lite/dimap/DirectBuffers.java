package org.dlinsar.lite.dimap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Per-thread direct byte buffers for band file IO: the kernel copies into and out of a direct
 * buffer itself, where a heap buffer costs the JDK one more copy through a temporary one.
 * Buffers grow to {@link #MAX_BYTES} at most; larger transfers go in chunks.
 */
final class DirectBuffers {

  /** Largest buffer per thread and use; a 1024-column float strip of 512 rows is 2 MiB. */
  static final int MAX_BYTES = 4 << 20;

  private final ThreadLocal<ByteBuffer> buffers = new ThreadLocal<>();

  /**
   * This thread's buffer, cleared, big-endian, with a capacity of at least
   * {@code min(wanted, MAX_BYTES)} bytes.
   */
  ByteBuffer get(long wanted) {
    int size = (int) Math.max(1, Math.min(wanted, MAX_BYTES));
    ByteBuffer buffer = buffers.get();
    if (buffer == null || buffer.capacity() < size) {
      buffer = ByteBuffer.allocateDirect(size);
      buffers.set(buffer);
    }
    return buffer.clear().order(ByteOrder.BIG_ENDIAN);
  }
}
