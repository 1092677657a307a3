package org.esa.snap.core.gpf;

import java.awt.Rectangle;
import java.util.Iterator;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * A rectangle of one raster's samples: a source tile to read from, or a target tile an operator
 * fills in {@code computeTile}/{@code computeTileStack}.
 *
 * <p>Coordinates are absolute scene pixels; {@code getMaxX()}/{@code getMaxY()} are inclusive.
 * {@code getSample*}/{@code getSamples*} and {@code setSample*}/{@code setSamples} work in
 * geophysical units (the raster's scaling applied); the float and double getters give NaN where a
 * sample is invalid (the no-data value, or NaN). {@code getDataBuffer*} and
 * {@code getRawSamples} give raw (unscaled) samples: index the buffer with
 * {@link #getDataBufferIndex}, or {@link #getScanlineOffset} and {@link #getScanlineStride}.
 * Writing to a source tile throws {@link IllegalStateException}.
 */
public interface Tile extends Iterable<Tile.Pos> {

  /** The raster whose samples this tile holds. */
  RasterDataNode getRasterDataNode();

  /** True for a target tile, which the operator writes. */
  boolean isTarget();

  /** Converts a raw sample to geophysical units. */
  float toGeoPhysical(float rawSample);

  /** Converts a raw sample to geophysical units. */
  double toGeoPhysical(double rawSample);

  /** Converts a geophysical value to a raw sample. */
  float toRaw(float geoPhysicalValue);

  /** Converts a geophysical value to a raw sample. */
  double toRaw(double geoPhysicalValue);

  /** The tile's rectangle in scene pixels, a copy. */
  Rectangle getRectangle();

  /** The first column, in scene pixels. */
  int getMinX();

  /** The last column (inclusive), in scene pixels. */
  int getMaxX();

  /** The first row, in scene pixels. */
  int getMinY();

  /** The last row (inclusive), in scene pixels. */
  int getMaxY();

  /** The width in pixels. */
  int getWidth();

  /** The height in pixels. */
  int getHeight();

  /** The index of pixel (x, y) in the raw data buffer. */
  int getDataBufferIndex(int x, int y);

  /** The raw data buffer, shared with the tile: writes to it change the tile. */
  ProductData getDataBuffer();

  /** The raw buffer as bytes, or null if the raster's samples are not bytes. */
  byte[] getDataBufferByte();

  /** The raw buffer as shorts, or null if the raster's samples are not (u)int16. */
  short[] getDataBufferShort();

  /** The raw buffer as ints, or null if the raster's samples are not (u)int32. */
  int[] getDataBufferInt();

  /** The raw buffer as floats, or null if the raster's samples are not float32. */
  float[] getDataBufferFloat();

  /** The raw buffer as doubles, or null if the raster's samples are not float64. */
  double[] getDataBufferDouble();

  /** The buffer index of the tile's first pixel. */
  int getScanlineOffset();

  /** The distance in the buffer between two rows. */
  int getScanlineStride();

  /** The raw samples of exactly the tile's rectangle, row-major. */
  ProductData getRawSamples();

  /** Replaces the tile's raw samples with those given, row-major over the rectangle. */
  void setRawSamples(ProductData rawSamples);

  /** The geophysical samples, row-major, rounded to bytes. */
  byte[] getSamplesByte();

  /** The geophysical samples, row-major, rounded to shorts. */
  short[] getSamplesShort();

  /** The geophysical samples, row-major, rounded to ints. */
  int[] getSamplesInt();

  /** The geophysical samples, row-major; NaN where invalid. */
  float[] getSamplesFloat();

  /** The geophysical samples, row-major; NaN where invalid. */
  double[] getSamplesDouble();

  /** Sets all samples from geophysical values, row-major over the rectangle. */
  void setSamples(byte[] samples);

  /** Sets all samples from geophysical values, row-major over the rectangle. */
  void setSamples(short[] samples);

  /** Sets all samples from geophysical values, row-major over the rectangle. */
  void setSamples(int[] samples);

  /** Sets all samples from geophysical values, row-major over the rectangle. */
  void setSamples(float[] samples);

  /** Sets all samples from geophysical values, row-major over the rectangle. */
  void setSamples(double[] samples);

  /** False where the raw sample is the no-data value (if used) or NaN. */
  boolean isSampleValid(int x, int y);

  /** True where the sample is not zero. */
  boolean getSampleBoolean(int x, int y);

  /** Sets the sample to 1 or 0. */
  void setSample(int x, int y, boolean sample);

  /** The geophysical sample, rounded. */
  int getSampleInt(int x, int y);

  /** Sets the sample from a geophysical value. */
  void setSample(int x, int y, int sample);

  /** The geophysical sample; NaN where invalid. */
  float getSampleFloat(int x, int y);

  /** Sets the sample from a geophysical value. */
  void setSample(int x, int y, float sample);

  /** The geophysical sample; NaN where invalid. */
  double getSampleDouble(int x, int y);

  /** Sets the sample from a geophysical value. */
  void setSample(int x, int y, double sample);

  /** Bit {@code bitIndex} of the raw sample. */
  boolean getSampleBit(int x, int y, int bitIndex);

  /** Sets or clears bit {@code bitIndex} of the raw sample. */
  void setSample(int x, int y, int bitIndex, boolean sample);

  /** Iterates over the tile's pixels, row by row. */
  @Override
  Iterator<Pos> iterator();

  /** A pixel position in scene pixels. */
  final class Pos {

    /** The column. */
    public final int x;
    /** The row. */
    public final int y;

    /** Creates a position. */
    public Pos(int x, int y) {
      this.x = x;
      this.y = y;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Pos && ((Pos) other).x == x && ((Pos) other).y == y;
    }

    @Override
    public int hashCode() {
      return 31 * x + y;
    }

    @Override
    public String toString() {
      return "Tile.Pos[" + x + "," + y + "]";
    }
  }
}
