package org.esa.snap.core.gpf;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;
import java.util.Locale;
import org.esa.snap.core.dataio.DecodeQualification;
import org.esa.snap.core.dataio.ProductReader;
import org.esa.snap.core.dataio.ProductReaderPlugIn;
import org.esa.snap.core.dataio.ProductSubsetDef;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.util.io.SnapFileFilter;

/**
 * The reader GPF gives an operator's target product, as SNAP's OperatorProductReader: closing it,
 * which {@link Product#dispose()} does, disposes the operator's context and so the operator. A program that disposes the
 * products of {@code GPF.createProduct} thus frees what their operators hold (cached tiles, DL-Mask's
 * tile file), as it does in SNAP; without it each run kept them until the JVM ended.
 */
final class OperatorProductReader implements ProductReader {

  private static final ProductReaderPlugIn PLUG_IN = new PlugIn();

  private final OperatorContext context;

  OperatorProductReader(OperatorContext context) {
    this.context = context;
  }

  @Override
  public ProductReaderPlugIn getReaderPlugIn() {
    return PLUG_IN;
  }

  @Override
  public Object getInput() {
    return context.getSourceProducts();
  }

  @Override
  public ProductSubsetDef getSubsetDef() {
    return null;
  }

  @Override
  public Product readProductNodes(Object input, ProductSubsetDef subsetDef) {
    return context.getTargetProduct();
  }

  @Override
  public void readBandRasterData(Band destBand, int destOffsetX, int destOffsetY, int destWidth,
      int destHeight, ProductData destBuffer, ProgressMonitor pm) throws IOException {
    destBand.readRasterData(destOffsetX, destOffsetY, destWidth, destHeight, destBuffer, pm);
  }

  /**
   * Disposes the operator's context, which calls the operator's dispose() last, once (SNAP's
   * OperatorProductReader.close); a context disposing its product comes here already disposed.
   */
  @Override
  public void close() {
    context.dispose();
  }

  /** GPF's in-memory format, as SNAP names it; it reads no file. */
  private static final class PlugIn implements ProductReaderPlugIn {

    @Override
    public DecodeQualification getDecodeQualification(Object input) {
      return input instanceof OperatorContext ? DecodeQualification.INTENDED : DecodeQualification.UNABLE;
    }

    @Override
    public Class[] getInputTypes() {
      return new Class[] {OperatorContext.class};
    }

    @Override
    public ProductReader createReaderInstance() {
      throw new UnsupportedOperationException("GPF makes the reader of an operator's target product");
    }

    @Override
    public String[] getFormatNames() {
      return new String[] {"GPF_IN_MEMORY"};
    }

    @Override
    public String[] getDefaultFileExtensions() {
      return new String[0];
    }

    @Override
    public String getDescription(Locale locale) {
      return "An operator's target product, computed in memory";
    }

    @Override
    public SnapFileFilter getProductFileFilter() {
      return null;
    }
  }
}
