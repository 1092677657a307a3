package org.dlinsar.lite.dimap;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * One band file's read channel, opened on the first read and shared by every thread reading the
 * band (positional reads do not interfere), until {@link #close()}.
 *
 * <p>A thread interrupted in a read closes a {@link FileChannel} for everyone; the next read
 * then opens it again, so that cancelling one run does not break the product for the next.
 */
final class SharedReadChannel implements Closeable {

  /** A read on the channel. */
  interface Read {
    void run(FileChannel channel) throws IOException;
  }

  private final Path file;
  private volatile FileChannel channel;
  private boolean closed;

  SharedReadChannel(Path file) {
    this.file = file;
  }

  /**
   * Runs {@code read} on the open channel, opening it first if needed; once more on a reopened
   * channel if another thread's interrupt closed it meanwhile.
   *
   * @throws IOException from the read, or from opening the file, or if this was closed
   */
  void read(Read read) throws IOException {
    FileChannel current = open();
    try {
      read.run(current);
    } catch (ClosedByInterruptException e) {
      throw e;
    } catch (AsynchronousCloseException e) {
      read.run(open());
    }
  }

  private FileChannel open() throws IOException {
    FileChannel current = channel;
    if (current != null && current.isOpen()) {
      return current;
    }
    synchronized (this) {
      if (closed) {
        throw new IOException("the product was disposed, its band files are closed");
      }
      if (channel == null || !channel.isOpen()) {
        channel = BandFileMounts.open(file);
      }
      return channel;
    }
  }

  /** Closes the channel; reading afterwards fails. */
  @Override
  public synchronized void close() throws IOException {
    closed = true;
    if (channel != null) {
      channel.close();
    }
  }
}
