package org.dlinsar.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * A file of a Hadoop file system as the read-only channel the engine's band reads take: reads by
 * position (Hadoop's positioned reads, which many threads may run at once on one stream), through
 * a heap buffer when the engine's buffer is direct. Writing, mapping and locking are refused.
 */
final class HadoopReadChannel extends FileChannel {

  /** Bytes one read copies at most through the heap. */
  private static final int CHUNK = 1 << 20;

  private final FSDataInputStream in;
  private final long size;
  private long position;

  /** @param size the file's length, bytes */
  HadoopReadChannel(FSDataInputStream in, long size) {
    this.in = in;
    this.size = size;
  }

  @Override
  public int read(ByteBuffer dst, long at) throws IOException {
    if (at >= size) {
      return -1;
    }
    int n = (int) Math.min(dst.remaining(), size - at);
    if (dst.hasArray()) {
      in.readFully(at, dst.array(), dst.arrayOffset() + dst.position(), n);
      dst.position(dst.position() + n);
      return n;
    }
    byte[] chunk = new byte[Math.min(n, CHUNK)];
    in.readFully(at, chunk, 0, chunk.length);
    dst.put(chunk);
    return chunk.length;
  }

  @Override
  public synchronized int read(ByteBuffer dst) throws IOException {
    int n = read(dst, position);
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public synchronized long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
    long total = 0;
    for (int i = offset; i < offset + length; i++) {
      int n = read(dsts[i]);
      if (n < 0) {
        return total == 0 ? -1 : total;
      }
      total += n;
      if (dsts[i].hasRemaining()) {
        break;
      }
    }
    return total;
  }

  @Override
  public long transferTo(long at, long count, WritableByteChannel target) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, count)));
    long done = 0;
    while (done < count) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
      if (read(buffer, at + done) < 0) {
        break;
      }
      buffer.flip();
      while (buffer.hasRemaining()) {
        done += target.write(buffer);
      }
    }
    return done;
  }

  @Override
  public synchronized long position() {
    return position;
  }

  @Override
  public synchronized FileChannel position(long newPosition) {
    position = newPosition;
    return this;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) {
    throw new NonWritableChannelException();
  }

  @Override
  public int write(ByteBuffer src, long at) {
    throw new NonWritableChannelException();
  }

  @Override
  public FileChannel truncate(long newSize) {
    throw new NonWritableChannelException();
  }

  @Override
  public long transferFrom(ReadableByteChannel src, long at, long count) {
    throw new NonWritableChannelException();
  }

  @Override
  public void force(boolean metaData) {
    // nothing written
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long at, long count) {
    throw new UnsupportedOperationException("a file on a Hadoop file system cannot be memory-mapped");
  }

  @Override
  public FileLock lock(long at, long count, boolean shared) {
    throw new UnsupportedOperationException("a file on a Hadoop file system cannot be locked");
  }

  @Override
  public FileLock tryLock(long at, long count, boolean shared) {
    throw new UnsupportedOperationException("a file on a Hadoop file system cannot be locked");
  }

  @Override
  protected void implCloseChannel() throws IOException {
    in.close();
  }
}
