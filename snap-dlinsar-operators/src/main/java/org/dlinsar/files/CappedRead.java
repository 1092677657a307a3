package org.dlinsar.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small text file read whole, up to a size cap: a multi-GB file given by mistake (or made to
 * exhaust the heap) is refused in one line naming it and the cap, before it is read.
 */
public final class CappedRead {

  private CappedRead() {}

  /**
   * @param what the kind of file, for the message ("a GAMMA parameter file")
   * @param maxBytes the cap, far above any real file of that kind
   * @return the file's bytes
   * @throws TooLarge "{@code file}: N bytes, larger than the M MiB ..." when the file is
   *     larger (by its size, or by what it gives when read: it may grow, or be no regular file);
   * @throws IOException as {@link Files#newInputStream} when it cannot be read
   */
  public static byte[] bytes(Path file, String what, int maxBytes) throws IOException {
    long size = Files.isRegularFile(file) ? Files.size(file) : -1;
    if (size > maxBytes) {
      throw tooLarge(file, size + " bytes", what, maxBytes);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxBytes + 1);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(file, "over " + maxBytes + " bytes", what, maxBytes);
    }
    return bytes;
  }

  private static TooLarge tooLarge(Path file, String size, String what, int maxBytes) {
    return new TooLarge(file + ": " + size + ", larger than the " + (maxBytes >> 20) + " MiB that " + what
        + " could need; is it the right file?");
  }

  /** A file over its cap; the message is the whole line, naming the file and the cap. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }
}
