package org.dlinsar.lite.graph;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;

/**
 * A test operator that notes, as it initialises, whether file {@code probe} exists: what a
 * stage that works in its initialisation (DL-Detect, Local-SBAS) finds of the run's target.
 */
@OperatorMetadata(alias = "Test-TargetProbe", internal = true, description = "Notes a file at initialisation (tests only).")
public class TargetProbeOp extends Operator {

  public static final String ALIAS = "Test-TargetProbe";

  /** Whether the last instance initialised found {@code probe}; null when none initialised since {@link #reset}. */
  public static volatile Boolean probeExisted;

  @SourceProduct
  private Product sourceProduct;

  @Parameter
  public File probe;

  /** Registers the operator with GPF, once per JVM. */
  public static void register() {
    var registry = GPF.getDefaultInstance().getOperatorSpiRegistry();
    if (registry.getOperatorSpi(ALIAS) == null) {
      registry.addOperatorSpi(new Spi());
    }
  }

  public static void reset() {
    probeExisted = null;
  }

  @Override
  public void initialize() {
    probeExisted = probe != null && probe.exists();
    Product target = new Product("probed", "TEST", sourceProduct.getSceneRasterWidth(),
        sourceProduct.getSceneRasterHeight());
    target.addBand("phase", ProductData.TYPE_FLOAT32);
    setTargetProduct(target);
  }

  @Override
  public void computeTile(Band band, Tile tile, ProgressMonitor pm) {
    for (Tile.Pos pos : tile) {
      tile.setSample(pos.x, pos.y, 1f);
    }
  }

  public static class Spi extends OperatorSpi {
    public Spi() {
      super(TargetProbeOp.class);
    }
  }
}
