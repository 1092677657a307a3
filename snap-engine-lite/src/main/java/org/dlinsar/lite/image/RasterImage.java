package org.dlinsar.lite.image;

import java.awt.Dimension;
import java.awt.Image;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BandedSampleModel;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferDouble;
import java.awt.image.DataBufferFloat;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferShort;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.util.Vector;

/**
 * A single-band image whose samples are produced on request, rectangle by rectangle.
 *
 * <p>This is how the headless engine attaches pixels to a band, as SNAP does with JAI images: a
 * band read from BEAM-DIMAP, a band computed by an operator, or a band copied from another one
 * gets a {@code RasterImage} through {@code RasterDataNode.setSourceImage(RenderedImage)}, and
 * {@code RasterDataNode.readRasterData} pulls rectangles from it. Only {@link #getData(Rectangle)}
 * computes pixels; the rest of {@link RenderedImage} describes the tile layout.
 *
 * <p>Samples are raw (unscaled) values of one of the data-buffer types of {@link #dataBufferType}.
 * Errors: {@link #computeRect} reports IO failures as {@link java.io.UncheckedIOException} and
 * processing failures as the runtime exception of their source (an {@code OperatorException}).
 */
public abstract class RasterImage implements RenderedImage {

  private final int width;
  private final int height;
  private final int tileWidth;
  private final int tileHeight;
  private final SampleModel sampleModel;

  /**
   * @param dataBufferType one of {@link DataBuffer}'s TYPE_ constants (see {@link #dataBufferType})
   * @param width image width in pixels, at least 1
   * @param height image height in pixels, at least 1
   * @param tileWidth width of the tile grid, clipped to the image
   * @param tileHeight height of the tile grid, clipped to the image
   */
  protected RasterImage(int dataBufferType, int width, int height, int tileWidth, int tileHeight) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
    }
    if (tileWidth < 1 || tileHeight < 1) {
      throw new IllegalArgumentException("tile size must be positive, got " + tileWidth + "x" + tileHeight);
    }
    this.width = width;
    this.height = height;
    this.tileWidth = Math.min(tileWidth, width);
    this.tileHeight = Math.min(tileHeight, height);
    this.sampleModel = new BandedSampleModel(dataBufferType, this.tileWidth, this.tileHeight, 1);
  }

  /**
   * Fills {@code target} with this image's samples. The target's bounds
   * ({@code target.getBounds()}) lie inside the image; its one band is backed by a banded
   * buffer of exactly {@code width * height} samples, row-major, offset 0. Modified.
   */
  protected abstract void computeRect(WritableRaster target);

  /** Returns the {@link DataBuffer} type that holds raw samples of a {@code ProductData} type. */
  public static int dataBufferType(int productDataType) {
    switch (productDataType) {
      case 10: // int8
      case 20: // uint8
        return DataBuffer.TYPE_BYTE;
      case 11: // int16
        return DataBuffer.TYPE_SHORT;
      case 21: // uint16
        return DataBuffer.TYPE_USHORT;
      case 12: // int32
      case 22: // uint32
        return DataBuffer.TYPE_INT;
      case 30: // float32
        return DataBuffer.TYPE_FLOAT;
      case 31: // float64
        return DataBuffer.TYPE_DOUBLE;
      default:
        throw new IllegalArgumentException("no raster support for ProductData type " + productDataType);
    }
  }

  /**
   * The tile size to use for a raster: the product's preferred tile size when it has one, else
   * the size SNAP gives an image without one ({@link PreferredTileSize}, granularity 1, as
   * {@code ImageManager.getPreferredTileSize}); either way clipped to the raster.
   *
   * @param preferred the product's preferred tile size, or null
   */
  public static Dimension tileSize(Dimension preferred, int width, int height) {
    Dimension fallback = PreferredTileSize.of(width, height, PreferredTileSize.IMAGE_GRANULARITY);
    int w = preferred != null && preferred.width > 0 ? preferred.width : fallback.width;
    int h = preferred != null && preferred.height > 0 ? preferred.height : fallback.height;
    return new Dimension(Math.min(w, width), Math.min(h, height));
  }

  /**
   * The primitive array behind a single-bank data buffer ({@code byte[]}, {@code short[]},
   * {@code int[]}, {@code float[]} or {@code double[]}), or null for another buffer type.
   */
  public static Object samplesOf(DataBuffer buffer) {
    if (buffer instanceof DataBufferByte) {
      return ((DataBufferByte) buffer).getData();
    } else if (buffer instanceof DataBufferShort) {
      return ((DataBufferShort) buffer).getData();
    } else if (buffer instanceof DataBufferUShort) {
      return ((DataBufferUShort) buffer).getData();
    } else if (buffer instanceof DataBufferInt) {
      return ((DataBufferInt) buffer).getData();
    } else if (buffer instanceof DataBufferFloat) {
      return ((DataBufferFloat) buffer).getData();
    } else if (buffer instanceof DataBufferDouble) {
      return ((DataBufferDouble) buffer).getData();
    }
    return null;
  }

  /** Creates an empty raster for {@code region} with this image's sample type. */
  public WritableRaster createRaster(Rectangle region) {
    SampleModel model = new BandedSampleModel(sampleModel.getDataType(), region.width, region.height, 1);
    return Raster.createWritableRaster(model, new Point(region.x, region.y));
  }

  /**
   * Computes the samples of {@code region}, which must lie inside the image.
   *
   * @throws IllegalArgumentException if the region is empty or reaches outside the image
   */
  @Override
  public Raster getData(Rectangle region) {
    checkInside(region);
    WritableRaster raster = createRaster(region);
    computeRect(raster);
    return raster;
  }

  /**
   * Computes the samples of {@code region} straight into {@code samples}, row-major from index 0,
   * with no buffer of its own in between: the array a tile or a band file is read into.
   *
   * @param samples an array of this image's sample type ({@link #samplesOf}), at least
   *     {@code region.width * region.height} long; modified
   * @throws IllegalArgumentException if the region is empty or reaches outside the image, or
   *     the array does not fit
   */
  public void read(Rectangle region, Object samples) {
    checkInside(region);
    int n = region.width * region.height;
    DataBuffer buffer = wrap(samples, n);
    if (buffer == null || buffer.getDataType() != sampleModel.getDataType()) {
      throw new IllegalArgumentException("cannot read samples of data-buffer type " + sampleModel.getDataType()
          + " into " + (samples == null ? "null" : samples.getClass().getSimpleName() + " of " + arrayLength(samples))
          + " for " + n + " samples");
    }
    SampleModel model = new BandedSampleModel(sampleModel.getDataType(), region.width, region.height, 1);
    computeRect(Raster.createWritableRaster(model, buffer, new Point(region.x, region.y)));
  }

  /**
   * Whether this image keeps the tiles it computes (an operator's image does, a file's does
   * not): for such an image {@link #prefetch} pays, and its tiles take memory until evicted.
   */
  public boolean cachesTiles() {
    return false;
  }

  /**
   * Computes the tiles covering {@code region} ahead of reading it, where this image keeps its
   * tiles ({@link #cachesTiles}); a tile that another thread is computing is left to it, so
   * threads prefetching one region share its tiles instead of waiting for each other. Does
   * nothing by default.
   */
  public void prefetch(Rectangle region) {
  }

  /**
   * Releases what this image holds open (a band file); reading afterwards fails. The band that
   * owns the image calls it when disposed. Does nothing by default.
   */
  public void dispose() {
  }

  private void checkInside(Rectangle region) {
    if (region.isEmpty() || !getBounds().contains(region)) {
      throw new IllegalArgumentException("region " + region + " is not inside the image " + getBounds());
    }
  }

  /** A data buffer of {@code size} samples over {@code samples}, or null if it cannot hold them. */
  private DataBuffer wrap(Object samples, int size) {
    if (arrayLength(samples) < size) {
      return null;
    }
    int type = sampleModel.getDataType();
    if (samples instanceof byte[] bytes) {
      return new DataBufferByte(bytes, size);
    } else if (samples instanceof short[] shorts) {
      return type == DataBuffer.TYPE_USHORT ? new DataBufferUShort(shorts, size) : new DataBufferShort(shorts, size);
    } else if (samples instanceof int[] ints) {
      return new DataBufferInt(ints, size);
    } else if (samples instanceof float[] floats) {
      return new DataBufferFloat(floats, size);
    } else if (samples instanceof double[] doubles) {
      return new DataBufferDouble(doubles, size);
    }
    return null;
  }

  private static int arrayLength(Object array) {
    return array != null && array.getClass().isArray() ? java.lang.reflect.Array.getLength(array) : -1;
  }

  @Override
  public Raster getData() {
    return getData(getBounds());
  }

  @Override
  public WritableRaster copyData(WritableRaster target) {
    WritableRaster out = target != null ? target : createRaster(getBounds());
    Rectangle region = out.getBounds().intersection(getBounds());
    if (!region.isEmpty()) {
      out.setRect(getData(region));
    }
    return out;
  }

  @Override
  public Raster getTile(int tileX, int tileY) {
    Rectangle tile = new Rectangle(tileX * tileWidth, tileY * tileHeight, tileWidth, tileHeight);
    return getData(tile.intersection(getBounds()));
  }

  /** The image bounds, origin at (0, 0). */
  public Rectangle getBounds() {
    return new Rectangle(0, 0, width, height);
  }

  @Override
  public Vector<RenderedImage> getSources() {
    return null;
  }

  @Override
  public Object getProperty(String name) {
    return Image.UndefinedProperty;
  }

  @Override
  public String[] getPropertyNames() {
    return null;
  }

  @Override
  public ColorModel getColorModel() {
    return null;
  }

  @Override
  public SampleModel getSampleModel() {
    return sampleModel;
  }

  @Override
  public int getWidth() {
    return width;
  }

  @Override
  public int getHeight() {
    return height;
  }

  @Override
  public int getMinX() {
    return 0;
  }

  @Override
  public int getMinY() {
    return 0;
  }

  @Override
  public int getNumXTiles() {
    return (width + tileWidth - 1) / tileWidth;
  }

  @Override
  public int getNumYTiles() {
    return (height + tileHeight - 1) / tileHeight;
  }

  @Override
  public int getMinTileX() {
    return 0;
  }

  @Override
  public int getMinTileY() {
    return 0;
  }

  @Override
  public int getTileWidth() {
    return tileWidth;
  }

  @Override
  public int getTileHeight() {
    return tileHeight;
  }

  @Override
  public int getTileGridXOffset() {
    return 0;
  }

  @Override
  public int getTileGridYOffset() {
    return 0;
  }
}
