package org.esa.snap.core.dataio;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * SNAP's product reader: the members a reader of this plug-in implements through {@link
 * AbstractProductReader} (SNAP's interface has more, with defaults). The headless engine's
 * BEAM-DIMAP reader is {@code org.dlinsar.lite.dimap.DimapProductReader}, not one of these.
 */
public interface ProductReader {

  ProductReaderPlugIn getReaderPlugIn();

  Object getInput();

  ProductSubsetDef getSubsetDef();

  /** Reads the product's nodes (bands, metadata, geocoding); band data is read when pulled. */
  Product readProductNodes(Object input, ProductSubsetDef subsetDef) throws IOException;

  void readBandRasterData(Band destBand, int destOffsetX, int destOffsetY, int destWidth,
      int destHeight, ProductData destBuffer, ProgressMonitor pm) throws IOException;

  void close() throws IOException;
}
