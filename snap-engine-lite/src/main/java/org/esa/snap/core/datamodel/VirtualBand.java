package org.esa.snap.core.datamodel;

import java.io.IOException;

/**
 * A band whose pixels are a band-maths expression of other bands.
 *
 * <p>The headless engine carries the expression (reads, copies and writes it) but does not
 * evaluate it: reading pixels fails unless raster data or a source image was given explicitly.
 */
public class VirtualBand extends Band {

  public static final String PROPERTY_NAME_EXPRESSION = "expression";

  private String expression;

  /**
   * @param expression the band-maths expression, not null
   */
  public VirtualBand(String name, int dataType, int width, int height, String expression) {
    super(name, dataType, width, height);
    if (expression == null) {
      throw new IllegalArgumentException("virtual band '" + name + "' needs an expression, got null");
    }
    this.expression = expression;
    setSynthetic(true);
  }

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    if (expression == null) {
      throw new IllegalArgumentException("virtual band '" + getName() + "' needs an expression, got null");
    }
    this.expression = expression;
    setModified(true);
  }

  /**
   * Reads raw samples from raster data or a source image set explicitly.
   *
   * @throws IOException "virtual band 'X' (expression 'E') cannot be computed by the headless
   *     engine" when there is neither
   */
  @Override
  public void readRasterData(int x, int y, int w, int h, ProductData rasterData) throws IOException {
    if (!hasRasterData() && !isSourceImageSet()) {
      throw new IOException("virtual band '" + getName() + "' (expression '" + expression
          + "') cannot be computed by the headless engine");
    }
    super.readRasterData(x, y, w, h, rasterData);
  }

  /** Loads raster data as {@link #readRasterData} reads pixels: fails without data or image. */
  @Override
  public void readRasterDataFully() throws IOException {
    if (!hasRasterData() && !isSourceImageSet()) {
      throw new IOException("virtual band '" + getName() + "' (expression '" + expression
          + "') cannot be computed by the headless engine");
    }
    super.readRasterDataFully();
  }

  /** {@code VirtualBand[name, type, WxH, expression]}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + getName() + ", " + ProductData.getTypeString(getDataType()) + ", "
        + getRasterWidth() + "x" + getRasterHeight() + ", " + expression + "]";
  }
}
