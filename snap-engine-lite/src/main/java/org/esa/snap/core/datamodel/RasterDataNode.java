package org.esa.snap.core.datamodel;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.dlinsar.lite.expr.NoDataTest;
import org.dlinsar.lite.expr.ValidMask;
import org.dlinsar.lite.expr.ValidPixelExpression;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.image.RasterImage;
import org.dlinsar.lite.image.SourceImages;

/**
 * A node holding a raster of raw samples, their scaling to geophysical values and their no-data
 * value.
 *
 * <p>Pixels come from one of two places, as in SNAP: the node's own raster data
 * ({@link #setRasterData}, {@link #loadRasterData}), which takes precedence, or its source image
 * ({@link #setSourceImage(RenderedImage)}), which the headless engine attaches for bands read
 * from files, computed by operators or copied from other bands. {@link #readRasterData} reads
 * raw samples from either; {@link #readPixels} returns geophysical values.
 *
 * <p>SNAP's {@code SceneTransformProvider} and the JAI image accessors are not part of the
 * headless engine. {@link #isPixelValid} applies the whole valid mask, as SNAP: the no-data value
 * and the valid-pixel expression (evaluated by {@link ValidPixelExpression}).
 */
public abstract class RasterDataNode extends DataNode implements Scaling {

  public static final String PROPERTY_NAME_NO_DATA_VALUE = "noDataValue";
  public static final String PROPERTY_NAME_NO_DATA_VALUE_USED = "noDataValueUsed";
  public static final String PROPERTY_NAME_VALID_PIXEL_EXPRESSION = "validPixelExpression";
  public static final String NO_DATA_TEXT = "NaN";

  private GeoCoding geoCoding;
  private double scalingFactor = 1.0;
  private double scalingOffset = 0.0;
  private boolean log10Scaled;
  private double noDataValue;
  private boolean noDataValueSet;
  private boolean noDataValueUsed;
  private String validPixelExpression;
  // Volatile: tiles are read by worker threads while the image is attached on another thread.
  private volatile RenderedImage sourceImage;

  static {
    SourceImages.setAccess(node -> node.sourceImage);
  }

  protected RasterDataNode(String name, int dataType, long numElems) {
    super(name, dataType, numElems);
  }

  public abstract int getRasterWidth();

  public abstract int getRasterHeight();

  public Dimension getRasterSize() {
    return new Dimension(getRasterWidth(), getRasterHeight());
  }

  public boolean hasGeoCoding() {
    return getGeoCoding() != null;
  }

  /** This node's geocoding, else its product's scene geocoding, else null. */
  public GeoCoding getGeoCoding() {
    if (geoCoding == null) {
      Product product = getProduct();
      if (product != null) {
        return product.getSceneGeoCoding();
      }
    }
    return geoCoding;
  }

  /**
   * From image (pixel) to model coordinates, the coordinates SNAP's image views zoom in, as SNAP
   * 14's (snap-core RasterDataNode.java 14.x, lines 248-275; Product.findImageToModelTransform,
   * lines 332-340): the map grid's affine image-to-map transform when the raster's geocoding is a
   * map grid on the scene's CRS (a LiCSAR or GeoTIFF frame: degrees or metres), else the pixels
   * (tie-point grids, radar geometry, no geocoding, or a raster whose model CRS is not the
   * scene's). SNAP's transform of a source image's model is the same for the images made here.
   */
  public AffineTransform getImageToModelTransform() {
    GeoCoding raster = getGeoCoding();
    Product product = getProduct();
    GeoCoding scene = product == null ? null : product.getSceneGeoCoding();
    if (raster instanceof CrsGeoCoding map && onTheSameMapCrs(map, scene)) {
      return new AffineTransform(map.getImageToMap());
    }
    return new AffineTransform();
  }

  /** SNAP's test that the raster's model CRS is the scene's: both map grids on one map CRS. */
  private static boolean onTheSameMapCrs(CrsGeoCoding raster, GeoCoding scene) {
    if (raster == scene) {
      return true;
    }
    return scene instanceof CrsGeoCoding sceneMap && raster.getMapCRS() != null
        && raster.getMapCRS().equals(sceneMap.getMapCRS());
  }

  public void setGeoCoding(GeoCoding geoCoding) {
    this.geoCoding = geoCoding;
    setModified(true);
  }

  /** Whether geophysical values are floating point: a float raw type, or scaling applied. */
  @Override
  public boolean isFloatingPointType() {
    return isScalingApplied() || super.isFloatingPointType();
  }

  /**
   * The type of geophysical values: the raw type without scaling; with scaling float64 for
   * 32- and 64-bit raw types, else float32.
   */
  public int getGeophysicalDataType() {
    if (!isScalingApplied()) {
      return getDataType();
    }
    int raw = getDataType();
    boolean wide = raw == ProductData.TYPE_INT32 || raw == ProductData.TYPE_UINT32
        || raw == ProductData.TYPE_INT64 || raw == ProductData.TYPE_FLOAT64;
    return wide ? ProductData.TYPE_FLOAT64 : ProductData.TYPE_FLOAT32;
  }

  public final double getScalingFactor() {
    return scalingFactor;
  }

  public final void setScalingFactor(double scalingFactor) {
    this.scalingFactor = scalingFactor;
    setModified(true);
  }

  public final double getScalingOffset() {
    return scalingOffset;
  }

  public final void setScalingOffset(double scalingOffset) {
    this.scalingOffset = scalingOffset;
    setModified(true);
  }

  public final boolean isLog10Scaled() {
    return log10Scaled;
  }

  public final void setLog10Scaled(boolean log10Scaled) {
    this.log10Scaled = log10Scaled;
    setModified(true);
  }

  /** Whether raw and geophysical values differ: factor not 1, offset not 0, or log10 scaling. */
  public final boolean isScalingApplied() {
    return scalingFactor != 1.0 || scalingOffset != 0.0 || log10Scaled;
  }

  /** {@code raw * factor + offset}, then {@code 10^x} when log10-scaled. */
  @Override
  public final double scale(double value) {
    double linear = value * scalingFactor + scalingOffset;
    return log10Scaled ? Math.pow(10.0, linear) : linear;
  }

  /** The inverse of {@link #scale}. */
  @Override
  public final double scaleInverse(double value) {
    double linear = log10Scaled ? Math.log10(value) : value;
    return (linear - scalingOffset) / scalingFactor;
  }

  public boolean isNoDataValueSet() {
    return noDataValueSet;
  }

  /**
   * Forgets the no-data value (back to 0), as SNAP's (snap-core RasterDataNode.java 14.x, lines
   * 672-675): whether it is used is left as it is, so a raster that used it now masks its zeros;
   * call {@link #setNoDataValueUsed} to stop using it.
   */
  public void clearNoDataValue() {
    noDataValue = 0.0;
    noDataValueSet = false;
    setModified(true);
  }

  public boolean isNoDataValueUsed() {
    return noDataValueUsed;
  }

  public void setNoDataValueUsed(boolean noDataValueUsed) {
    this.noDataValueUsed = noDataValueUsed;
    setModified(true);
  }

  /** The raw no-data value (as the raw type holds it), 0 if never set. */
  public double getNoDataValue() {
    return noDataValue;
  }

  /** Sets the raw no-data value, converted to the raw type as SNAP does (ints are rounded). */
  public void setNoDataValue(double noDataValue) {
    ProductData holder = ProductData.createInstance(getDataType(), 1);
    holder.setElemDouble(noDataValue);
    this.noDataValue = holder.getElemDouble();
    this.noDataValueSet = true;
    setModified(true);
  }

  /** The no-data value scaled to geophysical units. */
  public double getGeophysicalNoDataValue() {
    return scale(getNoDataValue());
  }

  public void setGeophysicalNoDataValue(double noDataValue) {
    setNoDataValue(scaleInverse(noDataValue));
  }

  public String getValidPixelExpression() {
    return validPixelExpression;
  }

  public void setValidPixelExpression(String validPixelExpression) {
    this.validPixelExpression = validPixelExpression;
    setModified(true);
  }

  /**
   * The band-maths expression of valid pixels, worded as SNAP's (snap-core RasterDataNode.java
   * 14.x, getValidMaskExpression and createValidMaskExpressionForNoDataValue, lines 864-900): the
   * valid-pixel expression and, when the no-data value is used, a test against the geophysical
   * no-data value: {@code !nan(band)} for NaN, {@code !inf(band)} for an infinite one,
   * {@code band.raw != 11.0} for an integer raster (the raw value), else
   * {@code fneq(band,-9999.0)}; the test is left out when it is the valid-pixel expression
   * itself. Null when every pixel is valid.
   */
  public String getValidMaskExpression() {
    String expression = validPixelExpression;
    boolean hasExpression = expression != null && !expression.trim().isEmpty();
    if (!noDataValueUsed) {
      return hasExpression ? expression : null;
    }
    String noDataTerm = noDataTerm();
    if (!hasExpression) {
      return noDataTerm;
    }
    return noDataTerm.equals(expression) ? expression : "(" + expression + ") && " + noDataTerm;
  }

  private String noDataTerm() {
    String ref = ProductNodeNames.quoted(getName());
    double geophysical = getGeophysicalNoDataValue();
    if (Double.isNaN(geophysical)) {
      return "!nan(" + ref + ")";
    }
    if (Double.isInfinite(geophysical)) {
      return "!inf(" + ref + ")";
    }
    if (ProductData.isIntType(getDataType())) {
      // the whole symbol quoted, as SNAP's createExternalName(name + ".raw")
      return ProductNodeNames.quoted(getName() + ".raw") + " != " + getNoDataValue();
    }
    return "fneq(" + ref + "," + geophysical + ")";
  }

  public boolean hasRasterData() {
    return getData() != null;
  }

  /** The loaded raster data (w * h raw samples, row-major), or null. */
  public ProductData getRasterData() {
    return getData();
  }

  /**
   * Sets the raster data (kept, not copied).
   *
   * @throws IllegalArgumentException if its type is not the raw type or its size not w * h
   */
  public void setRasterData(ProductData rasterData) {
    setData(rasterData);
  }

  /**
   * Loads the whole raster into memory from the source image, unless already loaded. For small
   * rasters: a band of W x H samples takes W * H * element size bytes.
   *
   * @throws IOException if the source image fails, or the node has neither data nor image
   */
  public synchronized void loadRasterData() throws IOException {
    if (!hasRasterData()) {
      readRasterDataFully();
    }
  }

  /** Does nothing, as SNAP's RasterDataNode; a band drops its loaded raster data ({@link AbstractBand}). */
  public void unloadRasterData() {
  }

  /**
   * Whether pixel (x, y) is valid under the raster's valid mask, as SNAP's: true when neither the
   * no-data value is used nor a valid-pixel expression is set; else the raw sample must not be
   * no-data ({@link NoDataTest}) and the expression must hold; outside the raster, false. Reads
   * the sample from the raster data, or else from the source image.
   *
   * @throws UncheckedIOException if the sample cannot be read
   * @throws IllegalArgumentException naming the band if its valid-pixel expression cannot be evaluated
   */
  public boolean isPixelValid(int x, int y) {
    if (x < 0 || y < 0 || x >= getRasterWidth() || y >= getRasterHeight()) {
      return !ValidMask.isUsed(this); // SNAP finds no tile of its valid mask image there
    }
    boolean expression = ValidPixelExpression.isSet(this);
    if (!noDataValueUsed && !expression) {
      return true;
    }
    if (noDataValueUsed && !new NoDataTest(this).isValid(rawSampleAt(x, y))) {
      return false;
    }
    return !expression || ValidPixelExpression.evaluate(this, new Rectangle(x, y, 1, 1))[0];
  }

  /**
   * Reads the valid mask of rectangle (x, y, w, h), row by row, as SNAP's: the no-data test on the
   * raw samples and the valid-pixel expression, the mask a tile's {@code getSamplesFloat} applies.
   *
   * @param validMask {@code w * h} long, or null for a new array; modified
   * @return the mask, {@code validMask} when given
   * @throws IOException if the raw samples cannot be read
   * @throws IllegalArgumentException naming the band if its valid-pixel expression cannot be evaluated
   */
  public boolean[] readValidMask(int x, int y, int w, int h, boolean[] validMask) throws IOException {
    boolean[] mask = validMask != null ? validMask : new boolean[w * h];
    if (!ValidMask.isUsed(this)) {
      Arrays.fill(mask, true);
      return mask;
    }
    ProductData raw = null;
    if (noDataValueUsed) {
      raw = createCompatibleRasterData(w, h);
      readRasterData(x, y, w, h, raw);
    }
    ProductData samples = raw;
    boolean[] computed = ValidMask.of(this, new Rectangle(x, y, w, h),
        (col, row) -> samples.getElemDoubleAt(row * w + col));
    System.arraycopy(computed, 0, mask, 0, computed.length);
    return mask;
  }

  private double rawSampleAt(int x, int y) {
    if (hasRasterData()) {
      return getRasterData().getElemDoubleAt(rasterIndex(x, y));
    }
    ProductData one = createCompatibleRasterData(1, 1);
    try {
      readRasterData(x, y, 1, 1, one);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return one.getElemDoubleAt(0);
  }

  /**
   * Geophysical sample (x, y) as int, from the loaded raster data or else the source image, as
   * SNAP's reads its geophysical image: an unscaled integer band's raw value, any other value
   * truncated toward zero (a scaled band's raw 25 at factor 0.5 is 12).
   *
   * @throws UncheckedIOException if the sample has to be read and cannot be
   */
  public int getSampleInt(int x, int y) {
    if (!isFloatingPointType()) {
      return (int) (long) rawSampleAt(x, y); // uint32 as its bits, as SNAP's int raster holds it
    }
    return (int) scale(rawSampleAt(x, y));
  }

  /** As {@link #getSampleInt}, the geophysical value as float. */
  public float getSampleFloat(int x, int y) {
    return (float) scale(rawSampleAt(x, y));
  }

  public abstract int getPixelInt(int x, int y);

  public abstract float getPixelFloat(int x, int y);

  public abstract double getPixelDouble(int x, int y);

  /**
   * Geophysical values of rectangle (x, y, w, h), row-major, of the loaded raster data, as SNAP's
   * (AbstractBand.getPixels; {@link #readPixels} reads the source image).
   *
   * @param pixels receives the values if at least w * h long, else a new array is returned
   * @throws IllegalStateException when no raster data is loaded, in SNAP's words
   */
  public float[] getPixels(int x, int y, int w, int h, float[] pixels) {
    if (!hasRasterData()) {
      throw new IllegalStateException("raster data not loaded");
    }
    checkRect(x, y, w, h);
    float[] out = pixels != null && pixels.length >= w * h ? pixels : new float[w * h];
    ProductData data = getRasterData();
    int width = getRasterWidth();
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        out[row * w + col] = (float) scale(data.getElemDoubleAt((y + row) * width + x + col));
      }
    }
    return out;
  }

  /** Geophysical values of rectangle (x, y, w, h); see {@link #readRasterData}. */
  public float[] readPixels(int x, int y, int w, int h, float[] pixels) throws IOException {
    return readPixels(x, y, w, h, pixels, ProgressMonitor.NULL);
  }

  /** Geophysical values of rectangle (x, y, w, h); see {@link #readRasterData}. */
  public double[] readPixels(int x, int y, int w, int h, double[] pixels) throws IOException {
    return readPixels(x, y, w, h, pixels, ProgressMonitor.NULL);
  }

  public abstract float[] readPixels(int x, int y, int w, int h, float[] pixels, ProgressMonitor pm)
      throws IOException;

  public abstract double[] readPixels(int x, int y, int w, int h, double[] pixels, ProgressMonitor pm)
      throws IOException;

  /**
   * Fills {@code rasterData} with the raw samples of rectangle (x, y, w, h), row-major: from the
   * node's raster data if it has some, else from its source image.
   *
   * @param rasterData of the raw type, at least w * h elements; modified
   * @throws IOException naming the band and product if there is neither raster data nor a source
   *     image, or the cause of an {@link UncheckedIOException} from the image; other runtime
   *     exceptions of the image (an {@code OperatorException}) pass through unchanged
   * @throws IllegalArgumentException if the rectangle leaves the raster or the buffer does not fit
   */
  public void readRasterData(int x, int y, int w, int h, ProductData rasterData) throws IOException {
    checkRect(x, y, w, h);
    checkBuffer(rasterData, w, h);
    if (w == 0 || h == 0) {
      return;
    }
    ProductData own = getRasterData();
    RenderedImage image = sourceImage;
    if (own != null) {
      RasterSamples.copyRect(own, getRasterWidth(), x, y, w, h, rasterData);
    } else if (image != null) {
      RasterSamples.readImage(image, x, y, w, h, rasterData);
    } else {
      throw new IOException(describe() + " has no raster data and no source image to read pixels from");
    }
  }

  /**
   * Reads the whole raster from the source image into the raster data, replacing what was loaded.
   * For small rasters only (the whole band is held in memory). Without a source image, raster data
   * already present is kept as it is.
   *
   * @throws IOException if there is neither a source image nor raster data, or reading fails
   */
  public void readRasterDataFully() throws IOException {
    RenderedImage image = sourceImage;
    if (image == null) {
      if (hasRasterData()) {
        return;
      }
      throw new IOException(describe() + " has no raster data and no source image to read pixels from");
    }
    ProductData all = createCompatibleRasterData();
    RasterSamples.readImage(image, 0, 0, getRasterWidth(), getRasterHeight(), all);
    setDataUnmodified(all);
  }

  /** A new zeroed buffer for the whole raster, of the raw type. */
  public ProductData createCompatibleRasterData() {
    return createCompatibleRasterData(getRasterWidth(), getRasterHeight());
  }

  /** A new zeroed buffer of w * h raw samples. */
  public ProductData createCompatibleRasterData(int width, int height) {
    return ProductData.createInstance(getDataType(), Math.multiplyExact(width, height));
  }

  public boolean isSourceImageSet() {
    return sourceImage != null;
  }

  /**
   * Attaches the image that serves this node's raw samples: single band, raster size, the
   * data-buffer type of the raw type ({@code org.dlinsar.lite.image.RasterImage}).
   *
   * @param sourceImage the image, or null to detach it
   * @throws IllegalArgumentException if the image size differs from the raster size
   */
  public synchronized void setSourceImage(RenderedImage sourceImage) {
    if (sourceImage != null
        && (sourceImage.getWidth() != getRasterWidth() || sourceImage.getHeight() != getRasterHeight())) {
      throw new IllegalArgumentException(describe() + " is " + getRasterWidth() + "x" + getRasterHeight()
          + " pixels, its source image " + sourceImage.getWidth() + "x" + sourceImage.getHeight());
    }
    this.sourceImage = sourceImage;
  }

  /** Drops the raster data and the source image, releasing what the image holds open. */
  @Override
  public void dispose() {
    RenderedImage image = sourceImage;
    sourceImage = null;
    if (image instanceof RasterImage raster) {
      raster.dispose();
    }
    geoCoding = null;
    super.dispose();
  }

  /** "band 'x' of product 'p'", for messages. */
  String describe() {
    Product product = getProduct();
    String kind = this instanceof VirtualBand ? "virtual band" : "band";
    return kind + " '" + getName() + "'" + (product != null ? " of product '" + product.getName() + "'" : "");
  }

  ProductData loadedRasterData() {
    ProductData data = getRasterData();
    if (data == null) {
      throw new IllegalStateException(describe() + " has no raster data loaded; call loadRasterData() first");
    }
    return data;
  }

  int rasterIndex(int x, int y) {
    if (x < 0 || y < 0 || x >= getRasterWidth() || y >= getRasterHeight()) {
      throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is outside " + describe() + " of "
          + getRasterWidth() + "x" + getRasterHeight() + " pixels");
    }
    return y * getRasterWidth() + x;
  }

  void checkRect(int x, int y, int w, int h) {
    if (w < 0 || h < 0 || x < 0 || y < 0 || x + w > getRasterWidth() || y + h > getRasterHeight()) {
      throw new IllegalArgumentException("rectangle (x=" + x + ", y=" + y + ", w=" + w + ", h=" + h
          + ") is not inside " + describe() + " of " + getRasterWidth() + "x" + getRasterHeight() + " pixels");
    }
  }

  private void checkBuffer(ProductData buffer, int w, int h) {
    if (buffer == null || buffer.getType() != getDataType() || buffer.getNumElems() < w * h) {
      throw new IllegalArgumentException(describe() + ": buffer must be " + ProductData.getTypeString(getDataType())
          + " of at least " + (w * h) + " elements, got "
          + (buffer == null ? "null" : buffer.getTypeString() + " of " + buffer.getNumElems()));
    }
  }
}
