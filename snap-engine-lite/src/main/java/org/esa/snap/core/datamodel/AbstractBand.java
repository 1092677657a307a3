package org.esa.snap.core.datamodel;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A raster of a fixed size whose pixels can be read and, once in memory, changed.
 *
 * <p>The single-pixel getters and setters work on the loaded raster data ({@link
 * #loadRasterData()}, {@link #ensureRasterData()}); {@code readPixels} reads any rectangle.
 */
public abstract class AbstractBand extends RasterDataNode {

  private final int width;
  private final int height;

  /**
   * @throws IllegalArgumentException if width or height is not positive
   */
  public AbstractBand(String name, int dataType, int width, int height) {
    super(name, dataType, checkedSize(name, width, height));
    this.width = width;
    this.height = height;
  }

  private static long checkedSize(String name, int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("band '" + name + "' needs a positive size, got " + width + "x" + height);
    }
    return (long) width * height;
  }

  @Override
  public int getRasterWidth() {
    return width;
  }

  @Override
  public int getRasterHeight() {
    return height;
  }

  /** Geophysical value of pixel (x, y), rounded when scaled; needs loaded raster data. */
  @Override
  public int getPixelInt(int x, int y) {
    ProductData data = loadedRasterData();
    int index = rasterIndex(x, y);
    return isScalingApplied() ? (int) Math.round(scale(data.getElemDoubleAt(index))) : data.getElemIntAt(index);
  }

  /** Geophysical value of pixel (x, y); needs loaded raster data. */
  @Override
  public float getPixelFloat(int x, int y) {
    return (float) getPixelDouble(x, y);
  }

  /** Geophysical value of pixel (x, y); needs loaded raster data. */
  @Override
  public double getPixelDouble(int x, int y) {
    return scale(loadedRasterData().getElemDoubleAt(rasterIndex(x, y)));
  }

  /** Sets pixel (x, y) to geophysical value {@code pixelValue}; creates zeroed raster data if absent. */
  public void setPixelInt(int x, int y, int pixelValue) {
    setPixelDouble(x, y, pixelValue);
  }

  /** Sets pixel (x, y) to geophysical value {@code pixelValue}; creates zeroed raster data if absent. */
  public void setPixelFloat(int x, int y, float pixelValue) {
    setPixelDouble(x, y, pixelValue);
  }

  /** Sets pixel (x, y) to geophysical value {@code pixelValue}; creates zeroed raster data if absent. */
  public void setPixelDouble(int x, int y, double pixelValue) {
    int index = rasterIndex(x, y);
    writableRasterData().setElemDoubleAt(index, isScalingApplied() ? scaleInverse(pixelValue) : pixelValue);
    setModified(true);
  }

  @Override
  public float[] readPixels(int x, int y, int w, int h, float[] pixels, ProgressMonitor pm) throws IOException {
    ProductData raw = readRaw(x, y, w, h, pm);
    float[] out = pixels != null && pixels.length >= w * h ? pixels : new float[w * h];
    for (int i = 0; i < w * h; i++) {
      out[i] = (float) scale(raw.getElemDoubleAt(i));
    }
    return out;
  }

  @Override
  public double[] readPixels(int x, int y, int w, int h, double[] pixels, ProgressMonitor pm) throws IOException {
    ProductData raw = readRaw(x, y, w, h, pm);
    double[] out = pixels != null && pixels.length >= w * h ? pixels : new double[w * h];
    for (int i = 0; i < w * h; i++) {
      out[i] = scale(raw.getElemDoubleAt(i));
    }
    return out;
  }

  private ProductData readRaw(int x, int y, int w, int h, ProgressMonitor pm) throws IOException {
    ProgressMonitor monitor = pm != null ? pm : ProgressMonitor.NULL;
    monitor.beginTask("Reading pixels of " + getName(), 1);
    try {
      ProductData raw = createCompatibleRasterData(w, h);
      readRasterData(x, y, w, h, raw);
      monitor.worked(1);
      return raw;
    } finally {
      monitor.done();
    }
  }

  /** As {@link #getPixels(int, int, int, int, float[])}. */
  public float[] getPixels(int x, int y, int w, int h, float[] pixels, ProgressMonitor pm) {
    return getPixels(x, y, w, h, pixels);
  }

  /**
   * Sets rectangle (x, y, w, h) to the geophysical {@code pixels} (row-major); creates zeroed
   * raster data if absent.
   */
  public void setPixels(int x, int y, int w, int h, float[] pixels) {
    checkRect(x, y, w, h);
    if (pixels.length < w * h) {
      throw new IllegalArgumentException("band '" + getName() + "': need " + (w * h) + " pixels, got " + pixels.length);
    }
    ProductData data = writableRasterData();
    int width = getRasterWidth();
    boolean scaled = isScalingApplied();
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        double value = pixels[row * w + col];
        data.setElemDoubleAt((y + row) * width + x + col, scaled ? scaleInverse(value) : value);
      }
    }
    setModified(true);
  }

  /**
   * Makes sure the band has raster data: zeroed, as SNAP's, where none is loaded (the source
   * image is not read: {@link #loadRasterData()} reads it).
   */
  public synchronized void ensureRasterData() {
    if (!hasRasterData()) {
      setRasterData(createCompatibleRasterData());
    }
  }

  /** Drops the loaded raster data, as SNAP's; pixels are read from the source image again. */
  @Override
  public void unloadRasterData() {
    if (hasRasterData()) {
      setDataUnmodified(null);
    }
  }

  /** As {@link #loadRasterData()}, reporting one tick. */
  public void loadRasterData(ProgressMonitor pm) throws IOException {
    ProgressMonitor monitor = pm != null ? pm : ProgressMonitor.NULL;
    monitor.beginTask("Loading raster data of " + getName(), 1);
    try {
      loadRasterData();
      monitor.worked(1);
    } finally {
      monitor.done();
    }
  }

  /**
   * The raster data to write into, created zeroed (not loaded) if absent; synchronized so that
   * threads writing different rectangles share one buffer.
   */
  synchronized ProductData writableRasterData() {
    if (!hasRasterData()) {
      setRasterData(createCompatibleRasterData());
    }
    return getRasterData();
  }
}
