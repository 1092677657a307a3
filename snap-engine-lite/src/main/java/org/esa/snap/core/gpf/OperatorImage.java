package org.esa.snap.core.gpf;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.WritableRaster;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;

/**
 * The source image of an operator's target band: a rectangle is filled from the grid tiles that
 * cover it, each computed once by the operator ({@code computeTile} or {@code computeTileStack})
 * and kept in the {@link TileCache}.
 */
final class OperatorImage extends RasterImage {

  private final Band band;
  private final TileComputer tiles;

  /**
   * @param band the target band this image computes
   * @param tiles computes and caches the grid tiles of the operator
   * @param tileSize the tile grid, clipped to the band
   */
  OperatorImage(Band band, TileComputer tiles, Dimension tileSize) {
    super(dataBufferType(band.getDataType()), band.getRasterWidth(), band.getRasterHeight(), tileSize.width, tileSize.height);
    this.band = band;
    this.tiles = tiles;
  }

  /** The band this image computes. */
  Band getBand() {
    return band;
  }

  /** The rectangle of grid tile ({@code tileX}, {@code tileY}), clipped to the image. */
  Rectangle tileRectangle(int tileX, int tileY) {
    Rectangle tile = new Rectangle(tileX * getTileWidth(), tileY * getTileHeight(), getTileWidth(), getTileHeight());
    return tile.intersection(getBounds());
  }

  /** Computes grid tile ({@code tileX}, {@code tileY}) into the tile cache, unless it is there. */
  void computeTile(int tileX, int tileY) {
    tiles.getTileData(this, tileX, tileY);
  }

  @Override
  public boolean cachesTiles() {
    return true;
  }

  /** Computes the grid tiles covering {@code region} into the tile cache, unless there or under way. */
  @Override
  public void prefetch(Rectangle region) {
    Rectangle clipped = region.intersection(getBounds());
    if (clipped.isEmpty()) {
      return;
    }
    for (int tileY = clipped.y / getTileHeight(); tileY <= (clipped.y + clipped.height - 1) / getTileHeight(); tileY++) {
      for (int tileX = clipped.x / getTileWidth(); tileX <= (clipped.x + clipped.width - 1) / getTileWidth(); tileX++) {
        tiles.prefetchTile(this, tileX, tileY);
      }
    }
  }

  @Override
  protected void computeRect(WritableRaster target) {
    Rectangle region = target.getBounds();
    Object destination = RasterImage.samplesOf(target.getDataBuffer());
    int firstTileX = region.x / getTileWidth();
    int lastTileX = (region.x + region.width - 1) / getTileWidth();
    int firstTileY = region.y / getTileHeight();
    int lastTileY = (region.y + region.height - 1) / getTileHeight();
    for (int tileY = firstTileY; tileY <= lastTileY; tileY++) {
      for (int tileX = firstTileX; tileX <= lastTileX; tileX++) {
        Rectangle tile = tileRectangle(tileX, tileY);
        ProductData samples = tiles.getTileData(this, tileX, tileY);
        Rectangle part = tile.intersection(region);
        Object source = samples.getElems();
        for (int y = part.y; y < part.y + part.height; y++) {
          int from = (y - tile.y) * tile.width + (part.x - tile.x);
          int to = (y - region.y) * region.width + (part.x - region.x);
          System.arraycopy(source, from, destination, to, part.width);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "OperatorImage[" + band.getName() + ", " + getWidth() + "x" + getHeight() + ", tiles "
        + getTileWidth() + "x" + getTileHeight() + "]";
  }
}
