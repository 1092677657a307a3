package org.esa.snap.core.gpf;

import java.awt.Rectangle;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * A {@link Tile} backed by one {@link ProductData} of the raster's data type holding exactly the
 * tile's rectangle, row-major (scanline offset 0, stride = width).
 *
 * <p>Getters convert raw samples to geophysical values with the raster's scaling; the float and
 * double getters give NaN where {@link #isSampleValid} is false. Setters convert back to raw,
 * rounding for integer types. Not thread-safe: one tile is filled by one thread.
 */
final class TileImpl implements Tile {

  private final RasterDataNode raster;
  private final Rectangle rectangle;
  private final ProductData data;
  private final boolean target;
  private final boolean scaled;
  private final boolean noDataUsed;
  private final double noData;
  private final boolean floatingPoint;

  /**
   * @param raster the raster the samples belong to
   * @param rectangle the tile's rectangle in scene pixels, not modified
   * @param data raw samples of {@code rectangle}, row-major; shared, not copied
   * @param target true if the operator may write to this tile
   */
  TileImpl(RasterDataNode raster, Rectangle rectangle, ProductData data, boolean target) {
    if (data.getNumElems() != rectangle.width * rectangle.height) {
      throw new IllegalArgumentException("tile data of " + raster.getName() + " holds " + data.getNumElems()
          + " samples, expected " + rectangle.width + "x" + rectangle.height);
    }
    this.raster = raster;
    this.rectangle = new Rectangle(rectangle);
    this.data = data;
    this.target = target;
    this.scaled = raster.isScalingApplied();
    this.noDataUsed = raster.isNoDataValueUsed();
    this.noData = raster.getNoDataValue();
    this.floatingPoint = !ProductData.isIntType(data.getType());
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
    return (y - rectangle.y) * rectangle.width + (x - rectangle.x);
  }

  @Override
  public ProductData getDataBuffer() {
    return data;
  }

  @Override
  public byte[] getDataBufferByte() {
    return data.getElems() instanceof byte[] ? (byte[]) data.getElems() : null;
  }

  @Override
  public short[] getDataBufferShort() {
    return data.getElems() instanceof short[] ? (short[]) data.getElems() : null;
  }

  @Override
  public int[] getDataBufferInt() {
    return data.getElems() instanceof int[] ? (int[]) data.getElems() : null;
  }

  @Override
  public float[] getDataBufferFloat() {
    return data.getElems() instanceof float[] ? (float[]) data.getElems() : null;
  }

  @Override
  public double[] getDataBufferDouble() {
    return data.getElems() instanceof double[] ? (double[]) data.getElems() : null;
  }

  @Override
  public int getScanlineOffset() {
    return 0;
  }

  @Override
  public int getScanlineStride() {
    return rectangle.width;
  }

  @Override
  public ProductData getRawSamples() {
    return data;
  }

  @Override
  public void setRawSamples(ProductData rawSamples) {
    checkWritable();
    if (rawSamples == data) {
      return;
    }
    if (rawSamples.getType() != data.getType() || rawSamples.getNumElems() != data.getNumElems()) {
      throw new IllegalArgumentException("raw samples for " + raster.getName() + " must be "
          + data.getNumElems() + " of type " + data.getTypeString() + ", got " + rawSamples.getNumElems()
          + " of type " + rawSamples.getTypeString());
    }
    System.arraycopy(rawSamples.getElems(), 0, data.getElems(), 0, data.getNumElems());
  }

  @Override
  public byte[] getSamplesByte() {
    byte[] out = new byte[data.getNumElems()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Math.round(toGeoPhysical(data.getElemDoubleAt(i)));
    }
    return out;
  }

  @Override
  public short[] getSamplesShort() {
    short[] out = new short[data.getNumElems()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (short) Math.round(toGeoPhysical(data.getElemDoubleAt(i)));
    }
    return out;
  }

  @Override
  public int[] getSamplesInt() {
    int[] out = new int[data.getNumElems()];
    for (int i = 0; i < out.length; i++) {
      out[i] = geoInt(i);
    }
    return out;
  }

  @Override
  public float[] getSamplesFloat() {
    float[] out = new float[data.getNumElems()];
    if (data.getElems() instanceof float[] && !scaled) {
      System.arraycopy(data.getElems(), 0, out, 0, out.length);
      if (noDataUsed) {
        float noDataFloat = (float) noData;
        for (int i = 0; i < out.length; i++) {
          if (out[i] == noDataFloat) {
            out[i] = Float.NaN;
          }
        }
      }
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) geoDouble(i);
    }
    return out;
  }

  @Override
  public double[] getSamplesDouble() {
    double[] out = new double[data.getNumElems()];
    for (int i = 0; i < out.length; i++) {
      out[i] = geoDouble(i);
    }
    return out;
  }

  @Override
  public void setSamples(byte[] samples) {
    checkLength(samples.length);
    for (int i = 0; i < samples.length; i++) {
      setGeo(i, samples[i]);
    }
  }

  @Override
  public void setSamples(short[] samples) {
    checkLength(samples.length);
    for (int i = 0; i < samples.length; i++) {
      setGeo(i, samples[i]);
    }
  }

  @Override
  public void setSamples(int[] samples) {
    checkLength(samples.length);
    for (int i = 0; i < samples.length; i++) {
      setGeo(i, samples[i]);
    }
  }

  @Override
  public void setSamples(float[] samples) {
    checkLength(samples.length);
    if (data.getElems() instanceof float[] && !scaled) {
      System.arraycopy(samples, 0, data.getElems(), 0, samples.length);
      return;
    }
    for (int i = 0; i < samples.length; i++) {
      setGeo(i, samples[i]);
    }
  }

  @Override
  public void setSamples(double[] samples) {
    checkLength(samples.length);
    for (int i = 0; i < samples.length; i++) {
      setGeo(i, samples[i]);
    }
  }

  @Override
  public boolean isSampleValid(int x, int y) {
    return isRawValid(data.getElemDoubleAt(index(x, y)));
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
    setGeo(index(x, y), sample);
  }

  @Override
  public float getSampleFloat(int x, int y) {
    return (float) geoDouble(index(x, y));
  }

  @Override
  public void setSample(int x, int y, float sample) {
    setGeo(index(x, y), sample);
  }

  @Override
  public double getSampleDouble(int x, int y) {
    return geoDouble(index(x, y));
  }

  @Override
  public void setSample(int x, int y, double sample) {
    setGeo(index(x, y), sample);
  }

  @Override
  public boolean getSampleBit(int x, int y, int bitIndex) {
    return ((data.getElemIntAt(index(x, y)) >>> bitIndex) & 1) != 0;
  }

  @Override
  public void setSample(int x, int y, int bitIndex, boolean sample) {
    checkWritable();
    int i = index(x, y);
    int raw = data.getElemIntAt(i);
    data.setElemIntAt(i, sample ? raw | (1 << bitIndex) : raw & ~(1 << bitIndex));
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

  private int index(int x, int y) {
    if (!rectangle.contains(x, y)) {
      throw new IllegalArgumentException("pixel (" + x + "," + y + ") is outside " + this);
    }
    return (y - rectangle.y) * rectangle.width + (x - rectangle.x);
  }

  private boolean isRawValid(double raw) {
    if (floatingPoint && Double.isNaN(raw)) {
      return false;
    }
    // A float32 raster holds the no-data value rounded to float.
    return !noDataUsed || (raw != noData && !(floatingPoint && (float) raw == (float) noData));
  }

  private double geoDouble(int i) {
    double raw = data.getElemDoubleAt(i);
    return isRawValid(raw) ? toGeoPhysical(raw) : Double.NaN;
  }

  private int geoInt(int i) {
    return scaled ? (int) Math.round(raster.scale(data.getElemDoubleAt(i))) : data.getElemIntAt(i);
  }

  private void setGeo(int i, double value) {
    checkWritable();
    double raw = toRaw(value);
    if (floatingPoint) {
      data.setElemDoubleAt(i, raw);
    } else {
      // Raw integer samples are rounded, not truncated; uint32 keeps its bits in an int.
      data.setElemIntAt(i, (int) Math.round(raw));
    }
  }

  private void checkLength(int length) {
    if (length != data.getNumElems()) {
      throw new IllegalArgumentException("expected " + data.getNumElems() + " samples for " + this + ", got " + length);
    }
  }

  private void checkWritable() {
    if (!target) {
      throw new IllegalStateException("cannot write to " + this + ": it is a source tile");
    }
  }
}
