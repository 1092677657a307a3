package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of a GeoTIFF are decoded once per row of tiles, within the budget, and anew when the file changes. */
class RowBandsTest {

  @TempDir
  Path dir;

  @Test
  void theTilesOfOneRowDecodeItsRowsOnce() throws IOException {
    Path file = Files.writeString(dir.resolve("a.tif"), "a");
    RowBands bands = new RowBands(1 << 20);
    AtomicInteger reads = new AtomicInteger();
    for (int tile = 0; tile < 4; tile++) {
      float[] rows = bands.rows(file, 512, 512, () -> {
        reads.incrementAndGet();
        return new float[] {1, 2};
      });
      assertArrayEquals(new float[] {1, 2}, rows);
    }
    assertEquals(1, reads.get());
    bands.rows(file, 1024, 512, () -> {
      reads.incrementAndGet();
      return new float[2];
    });
    assertEquals(2, reads.get(), "other rows are read");
  }

  @Test
  void aFileRewrittenInPlaceIsReadAnew() throws IOException {
    Path file = Files.writeString(dir.resolve("a.tif"), "a");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
    RowBands bands = new RowBands(1 << 20);
    assertArrayEquals(new float[] {1}, bands.rows(file, 0, 1, () -> new float[] {1}));
    Files.writeString(file, "b");
    Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000));
    assertArrayEquals(new float[] {2}, bands.rows(file, 0, 1, () -> new float[] {2}));
  }

  @Test
  void theLeastRecentlyUsedRowsLeaveWhenTheBudgetIsFull() throws IOException {
    Path a = Files.writeString(dir.resolve("a.tif"), "a");
    Path b = Files.writeString(dir.resolve("b.tif"), "b");
    Path c = Files.writeString(dir.resolve("c.tif"), "c");
    RowBands bands = new RowBands(2 * 4 * 100); // two bands of 100 samples
    AtomicInteger reads = new AtomicInteger();
    for (Path file : new Path[] {a, b, a, c, a, b}) {
      bands.rows(file, 0, 1, () -> {
        reads.incrementAndGet();
        return new float[100];
      });
    }
    // a, b read; a kept; c pushes b out (a was used more recently); a kept; b read again
    assertEquals(4, reads.get());
    // a band larger than the budget is read, not kept
    bands.rows(a, 5, 1, () -> new float[300]);
    assertEquals(4, reads.get());
    bands.rows(b, 0, 1, () -> {
      reads.incrementAndGet();
      return new float[100];
    });
    assertEquals(4, reads.get(), "b still kept after the oversized band");
  }
}
