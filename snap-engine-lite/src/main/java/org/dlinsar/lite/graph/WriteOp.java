package org.dlinsar.lite.graph;

import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.lite.dimap.DimapWriting;
import org.dlinsar.lite.dimap.WriterFormat;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;

import com.bc.ceres.core.ProgressMonitor;

import java.io.File;
import java.io.IOException;

/**
 * gpt's {@code Write}: {@link #execute} writes the source product to {@code file}, pulling its
 * tiles. The target product is the source product itself. Nothing is written until the operator
 * is executed ({@code autoWriteDisabled}), and a failed write leaves no target behind. A target
 * that holds anything but a previous product, or a format other than BEAM-DIMAP, is refused when
 * the operator is created.
 */
@OperatorMetadata(alias = "Write",
    category = "Input-Output",
    version = "1.0",
    authors = "DL-InSAR",
    autoWriteDisabled = true,
    description = "Writes a data product to a file.")
public final class WriteOp extends Operator {

  @SourceProduct(alias = "source", description = "The product to write.")
  private Product sourceProduct;

  @Parameter(notNull = true, label = "Target file",
      description = "The file to which the data product is written.")
  private File file;

  @Parameter(defaultValue = "BEAM-DIMAP", label = "Format name",
      description = "The name of the output file format.")
  private String formatName;

  @Parameter(defaultValue = "true", label = "Delete output on failure",
      description = "Accepted for gpt graphs; the headless writer never leaves a partial target: it writes under "
          + "temporary names and renames them into place only when complete.")
  private boolean deleteOutputOnFailure;

  @Parameter(defaultValue = "false", label = "Write entire tile rows",
      description = "Accepted for gpt graphs; the headless writer always writes whole tiles as they complete.")
  private boolean writeEntireTileRows;

  @Parameter(defaultValue = "false", label = "Clear cache after row write",
      description = "Whether the tile cache is cleared after each row of tiles has been written.")
  private boolean clearCacheAfterRowWrite;

  @Override
  public void initialize() throws OperatorException {
    if (sourceProduct == null) {
      throw new OperatorException("Write has no source product: connect one as 'source' or 'sourceProduct'");
    }
    if (file == null) {
      // as Read says it (SNAP's ReadOp.java:135-136); SNAP's WriteOp would fail only as it writes
      throw new OperatorException("The 'file' parameter is not set: give the file the product is written to");
    }
    String variable = ProductFiles.unsetVariable(file);
    File folder = file.getAbsoluteFile().getParentFile();
    // '${output}' left as it is, or a '$name' folder that is not there; '$proj/out.dim' is written
    if (variable != null && (file.getPath().contains("${") || folder == null || !folder.isDirectory())) {
      throw new OperatorException("Parameter 'file' of Write is " + file + ": the graph variable '" + variable
          + "' is not set; give it with -P" + variable + "=<file>");
    }
    DimapTarget target;
    try {
      // fail now, before any pixel is computed, rather than when the product is written
      WriterFormat.check(formatName, file);
      target = DimapTarget.of(file);
      target.prepare();
    } catch (IOException e) {
      throw new OperatorException(e.getMessage(), e);
    }
    // Where the product goes is known before any Write of the graph computes a tile: another
    // Write may compute this product's tiles first (into the tile cache), and an operator that
    // writes files beside its product looks for them there (SNAP's writer is set as it starts)
    File dimFile = target.dimFile().toFile();
    sourceProduct.setProductWriter(new DimapWriting(dimFile));
    setTargetProduct(sourceProduct);
  }

  /**
   * Writes the source product to {@code file} through {@link GPF#writeProduct}.
   *
   * @throws OperatorException naming the file if writing fails; the writer has then deleted what
   *     it staged, and a previous product at {@code file} is untouched
   */
  @Override
  public void doExecute(ProgressMonitor pm) throws OperatorException {
    try {
      GPF.writeProduct(sourceProduct, file, formatName, clearCacheAfterRowWrite, false, pm);
    } catch (OperatorException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new OperatorException("Cannot write product " + file + ": " + e.getMessage(), e);
    }
  }

  /** Registers {@link WriteOp} under the alias {@code Write}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(WriteOp.class);
    }
  }
}
