package org.dlinsar.spark;

import java.awt.Rectangle;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.ProductData;

/**
 * One band of the frame served from the tiles the tasks wrote ({@link TileFiles}): what the
 * written product's band reads, so the frame is assembled by the engine's own writer, tile row by
 * tile row, never whole in memory.
 */
final class TileFilesImage extends RasterImage {

  private final Path folder;
  private final String band;
  private final int dataType;
  private final List<TileRegion> tiles;

  /** @param tileSize the job's tile size, so that a request seldom spans more tiles than needed */
  TileFilesImage(Path folder, String band, int dataType, int width, int height, int tileSize, List<TileRegion> tiles) {
    super(dataBufferType(dataType), width, height, tileSize, tileSize);
    this.folder = folder;
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
      ProductData core = ProductData.createInstance(dataType, tile.core().width * tile.core().height);
      TileFiles.read(folder, tile.index(), band, core);
      for (int y = part.y; y < part.y + part.height; y++) {
        System.arraycopy(core.getElems(), (y - tile.core().y) * tile.core().width + part.x - tile.core().x,
            outElems, (y - wanted.y) * wanted.width + part.x - wanted.x, part.width);
      }
    }
  }
}
