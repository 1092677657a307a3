package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemGridTest {

  private static final double ARC_SECOND = 1.0 / 3600;
  /** A LiCSAR-like frame of 2000 x 1000 pixels at 0.001 degrees from 10 E, 45 N. */
  private static final GeoTiffGrid FRAME = new GeoTiffGrid(2000, 1000, 10.0005, 44.9995, 0.001, -0.001);

  /**
   * A 1" mosaic 40 degrees wide under the frame: each tile's read decodes its rows across the
   * mosaic, 0.8 GB, and the import ran out of memory part way through; it is refused up front
   * with what to do. A DEM cut to the frame is read.
   */
  @Test
  void aDemTooWideToReadUnderATileIsRefusedAndOneCutToTheFrameIsNot() {
    GeoTiffGrid mosaic = new GeoTiffGrid(40 * 3600, 10 * 3600, -10 + ARC_SECOND / 2, 50 - ARC_SECOND / 2,
        ARC_SECOND, -ARC_SECOND);
    DemGrid wide = new DemGrid(mosaic, FRAME);
    // 256 rows of 0.001 degrees span 918 arc seconds between centres: 920 DEM rows with their neighbours
    assertEquals(8L * 144000 * 920, wide.bytesPerRead());

    IOException e = assertThrows(IOException.class,
        () -> GeoTiffStack.checkReadFits(Path.of("mosaic.tif"), wide, 4L << 30));
    assertEquals("mosaic.tif: 144000 pixels wide, so reading its rows under a tile of 256 rows takes 1010 MB,"
        + " more than an eighth of the 4096 MB heap; crop the DEM to the frame (gdal_translate -projwin) or"
        + " give more heap (JAVA_OPTS=-Xmx...)", e.getMessage());

    GeoTiffGrid cut = new GeoTiffGrid(2 * 3600 + 2, 1 * 3600 + 2, 10 - ARC_SECOND / 2, 45 + ARC_SECOND / 2,
        ARC_SECOND, -ARC_SECOND);
    assertDoesNotThrow(() -> GeoTiffStack.checkReadFits(Path.of("cut.tif"), new DemGrid(cut, FRAME), 4L << 30));
    assertDoesNotThrow(() -> GeoTiffStack.checkReadFits(Path.of("same.tif"), null, 1L << 20));
  }
}
