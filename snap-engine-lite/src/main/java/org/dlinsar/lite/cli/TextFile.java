package org.dlinsar.lite.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import org.dlinsar.lite.SafeXml;

/**
 * The text of a file the launcher reads (a graph, a {@code -p} parameter file), decoded strictly:
 * bytes that are not text in the file's encoding are one error naming the file and the line,
 * rather than a JDK message naming neither ("Input length = 1") or a value gpt would garble.
 *
 * <p>gpt reads both with Java's default charset, UTF-8 on the Java 21 that SNAP 12-14 bundle
 * (JEP 400). XML text is decoded in the encoding its byte-order mark or declaration names (UTF-8
 * without either), as an XML parser reads it: the text is needed before parsing, since
 * variables are substituted in it first.
 */
public final class TextFile {

  /**
   * A graph or a parameter file is a few KB (SNAP's largest graphs tens of KB): 16 MiB is a thousand
   * times that, and a multi-GB file named by mistake is refused instead of filling the heap.
   */
  static final int MAX_BYTES = 16 << 20;

  private TextFile() {
  }

  /**
   * @param what what the file is, for messages ("graph", "parameter file")
   * @throws IOException "Cannot read {@code what} {@code file}: ..." if it is missing, a
   *     directory, unreadable, larger than {@link #MAX_BYTES} or not text in its encoding
   */
  public static String read(File file, String what) throws IOException {
    byte[] bytes = bytesOf(file, what);
    Charset charset = StandardCharsets.UTF_8;
    String encodingFrom = "read as UTF-8, as gpt reads it";
    if (looksLikeXml(bytes)) {
      try {
        charset = SafeXml.declaredCharset(bytes);
      } catch (IllegalArgumentException e) {
        throw new IOException(cannotRead(file, what) + e.getMessage(), e);
      }
      encodingFrom = "the encoding of its XML declaration, UTF-8 without one";
      if (declaresWideButIs8Bit(charset, bytes)) {
        // "<?" without a zero byte between is no UTF-16 or UTF-32: read as gpt reads it
        encodingFrom = "read as UTF-8, as gpt reads it: its declaration of " + charset.name()
            + " does not fit its bytes";
        charset = StandardCharsets.UTF_8;
      }
    }
    return decode(bytes, charset, file, what, encodingFrom);
  }

  private static String cannotRead(File file, String what) {
    return "Cannot read " + what + " " + file + ": ";
  }

  private static byte[] bytesOf(File file, String what) throws IOException {
    if (file.isDirectory()) {
      throw new IOException(cannotRead(file, what) + "a directory, expected a file");
    }
    if (!file.exists()) {
      throw new IOException(cannotRead(file, what) + "no such file");
    }
    long size = file.isFile() ? file.length() : -1;
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file.toPath())) {
      // by its size first; by what it gives where it has none (a pipe) or grows
      bytes = size > MAX_BYTES ? null : in.readNBytes(MAX_BYTES + 1);
    } catch (AccessDeniedException e) {
      throw new IOException(cannotRead(file, what) + "permission denied", e);
    } catch (IOException e) {
      throw new IOException(cannotRead(file, what) + e.getMessage(), e);
    }
    if (bytes == null || bytes.length > MAX_BYTES) {
      throw new IOException(cannotRead(file, what) + (bytes == null ? size + " bytes" : "over " + MAX_BYTES + " bytes")
          + ", larger than the " + (MAX_BYTES >> 20) + " MiB that a " + what + " could need; is it the right file?");
    }
    return bytes;
  }

  /** A declaration of UTF-16 or UTF-32 on a file whose first two bytes are 8-bit {@code <?}. */
  private static boolean declaresWideButIs8Bit(Charset charset, byte[] bytes) {
    String name = charset.name();
    return (name.startsWith("UTF-16") || name.startsWith("UTF-32"))
        && bytes.length > 1 && bytes[0] == '<' && bytes[1] == '?';
  }

  /** A byte-order mark or, after blanks, {@code <}: the encodings XML may start in. */
  private static boolean looksLikeXml(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '<' || b == (byte) 0xEF || b == (byte) 0xFE || b == (byte) 0xFF || b == 0) {
        return true;
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return false;
  }

  private static String decode(byte[] bytes, Charset charset, File file, String what, String encodingFrom)
      throws IOException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      long line = 1 + out.chars().filter(c -> c == '\n').count();
      throw new IOException(cannotRead(file, what) + "line " + line + " is not " + charset.name()
          + " text (" + encodingFrom + "); save the file in that encoding");
    }
    String text = out.toString();
    // a byte-order mark is no part of the text
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
