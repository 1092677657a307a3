package org.dlinsar.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads rectangles of a raw big-endian float32 raster of {@code bands} interleaved values per
 * pixel (1: GAMMA float, 2: fcomplex), one row segment per read, so memory is the rectangle's.
 */
final class BigEndianRaster {

  /** Bytes looked at in each of {@link #CHUNKS} places spread through a file. */
  private static final int CHUNK_BYTES = 4096;
  private static final int CHUNKS = 16;
  /**
   * Samples judged (numbers both ways) that end the look once a round of chunks is read: a
   * mostly-zero file's first 16 chunks may hold none, and more chunks between them are read.
   */
  private static final int ENOUGH_SAMPLES = 1024;
  /** Bytes looked at in all, at most: 256 chunks, so a file of 1 MiB or less is read whole. */
  private static final int MAX_BYTES_LOOKED_AT = 1 << 20;
  /**
   * Samples that read as no number big-endian, and a number little-endian, before a file is
   * named: real big-endian data holds none (an underflowed sample among a mostly-zero file's few
   * is one), so two of a small raster's samples, with none the other way, are enough; a file of
   * one sample that is a number both ways is not judged.
   */
  private static final int LEAST_IMPLAUSIBLE = 2;
  /**
   * Magnitudes no interferogram, coherence, height or lookup position has. A float32 read in the
   * other byte order takes its exponent from the low mantissa bits, about uniform: nearly half of
   * such samples fall outside 1e-20..1e20, whole numbers (heights, 0.5) all of them.
   */
  private static final float LARGEST = 1e20f;
  private static final float SMALLEST = 1e-20f;

  private BigEndianRaster() {}

  /**
   * Checks that {@code file} holds big-endian float32 samples, as GAMMA writes them, from
   * samples spread through it: little-endian files (written by other tools, or numpy's default)
   * would otherwise be read as numbers without a word, and its interferograms, heights or
   * lookup positions be noise.
   *
   * @throws IOException one line naming the file, what its samples read as in each byte order
   *     and how to swap them, when they read as numbers little-endian but not big-endian
   */
  static void checkBigEndian(Path file) throws IOException {
    int[] counts = new int[3]; // samples judged, implausible big-endian, implausible little-endian
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      // the file as chunks at multiples of 4096 bytes, so that none starts inside an fcomplex
      // sample and none overlap; 16 spread through it, then rounds of as many again between
      // those read, until enough samples are judged or the bytes looked at reach their cap
      long slots = (size + CHUNK_BYTES - 1) / CHUNK_BYTES;
      Set<Long> read = new HashSet<>();
      ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.BIG_ENDIAN);
      for (long places = CHUNKS; read.size() < slots && (places == CHUNKS || counts[0] < ENOUGH_SAMPLES)
          && (long) read.size() * CHUNK_BYTES < MAX_BYTES_LOOKED_AT; places *= 2) {
        for (long k = 0; k < places; k++) {
          long slot = k * slots / places;
          if (read.add(slot)) {
            readChunk(channel, slot * CHUNK_BYTES, chunk, counts);
          }
        }
      }
    } catch (IOException e) {
      throw new IOException(file + ": cannot be read: " + e.getMessage(), e);
    }
    int n = counts[0];
    // a fifth of the samples no number big-endian, at most one in fifty little-endian (none
    // under 50 samples): little-endian data reads half (or, whole numbers, all) as no number
    if (counts[1] >= LEAST_IMPLAUSIBLE && counts[1] * 5 >= n && counts[2] * 50 <= n) {
      throw new IOException(String.format(Locale.ROOT, "%s: little-endian float32, it seems: read"
          + " big-endian as GAMMA writes them, %d of %d samples looked at are beyond %.0e or below"
          + " %.0e, read little-endian %d; swap its bytes (GAMMA: swap_bytes IN OUT 4) and import"
          + " again", file, counts[1], n, LARGEST, SMALLEST, counts[2]));
    }
  }

  /** Adds the samples of the chunk at {@code position} (less at the file's end) to {@code counts}. */
  private static void readChunk(FileChannel channel, long position, ByteBuffer chunk, int[] counts)
      throws IOException {
    chunk.clear();
    int got;
    do {
      got = channel.read(chunk, position + chunk.position());
    } while (got > 0 && chunk.hasRemaining());
    chunk.flip();
    while (chunk.remaining() >= 4) {
      count(chunk.getInt(), counts);
    }
  }

  /** Adds one sample's bits to {@code counts} unless it is 0 or NaN in either byte order. */
  private static void count(int bits, int[] counts) {
    float big = Float.intBitsToFloat(bits);
    float little = Float.intBitsToFloat(Integer.reverseBytes(bits));
    // 0 and NaN are no-data either way: GAMMA's 0 outside the data, another tool's NaN fill
    if (big == 0f || little == 0f || Float.isNaN(big) || Float.isNaN(little)) {
      return;
    }
    counts[0]++;
    counts[1] += implausible(big) ? 1 : 0;
    counts[2] += implausible(little) ? 1 : 0;
  }

  private static boolean implausible(float v) {
    float magnitude = Math.abs(v);
    return magnitude > LARGEST || magnitude < SMALLEST;
  }

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
