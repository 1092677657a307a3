package org.esa.snap.core.gpf;

import java.awt.Rectangle;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.dlinsar.lite.expr.ValidMask;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * A {@link Tile} over a buffer of raw samples of the raster's data type, as SNAP's
 * {@code TileImpl} (snap-engine 14.x, snap-gpf {@code internal/TileImpl.java}) over a raster:
 *
 * <ul>
 *   <li>the buffer may be larger than the tile (a source tile that shares a whole raster's data):
 *       index it with {@link #getScanlineOffset()}, {@link #getScanlineStride()} and
 *       {@link #getDataBufferIndex};
 *   <li>{@link #getRawSamples()} is the buffer itself when it holds exactly the tile, else a copy;
 *   <li>{@code getSamples*} apply the raster's whole valid mask (no-data value and valid-pixel
 *       expression) when it has one: a new array, invalid samples NaN (float, double) or 0 (integer
 *       types). Without a valid mask they return the raw samples, the raw array itself when it is
 *       unscaled and of the asked type, else converted ({@code (int) geophysical} for integers);
 *   <li>{@code getSample*} return the geophysical sample whether valid or not;
 *       {@link #isSampleValid} consults the valid mask, the raster's outside the tile.
 * </ul>
 *
 * Setters convert geophysical values to raw, rounding for integer types. Writing to a source tile
 * fails. Not thread-safe: one tile is filled by one thread.
 */
final class TileImpl implements Tile {

  private final RasterDataNode raster;
  private final Rectangle rectangle;
  private final ProductData buffer;
  private final int scanlineOffset;
  private final int scanlineStride;
  private final boolean target;
  private final boolean scaled;
  private final boolean validMaskUsed;
  private ProductData rawSamples;
  private boolean[] validMask;

  /**
   * A tile whose buffer holds exactly its rectangle, row-major.
   *
   * @param raster the raster the samples belong to
   * @param rectangle the tile's rectangle in scene pixels, not modified
   * @param data raw samples of {@code rectangle}; shared, not copied
   * @param target true if the operator may write to this tile
   */
  TileImpl(RasterDataNode raster, Rectangle rectangle, ProductData data, boolean target) {
    this(raster, rectangle, data, 0, rectangle.width, target);
    if (data.getNumElems() != rectangle.width * rectangle.height) {
      throw new IllegalArgumentException("tile data of " + raster.getName() + " holds " + data.getNumElems()
          + " samples, expected " + rectangle.width + "x" + rectangle.height);
    }
  }

  /**
   * A tile over part of a larger buffer: sample (x, y) is at
   * {@code scanlineOffset + (x - minX) + (y - minY) * scanlineStride}.
   */
  TileImpl(RasterDataNode raster, Rectangle rectangle, ProductData buffer, int scanlineOffset, int scanlineStride,
      boolean target) {
    this.raster = raster;
    this.rectangle = new Rectangle(rectangle);
    this.buffer = buffer;
    this.scanlineOffset = scanlineOffset;
    this.scanlineStride = scanlineStride;
    this.target = target;
    this.scaled = raster.isScalingApplied();
    this.validMaskUsed = ValidMask.isUsed(raster);
  }

  /** Creates an empty target tile for {@code rectangle} of {@code raster}. */
  static TileImpl createTarget(RasterDataNode raster, Rectangle rectangle) {
    ProductData data = raster.createCompatibleRasterData(rectangle.width, rectangle.height);
    return new TileImpl(raster, rectangle, data, true);
  }

  @Override
  public RasterDataNode getRasterDataNode() {
    return raster;
  }

  @Override
  public boolean isTarget() {
    return target;
  }

  @Override
  public float toGeoPhysical(float rawSample) {
    return scaled ? (float) raster.scale(rawSample) : rawSample;
  }

  @Override
  public double toGeoPhysical(double rawSample) {
    return scaled ? raster.scale(rawSample) : rawSample;
  }

  @Override
  public float toRaw(float geoPhysicalValue) {
    return scaled ? (float) raster.scaleInverse(geoPhysicalValue) : geoPhysicalValue;
  }

  @Override
  public double toRaw(double geoPhysicalValue) {
    return scaled ? raster.scaleInverse(geoPhysicalValue) : geoPhysicalValue;
  }

  @Override
  public Rectangle getRectangle() {
    return new Rectangle(rectangle);
  }

  @Override
  public int getMinX() {
    return rectangle.x;
  }

  @Override
  public int getMaxX() {
    return rectangle.x + rectangle.width - 1;
  }

  @Override
  public int getMinY() {
    return rectangle.y;
  }

  @Override
  public int getMaxY() {
    return rectangle.y + rectangle.height - 1;
  }

  @Override
  public int getWidth() {
    return rectangle.width;
  }

  @Override
  public int getHeight() {
    return rectangle.height;
  }

  @Override
  public int getDataBufferIndex(int x, int y) {
    return scanlineOffset + (x - rectangle.x) + (y - rectangle.y) * scanlineStride;
  }

  @Override
  public ProductData getDataBuffer() {
    return buffer;
  }

  @Override
  public byte[] getDataBufferByte() {
    return buffer.getElems() instanceof byte[] ? (byte[]) buffer.getElems() : null;
  }

  @Override
  public short[] getDataBufferShort() {
    return buffer.getElems() instanceof short[] ? (short[]) buffer.getElems() : null;
  }

  @Override
  public int[] getDataBufferInt() {
    return buffer.getElems() instanceof int[] ? (int[]) buffer.getElems() : null;
  }

  @Override
  public float[] getDataBufferFloat() {
    return buffer.getElems() instanceof float[] ? (float[]) buffer.getElems() : null;
  }

  @Override
  public double[] getDataBufferDouble() {
    return buffer.getElems() instanceof double[] ? (double[]) buffer.getElems() : null;
  }

  @Override
  public int getScanlineOffset() {
    return scanlineOffset;
  }

  @Override
  public int getScanlineStride() {
    return scanlineStride;
  }

  /** The buffer when it holds exactly the tile (SNAP: {@code width * height == numElems}), else a copy. */
  @Override
  public ProductData getRawSamples() {
    if (rawSamples == null) {
      int n = rectangle.width * rectangle.height;
      if (buffer.getNumElems() == n) {
        rawSamples = buffer;
      } else {
        rawSamples = raster.createCompatibleRasterData(rectangle.width, rectangle.height);
        for (int row = 0; row < rectangle.height; row++) {
          System.arraycopy(buffer.getElems(), scanlineOffset + row * scanlineStride, rawSamples.getElems(),
              row * rectangle.width, rectangle.width);
        }
      }
    }
    return rawSamples;
  }

  @Override
  public void setRawSamples(ProductData samples) {
    checkWritable();
    if (samples == buffer) {
      return;
    }
    int n = rectangle.width * rectangle.height;
    if (samples.getType() != buffer.getType() || samples.getNumElems() != n) {
      throw new IllegalArgumentException("raw samples for " + raster.getName() + " must be " + n + " of type "
          + buffer.getTypeString() + ", got " + samples.getNumElems() + " of type " + samples.getTypeString());
    }
    for (int row = 0; row < rectangle.height; row++) {
      System.arraycopy(samples.getElems(), row * rectangle.width, buffer.getElems(),
          scanlineOffset + row * scanlineStride, rectangle.width);
    }
  }

  @Override
  public byte[] getSamplesByte() {
    int n = rectangle.width * rectangle.height;
    if (validMaskUsed) {
      byte[] out = new byte[n];
      boolean[] valid = validMask();
      forEachPixel((i, index) -> out[i] = valid[i] ? (byte) geoInt(index) : 0);
      return out;
    }
    ProductData raw = getRawSamples();
    if (!scaled && (raw.getType() == ProductData.TYPE_INT8 || raw.getType() == ProductData.TYPE_UINT8)) {
      return (byte[]) raw.getElems();
    }
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) truncatedGeo(raw, i);
    }
    return out;
  }

  @Override
  public short[] getSamplesShort() {
    int n = rectangle.width * rectangle.height;
    if (validMaskUsed) {
      short[] out = new short[n];
      boolean[] valid = validMask();
      forEachPixel((i, index) -> out[i] = valid[i] ? (short) geoInt(index) : 0);
      return out;
    }
    ProductData raw = getRawSamples();
    if (!scaled && (raw.getType() == ProductData.TYPE_INT16 || raw.getType() == ProductData.TYPE_UINT16)) {
      return (short[]) raw.getElems();
    }
    short[] out = new short[n];
    for (int i = 0; i < n; i++) {
      out[i] = (short) truncatedGeo(raw, i);
    }
    return out;
  }

  @Override
  public int[] getSamplesInt() {
    int n = rectangle.width * rectangle.height;
    if (validMaskUsed) {
      int[] out = new int[n];
      boolean[] valid = validMask();
      forEachPixel((i, index) -> out[i] = valid[i] ? geoInt(index) : 0);
      return out;
    }
    ProductData raw = getRawSamples();
    if (!scaled && (raw.getType() == ProductData.TYPE_INT32 || raw.getType() == ProductData.TYPE_UINT32)) {
      return (int[]) raw.getElems();
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = truncatedGeo(raw, i);
    }
    return out;
  }

  @Override
  public float[] getSamplesFloat() {
    int n = rectangle.width * rectangle.height;
    if (validMaskUsed) {
      float[] out = new float[n];
      boolean[] valid = validMask();
      forEachPixel((i, index) -> out[i] = valid[i] ? (float) geo(index) : Float.NaN);
      return out;
    }
    ProductData raw = getRawSamples();
    if (!scaled && raw.getType() == ProductData.TYPE_FLOAT32) {
      return (float[]) raw.getElems();
    }
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = scaled ? toGeoPhysical(raw.getElemFloatAt(i)) : raw.getElemFloatAt(i);
    }
    return out;
  }

  @Override
  public double[] getSamplesDouble() {
    int n = rectangle.width * rectangle.height;
    if (validMaskUsed) {
      double[] out = new double[n];
      boolean[] valid = validMask();
      forEachPixel((i, index) -> out[i] = valid[i] ? geo(index) : Double.NaN);
      return out;
    }
    ProductData raw = getRawSamples();
    if (!scaled && raw.getType() == ProductData.TYPE_FLOAT64) {
      return (double[]) raw.getElems();
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = toGeoPhysical(raw.getElemDoubleAt(i));
    }
    return out;
  }

  @Override
  public void setSamples(byte[] samples) {
    checkLength(samples.length);
    if (copyRowsUnscaled(samples)) {
      return;
    }
    forEachPixel((i, index) -> setGeoInt(index, samples[i]));
  }

  @Override
  public void setSamples(short[] samples) {
    checkLength(samples.length);
    if (copyRowsUnscaled(samples)) {
      return;
    }
    forEachPixel((i, index) -> setGeoInt(index, samples[i]));
  }

  @Override
  public void setSamples(int[] samples) {
    checkLength(samples.length);
    if (copyRowsUnscaled(samples)) {
      return;
    }
    forEachPixel((i, index) -> setGeoInt(index, samples[i]));
  }

  @Override
  public void setSamples(float[] samples) {
    checkLength(samples.length);
    if (copyRowsUnscaled(samples)) {
      return;
    }
    forEachPixel((i, index) -> setGeo(index, samples[i]));
  }

  @Override
  public void setSamples(double[] samples) {
    checkLength(samples.length);
    if (copyRowsUnscaled(samples)) {
      return;
    }
    forEachPixel((i, index) -> setGeo(index, samples[i]));
  }

  /**
   * The raster's valid mask at (x, y), as SNAP's {@code rasterDataNode.isPixelValid(x, y)}: a pixel
   * outside the tile is asked of the raster, whose mask covers the whole scene.
   */
  @Override
  public boolean isSampleValid(int x, int y) {
    if (!rectangle.contains(x, y)) {
      return raster.isPixelValid(x, y);
    }
    return !validMaskUsed || validMask()[(y - rectangle.y) * rectangle.width + (x - rectangle.x)];
  }

  @Override
  public boolean getSampleBoolean(int x, int y) {
    return getSampleInt(x, y) != 0;
  }

  @Override
  public void setSample(int x, int y, boolean sample) {
    setSample(x, y, sample ? 1 : 0);
  }

  @Override
  public int getSampleInt(int x, int y) {
    return geoInt(index(x, y));
  }

  @Override
  public void setSample(int x, int y, int sample) {
    setGeoInt(index(x, y), sample);
  }

  @Override
  public float getSampleFloat(int x, int y) {
    return (float) geo(index(x, y));
  }

  @Override
  public void setSample(int x, int y, float sample) {
    setGeo(index(x, y), sample);
  }

  @Override
  public double getSampleDouble(int x, int y) {
    return geo(index(x, y));
  }

  @Override
  public void setSample(int x, int y, double sample) {
    setGeo(index(x, y), sample);
  }

  @Override
  public boolean getSampleBit(int x, int y, int bitIndex) {
    return ((rawInt(index(x, y)) >>> bitIndex) & 1) != 0;
  }

  @Override
  public void setSample(int x, int y, int bitIndex, boolean sample) {
    checkWritable();
    int i = index(x, y);
    int raw = buffer.getElemIntAt(i);
    buffer.setElemIntAt(i, sample ? raw | (1 << bitIndex) : raw & ~(1 << bitIndex));
  }

  @Override
  public Iterator<Pos> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < rectangle.width * rectangle.height;
      }

      @Override
      public Pos next() {
        if (!hasNext()) {
          throw new NoSuchElementException("tile " + rectangle + " has no more pixels");
        }
        Pos pos = new Pos(rectangle.x + next % rectangle.width, rectangle.y + next / rectangle.width);
        next++;
        return pos;
      }
    };
  }

  @Override
  public String toString() {
    return (target ? "target" : "source") + " tile " + rectangle + " of " + raster.getName();
  }

  /** Per tile pixel: i, its index in the tile; index, its index in the buffer. */
  private interface PixelAction {
    void apply(int i, int index);
  }

  private void forEachPixel(PixelAction action) {
    for (int row = 0, i = 0; row < rectangle.height; row++) {
      int index = scanlineOffset + row * scanlineStride;
      for (int col = 0; col < rectangle.width; col++, i++, index++) {
        action.apply(i, index);
      }
    }
  }

  /**
   * The valid mask over the tile, computed once: no-data test on the raw samples, and the valid-pixel
   * expression read from the product's bands.
   */
  private boolean[] validMask() {
    if (validMask == null) {
      try {
        Rectangle inside = rectangle.intersection(new Rectangle(0, 0, raster.getRasterWidth(), raster.getRasterHeight()));
        if (inside.equals(rectangle)) {
          validMask = ValidMask.of(raster, rectangle,
              (col, row) -> buffer.getElemDoubleAt(scanlineOffset + row * scanlineStride + col));
        } else {
          // a source tile reaching beyond the raster: SNAP's valid-mask image reads 0 (invalid) there
          validMask = new boolean[rectangle.width * rectangle.height];
          int dx = inside.x - rectangle.x;
          int dy = inside.y - rectangle.y;
          boolean[] insideMask = inside.isEmpty() ? new boolean[0] : ValidMask.of(raster, inside,
              (col, row) -> buffer.getElemDoubleAt(scanlineOffset + (row + dy) * scanlineStride + col + dx));
          for (int row = 0; row < inside.height; row++) {
            System.arraycopy(insideMask, row * inside.width, validMask, (row + dy) * rectangle.width + dx, inside.width);
          }
        }
      } catch (IllegalArgumentException e) {
        throw new OperatorException(e.getMessage(), e);
      }
    }
    return validMask;
  }

  private int index(int x, int y) {
    checkInside(x, y);
    return getDataBufferIndex(x, y);
  }

  private void checkInside(int x, int y) {
    if (!rectangle.contains(x, y)) {
      throw new IllegalArgumentException("pixel (" + x + "," + y + ") is outside " + this);
    }
  }

  /** Geophysical sample at a buffer index. */
  private double geo(int index) {
    return toGeoPhysical(buffer.getElemDoubleAt(index));
  }

  /** Geophysical sample as int: raw, or the scaled value rounded half up (SNAP's getSampleInt). */
  private int geoInt(int index) {
    return scaled ? (int) Math.floor(raster.scale(buffer.getElemDoubleAt(index)) + 0.5) : rawInt(index);
  }

  /**
   * The raw sample as int, as SNAP reads it through its WritableRaster: a float or double
   * truncated toward zero (DataBufferFloat.getElem casts), where ProductData.getElemIntAt rounds.
   */
  private int rawInt(int index) {
    int type = buffer.getType();
    return type == ProductData.TYPE_FLOAT32 || type == ProductData.TYPE_FLOAT64
        ? (int) buffer.getElemDoubleAt(index) : buffer.getElemIntAt(index);
  }

  /** SNAP's conversion in getSamplesInt/Short/Byte without a valid mask: scaled values truncated. */
  private int truncatedGeo(ProductData raw, int i) {
    return scaled ? (int) toGeoPhysical((float) raw.getElemIntAt(i)) : raw.getElemIntAt(i);
  }

  /**
   * A float or double sample: into an integer raster its raw value truncated toward zero, as SNAP
   * writes it through its WritableRaster (DataBuffer.setElemDouble casts to int), 2.7 as 2.
   */
  private void setGeo(int index, double value) {
    setRaw(index, toRaw(value));
  }

  /** An int sample: through a scaling, its raw value rounded half up, as SNAP's setSample(int). */
  private void setGeoInt(int index, int value) {
    setRaw(index, scaled ? Math.floor(toRaw(value) + 0.5) : value);
  }

  private void setRaw(int index, double raw) {
    checkWritable();
    if (ProductData.isIntType(buffer.getType())) {
      buffer.setElemIntAt(index, (int) raw);
    } else {
      buffer.setElemDoubleAt(index, raw);
    }
  }

  private void checkLength(int length) {
    int n = rectangle.width * rectangle.height;
    if (length != n) {
      throw new IllegalArgumentException("expected " + n + " samples for " + this + ", got " + length);
    }
  }

  /**
   * Copies {@code samples} row by row into the buffer when they are its raw samples as they are
   * (unscaled, an array of the buffer's own element type): the same bits that setting them one by
   * one stores, without a conversion per pixel. Returns false, copying nothing, otherwise.
   */
  private boolean copyRowsUnscaled(Object samples) {
    Object elems = buffer.getElems();
    if (scaled || elems.getClass() != samples.getClass()) {
      return false;
    }
    checkWritable();
    for (int row = 0; row < rectangle.height; row++) {
      System.arraycopy(samples, row * rectangle.width, elems, scanlineOffset + row * scanlineStride, rectangle.width);
    }
    return true;
  }

  private void checkWritable() {
    if (!target) {
      throw new IllegalStateException("cannot write to " + this + ": it is a source tile");
    }
  }
}
