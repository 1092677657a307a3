package org.esa.snap.core.dataio;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * SNAP's base of product readers, as SNAP 12 to 14 behave without a subset: {@link
 * #readProductNodes} checks the input's type against the plug-in's, keeps the input, calls
 * {@link #readProductNodesImpl}, marks the product unmodified and makes this its reader unless it
 * has one; {@link #readBandRasterData} hands the region to {@link #readBandRasterDataImpl} with
 * source and destination offsets equal and steps of 1.
 */
public abstract class AbstractProductReader implements ProductReader {

  private final ProductReaderPlugIn readerPlugIn;
  private Object input;
  private ProductSubsetDef subsetDef;

  protected AbstractProductReader(ProductReaderPlugIn readerPlugIn) {
    this.readerPlugIn = readerPlugIn;
  }

  @Override
  public ProductReaderPlugIn getReaderPlugIn() {
    return readerPlugIn;
  }

  @Override
  public Object getInput() {
    return input;
  }

  protected void setInput(Object input) {
    this.input = input;
  }

  @Override
  public ProductSubsetDef getSubsetDef() {
    return subsetDef;
  }

  protected void setSubsetDef(ProductSubsetDef subsetDef) {
    this.subsetDef = subsetDef;
  }

  /**
   * @throws IllegalArgumentException when the input is not of one of the plug-in's input types
   */
  @Override
  public Product readProductNodes(Object input, ProductSubsetDef subsetDef) throws IOException {
    if (input != null && !isInstanceOfValidInputType(input)) {
      throw new IllegalArgumentException("invalid input source: " + input);
    }
    setInput(input);
    setSubsetDef(subsetDef);
    Product product = readProductNodesImpl();
    product.setModified(false);
    if (product.getProductReader() == null) {
      product.setProductReader(this);
    }
    return product;
  }

  protected abstract Product readProductNodesImpl() throws IOException;

  @Override
  public void readBandRasterData(Band destBand, int destOffsetX, int destOffsetY, int destWidth,
      int destHeight, ProductData destBuffer, ProgressMonitor pm) throws IOException {
    if (destBand == null || destBuffer == null) {
      throw new IllegalArgumentException("destBand and destBuffer must be given");
    }
    if (destBuffer.getNumElems() != destWidth * destHeight) {
      throw new IllegalArgumentException("destination buffer holds " + destBuffer.getNumElems()
          + " samples, not " + destWidth + " x " + destHeight);
    }
    readBandRasterDataImpl(destOffsetX, destOffsetY, destWidth, destHeight, 1, 1, destBand,
        destOffsetX, destOffsetY, destWidth, destHeight, destBuffer, pm);
  }

  protected abstract void readBandRasterDataImpl(int sourceOffsetX, int sourceOffsetY,
      int sourceWidth, int sourceHeight, int sourceStepX, int sourceStepY, Band destBand,
      int destOffsetX, int destOffsetY, int destWidth, int destHeight, ProductData destBuffer,
      ProgressMonitor pm) throws IOException;

  @Override
  public void close() throws IOException {
    input = null;
    subsetDef = null;
  }

  /** Whether {@code input} is an instance of one of the plug-in's input types. */
  protected boolean isInstanceOfValidInputType(Object input) {
    if (readerPlugIn != null) {
      for (Class<?> type : readerPlugIn.getInputTypes()) {
        if (type.isInstance(input)) {
          return true;
        }
      }
    }
    return false;
  }
}
