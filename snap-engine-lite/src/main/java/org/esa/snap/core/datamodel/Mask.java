package org.esa.snap.core.datamodel;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.dlinsar.lite.expr.ConditionExpression;
import org.dlinsar.lite.expr.ExpressionSymbols;

/**
 * A mask of a product: an 8-bit band, 255 where its condition holds and 0 elsewhere, computed
 * from the product's other rasters, never stored in band files. Two image types of SNAP's are
 * part of the headless engine: {@link BandMathsType} (a band-maths expression) and
 * {@link RangeType} (a raster between two values). SNAP's third, vector data, needs GeoTools
 * types the stand-in cannot declare.
 *
 * <p>SNAP keeps a mask's colour, transparency and type settings in a ceres
 * {@code PropertyContainer} ({@code getImageConfig()}, left out here); the static accessors of the
 * types read and write the same settings.
 */
public class Mask extends Band {

  private final ImageType imageType;
  private final Map<String, Object> imageConfig = new HashMap<>();

  /**
   * @param imageType how the mask's pixels are computed, not null
   */
  public Mask(String name, int width, int height, ImageType imageType) {
    super(name, ProductData.TYPE_UINT8, width, height);
    if (imageType == null) {
      throw new IllegalArgumentException("mask '" + name + "' needs an image type, got null");
    }
    this.imageType = imageType;
    imageConfig.put(ImageType.PROPERTY_NAME_COLOR, ImageType.DEFAULT_COLOR);
    imageConfig.put(ImageType.PROPERTY_NAME_TRANSPARENCY, ImageType.DEFAULT_TRANSPARENCY);
  }

  public ImageType getImageType() {
    return imageType;
  }

  public Color getImageColor() {
    return (Color) imageConfig.get(ImageType.PROPERTY_NAME_COLOR);
  }

  public void setImageColor(Color color) {
    setConfig(ImageType.PROPERTY_NAME_COLOR, color);
  }

  public double getImageTransparency() {
    return (Double) imageConfig.get(ImageType.PROPERTY_NAME_TRANSPARENCY);
  }

  public void setImageTransparency(double transparency) {
    setConfig(ImageType.PROPERTY_NAME_TRANSPARENCY, transparency);
  }

  private void setConfig(String key, Object value) {
    imageConfig.put(key, value);
    setModified(true);
  }

  /**
   * Fills {@code rasterData} with the mask over the rectangle: 255 where its condition holds, 0
   * elsewhere (raster data or a source image set explicitly take precedence).
   *
   * @throws IOException naming the mask and its expression if the expression cannot be evaluated
   *     (a syntax error, a raster the product lacks, a raster that cannot be read)
   */
  @Override
  public void readRasterData(int x, int y, int w, int h, ProductData rasterData) throws IOException {
    if (hasRasterData() || isSourceImageSet()) {
      super.readRasterData(x, y, w, h, rasterData);
      return;
    }
    checkRect(x, y, w, h);
    String expression = imageType.expression(this);
    boolean[] holds;
    try {
      holds = ConditionExpression.evaluate(getProduct(), expression, new Rectangle(x, y, w, h));
    } catch (IllegalArgumentException | IOException e) {
      throw new IOException("mask '" + getName() + "' (expression '" + expression + "'): " + e.getMessage(), e);
    }
    for (int i = 0; i < holds.length; i++) {
      rasterData.setElemIntAt(i, holds[i] ? 255 : 0);
    }
  }

  /** {@code Mask[name, WxH, type]}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + getName() + ", " + getRasterWidth() + "x" + getRasterHeight() + ", "
        + imageType.getName() + "]";
  }

  /** How a mask's pixels are computed. */
  public abstract static class ImageType {

    public static final String PROPERTY_NAME_COLOR = "color";
    public static final String PROPERTY_NAME_TRANSPARENCY = "transparency";
    public static final Color DEFAULT_COLOR = Color.RED;
    public static final double DEFAULT_TRANSPARENCY = 0.5;

    private final String name;

    protected ImageType(String name) {
      this.name = name;
    }

    /** Whether {@link #transferMask} can add a like mask to {@code product}; false for this base type. */
    public boolean canTransferMask(Mask mask, Product product) {
      return false;
    }

    /** Adds a like mask to {@code product} and returns it; null for this base type. */
    public Mask transferMask(Mask mask, Product product) {
      return null;
    }

    public String getName() {
      return name;
    }

    /** The band-maths condition the mask is 255 where, 0 elsewhere. */
    abstract String expression(Mask mask);

    /** Whether {@link #transferMask} adds a copy: it can, and {@code product} has no mask of that name. */
    boolean transfers(Mask mask, Product product) {
      return canTransferMask(mask, product) && !product.getMaskGroup().contains(mask.getName());
    }

    /** A mask like {@code mask} of this type in {@code product}'s size, added to it. */
    Mask addCopy(Mask mask, Product product) {
      String name = mask.getName();
      Mask copy = new Mask(name, product.getSceneRasterWidth(), product.getSceneRasterHeight(), this);
      copy.setDescription(mask.getDescription());
      copy.imageConfig.putAll(mask.imageConfig);
      product.addMask(copy);
      return copy;
    }
  }

  /** A mask set where a band-maths expression holds. */
  public static class BandMathsType extends ImageType {

    public static final String TYPE_NAME = "Maths";
    public static final String PROPERTY_NAME_EXPRESSION = "expression";
    public static final BandMathsType INSTANCE = new BandMathsType();

    private BandMathsType() {
      super(TYPE_NAME);
    }

    /**
     * Whether every raster the expression names is in {@code product} or, for a mask, can be
     * transferred to it (as SNAP checks before {@code ProductUtils.copyMasks} copies a mask).
     */
    @Override
    public boolean canTransferMask(Mask mask, Product product) {
      String expression = getExpression(mask);
      if (expression == null || expression.trim().isEmpty()) {
        return false;
      }
      Product owner = mask.getProduct();
      try {
        if (owner == null) {
          ExpressionSymbols.rasterNames(product, expression);
          return true;
        }
        for (String name : ExpressionSymbols.rasterNames(owner, expression)) {
          RasterDataNode raster = owner.getRasterDataNode(name);
          boolean transferable = raster instanceof Mask referred && raster != mask
              && (product.getMaskGroup().contains(name) || referred.getImageType().canTransferMask(referred, product));
          if (!transferable && !product.containsRasterDataNode(name)) {
            return false;
          }
        }
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    /** Adds the masks the expression names, then a like mask, to {@code product}; null if it cannot. */
    @Override
    public Mask transferMask(Mask mask, Product product) {
      if (!transfers(mask, product)) {
        return null;
      }
      if (mask.getProduct() != null) {
        for (Mask referred : ExpressionSymbols.masks(mask.getProduct(), getExpression(mask))) {
          referred.getImageType().transferMask(referred, product);
        }
      }
      return addCopy(mask, product);
    }

    @Override
    String expression(Mask mask) {
      return getExpression(mask);
    }

    public static void setExpression(Mask mask, String expression) {
      mask.setConfig(PROPERTY_NAME_EXPRESSION, expression);
    }

    public static String getExpression(Mask mask) {
      return (String) mask.imageConfig.get(PROPERTY_NAME_EXPRESSION);
    }

    /** A new band-maths mask, not yet part of a product. */
    public static Mask create(String name, String description, int width, int height, String expression,
        Color color, double transparency) {
      Mask mask = new Mask(name, width, height, INSTANCE);
      if (description != null) {
        mask.setDescription(description);
      }
      mask.setImageColor(color);
      mask.setImageTransparency(transparency);
      setExpression(mask, expression);
      return mask;
    }
  }

  /** A mask set where a raster lies between a minimum and a maximum, both included. */
  public static class RangeType extends ImageType {

    public static final String TYPE_NAME = "Range";
    public static final String PROPERTY_NAME_MINIMUM = "minimum";
    public static final String PROPERTY_NAME_MAXIMUM = "maximum";
    public static final String PROPERTY_NAME_RASTER = "rasterName";
    public static final RangeType INSTANCE = new RangeType();

    private RangeType() {
      super(TYPE_NAME);
    }

    /** Whether {@code product} has the raster the range is of. */
    @Override
    public boolean canTransferMask(Mask mask, Product product) {
      String rasterName = getRasterName(mask);
      return rasterName != null && !rasterName.isEmpty() && product.containsRasterDataNode(rasterName);
    }

    /** Adds a like mask to {@code product}; null if it cannot. */
    @Override
    public Mask transferMask(Mask mask, Product product) {
      return transfers(mask, product) ? addCopy(mask, product) : null;
    }

    @Override
    String expression(Mask mask) {
      return getExpression(mask);
    }

    public static void setRasterName(Mask mask, String rasterName) {
      mask.setConfig(PROPERTY_NAME_RASTER, rasterName);
    }

    public static String getRasterName(Mask mask) {
      return (String) mask.imageConfig.get(PROPERTY_NAME_RASTER);
    }

    public static void setMinimum(Mask mask, double minimum) {
      mask.setConfig(PROPERTY_NAME_MINIMUM, minimum);
    }

    public static Double getMinimum(Mask mask) {
      return (Double) mask.imageConfig.get(PROPERTY_NAME_MINIMUM);
    }

    public static void setMaximum(Mask mask, double maximum) {
      mask.setConfig(PROPERTY_NAME_MAXIMUM, maximum);
    }

    public static Double getMaximum(Mask mask) {
      return (Double) mask.imageConfig.get(PROPERTY_NAME_MAXIMUM);
    }

    /** {@code raster >= minimum && raster <= maximum}, as SNAP writes it. */
    public static String getExpression(Mask mask) {
      String rasterName = getRasterName(mask);
      return rasterName + " >= " + getMinimum(mask) + " && " + rasterName + " <= " + getMaximum(mask);
    }
  }
}
