package org.dlinsar.lite.graph;

import com.bc.ceres.core.ProgressMonitor;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;

/**
 * A test operator whose band "phase" computes its first row of tiles and fails on the next,
 * so a write of its target fails half-way through; with {@code linkageError} it fails as a
 * native library that will not load does, with an {@link Error}.
 */
@OperatorMetadata(alias = "Test-FailingCopy", internal = true, description = "Fails half-way (tests only).")
public class FailingCopyOp extends Operator {

  public static final String ALIAS = "Test-FailingCopy";

  @SourceProduct
  private Product sourceProduct;

  @Parameter(defaultValue = "false")
  public boolean linkageError;

  /** When set, initialize() throws an IllegalArgumentException with this message. */
  @Parameter(defaultValue = "")
  public String initFailure;

  /** Registers the operator with GPF, once per JVM. */
  public static void register() {
    var registry = GPF.getDefaultInstance().getOperatorSpiRegistry();
    if (registry.getOperatorSpi(ALIAS) == null) {
      registry.addOperatorSpi(new Spi());
    }
  }

  @Override
  public void initialize() {
    if (initFailure != null && !initFailure.isEmpty()) {
      throw new IllegalArgumentException(initFailure);
    }
    Product target = new Product("failing", "TEST", sourceProduct.getSceneRasterWidth(),
        sourceProduct.getSceneRasterHeight());
    target.addBand("phase", ProductData.TYPE_FLOAT32);
    target.setPreferredTileSize(16, 8);
    setTargetProduct(target);
  }

  @Override
  public void computeTile(Band band, Tile tile, ProgressMonitor pm) {
    if (tile.getMinY() >= 8 && linkageError) {
      throw new UnsatisfiedLinkError("no fakenative in java.library.path");
    }
    if (tile.getMinY() >= 8) {
      throw new OperatorException("band 'phase' fails below row 8 on purpose");
    }
    for (Tile.Pos pos : tile) {
      tile.setSample(pos.x, pos.y, 1f);
    }
  }

  public static class Spi extends OperatorSpi {
    public Spi() {
      super(FailingCopyOp.class);
    }
  }
}
