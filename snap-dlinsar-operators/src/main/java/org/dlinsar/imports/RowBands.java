package org.dlinsar.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The full-width rows last read from GeoTIFFs, kept within a budget of bytes, least recently used
 * first out. A GeoTIFF's strips (and, read across, its tiles) span the image's width and decoding
 * them is what a read costs (TwelveMonkeys' plug-in makes a zlib inflater per strip, and GDAL
 * writes strips of one row): every band that reads a file's rows (a pair's phase gives the real
 * and the imaginary part), and every tile across a row where tiles are narrower than the image,
 * takes the rows decoded once. A band is known by the file's identity, size and modification
 * time, so a file rewritten in place is read anew.
 */
final class RowBands {

  /** Rows {@code y} to {@code y + height} of one file at one state of it, full width. */
  private record Key(Path file, Object fileKey, long size, long modified, int y, int height) {}

  private final long budgetBytes;
  private final Map<Key, float[]> recent = new LinkedHashMap<>(16, 0.75f, true);
  /** Rows being read, so that a second thread wanting them waits rather than reads them again. */
  private final Map<Key, CompletableFuture<float[]>> reading = new HashMap<>();
  private long bytes;

  /** @param budgetBytes the most bytes of samples kept */
  RowBands(long budgetBytes) {
    this.budgetBytes = budgetBytes;
  }

  /**
   * The samples of rows {@code y} to {@code y + height} of {@code file}, kept or read by {@code
   * read} (not under this object's lock), once however many threads want them at the same time.
   * The caller must not modify the array.
   *
   * @throws RuntimeException what {@code read} threw, in every thread that waited for it
   */
  float[] rows(Path file, int y, int height, Supplier<float[]> read) {
    Key key = key(file, y, height);
    CompletableFuture<float[]> underWay;
    CompletableFuture<float[]> mine = new CompletableFuture<>();
    synchronized (this) {
      float[] kept = recent.get(key);
      if (kept != null) {
        return kept;
      }
      underWay = reading.putIfAbsent(key, mine);
    }
    if (underWay != null) {
      try {
        return underWay.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    try {
      float[] samples = read.get();
      mine.complete(samples);
      keep(key, samples);
      return samples;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      synchronized (this) {
        reading.remove(key);
      }
    }
  }

  private synchronized void keep(Key key, float[] samples) {
    long size = 4L * samples.length;
    if (size > budgetBytes || recent.containsKey(key)) {
      return;
    }
    recent.put(key, samples);
    bytes += size;
    for (Iterator<float[]> oldest = recent.values().iterator(); bytes > budgetBytes; ) {
      bytes -= 4L * oldest.next().length;
      oldest.remove();
    }
  }

  private static Key key(Path file, int y, int height) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Key(file.toAbsolutePath(), attributes.fileKey(), attributes.size(),
          attributes.lastModifiedTime().toMillis(), y, height);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
