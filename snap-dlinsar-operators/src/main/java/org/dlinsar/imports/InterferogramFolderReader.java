package org.dlinsar.imports;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.esa.snap.core.dataio.AbstractProductReader;
import org.esa.snap.core.dataio.ProductReader;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * Reads an interferogram folder ({@link InterferogramFolder}) as the stack {@code bin/dlinsar
 * import} would write: the product of {@link ImportedStacks#product}, whose bands are read from the
 * files tile by tile when pulled, never the whole stack at once.
 */
final class InterferogramFolderReader extends AbstractProductReader {

  /** GPF's reader of the product: closing it disposes the operator that computes the bands. */
  private ProductReader computing;

  InterferogramFolderReader(InterferogramFolderReaderPlugIn plugIn) {
    super(plugIn);
  }

  /** @throws IOException one line naming the file or folder that is not as the layout wants */
  @Override
  protected Product readProductNodesImpl() throws IOException {
    Path input = InputPath.of(getInput());
    InterferogramFolder layout = ((InterferogramFolderReaderPlugIn) getReaderPlugIn()).layout();
    Path folder = input == null ? null : layout.folder(input);
    if (folder == null) {
      throw new IOException(getInput() + ": not a " + layout.formatName + " folder or a file in one");
    }
    ImportedStack stack = layout.scan(folder, input);
    Path name = folder.toAbsolutePath().normalize().getFileName();
    Product product = ImportedStacks.product(stack, name == null ? "interferograms" : name.toString(),
        Map.of("file", new File(FolderFiles.recorded(input)), "formatName", layout.formatName));
    // the product's reader is this one (SNAP shows its format), which frees the operator on close
    computing = product.getProductReader();
    product.setProductReader(this);
    return product;
  }

  @Override
  public void close() throws IOException {
    if (computing != null) {
      computing.close();
      computing = null;
    }
    super.close();
  }

  /** The bands compute from the files themselves; this reads them as any band is read. */
  @Override
  protected void readBandRasterDataImpl(int sourceOffsetX, int sourceOffsetY, int sourceWidth,
      int sourceHeight, int sourceStepX, int sourceStepY, Band destBand, int destOffsetX,
      int destOffsetY, int destWidth, int destHeight, ProductData destBuffer, ProgressMonitor pm)
      throws IOException {
    destBand.readRasterData(destOffsetX, destOffsetY, destWidth, destHeight, destBuffer, pm);
  }
}
