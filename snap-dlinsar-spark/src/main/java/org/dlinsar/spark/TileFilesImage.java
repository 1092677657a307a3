package org.dlinsar.spark;

import java.awt.Rectangle;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.ProductData;

/**
 * One band of the frame served from the tiles the tasks wrote ({@link TileFiles}): what the
 * written product's band reads, so the frame is assembled by the engine's own writer, tile row by
 * tile row, never whole in memory.
 */
final class TileFilesImage extends RasterImage {

  /** Samples of an image tile, about: 1 MB of floats. */
  static final int TILE_SAMPLES = 1 << 18;

  private final TileFiles files;
  private final String band;
  private final int dataType;
  private final List<TileRegion> tiles;

  /**
   * Image tiles as wide as the job's and about {@value #TILE_SAMPLES} samples, so that a small
   * read (a blob's window, a strip of detection) reads a few rows of the tile files, not whole
   * tiles.
   *
   * @param tileSize the job's tile size
   */
  TileFilesImage(TileFiles files, String band, int dataType, int width, int height, int tileSize, List<TileRegion> tiles) {
    super(dataBufferType(dataType), width, height, Math.min(tileSize, width),
        Math.min(height, Math.max(16, Math.min(tileSize, TILE_SAMPLES / tileSize))));
    this.files = files;
    this.band = band;
    this.dataType = dataType;
    this.tiles = List.copyOf(tiles);
  }

  @Override
  protected void computeRect(WritableRaster target) {
    Rectangle wanted = target.getBounds();
    ProductData out = ProductData.createInstance(dataType, RasterImage.samplesOf(target.getDataBuffer()));
    Object outElems = out.getElems();
    for (TileRegion tile : tiles) {
      Rectangle part = tile.core().intersection(wanted);
      if (part.isEmpty()) {
        continue;
      }
      int coreWidth = tile.core().width;
      ProductData rows = ProductData.createInstance(dataType, coreWidth * part.height);
      // opened for this read only: kept open, a frame of many tiles and bands ran out of file handles
      try (FSDataInputStream in = files.open(tile.index(), band)) {
        files.readRows(in, tile.index(), band, coreWidth, part.y - tile.core().y, rows);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the tile file of band '" + band + "' of tile " + tile.index()
            + ": " + e.getMessage(), e);
      }
      for (int y = 0; y < part.height; y++) {
        System.arraycopy(rows.getElems(), y * coreWidth + part.x - tile.core().x,
            outElems, (part.y + y - wanted.y) * wanted.width + part.x - wanted.x, part.width);
      }
    }
  }
}
