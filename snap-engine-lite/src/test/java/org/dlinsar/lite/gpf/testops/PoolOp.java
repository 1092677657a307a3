package org.dlinsar.lite.gpf.testops;

import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;

/**
 * The source pattern of DL-InSAR's operators: a primary {@code @SourceProduct} and optional
 * further products in a {@code @SourceProducts} field. The target is an empty product.
 */
@OperatorMetadata(alias = "Test-Pool")
public class PoolOp extends Operator {

  @SourceProduct
  public Product sourceProduct;

  @SourceProducts
  public Product[] sourceProducts;

  @Override
  public void initialize() {
    setTargetProduct(new Product("pool", "POOL", 1, 1));
  }

  /** Registers {@link PoolOp}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(PoolOp.class);
    }
  }
}
