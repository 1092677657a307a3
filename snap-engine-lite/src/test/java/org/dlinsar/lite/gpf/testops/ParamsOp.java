package org.dlinsar.lite.gpf.testops;

import java.io.File;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;

/** An operator with one parameter of each supported kind; its target is an empty 1x1 product. */
@OperatorMetadata(alias = "Test-Params")
public class ParamsOp extends Operator {

  /** An enum parameter type. */
  public enum Mode { FAST, ACCURATE }

  @Parameter(defaultValue = "3", interval = "[1,10]")
  public int count;

  @Parameter(defaultValue = "0.5", interval = "(0,1]")
  public double ratio;

  @Parameter(defaultValue = "false")
  public boolean verbose;

  @Parameter
  public Long seed;

  @Parameter
  public File file;

  @Parameter(defaultValue = "FAST")
  public Mode mode;

  @Parameter(valueSet = {"phase", "coherence"}, defaultValue = "phase")
  public String unit;

  @Parameter(alias = "bands")
  public String[] bandNames;

  @Parameter
  public int[] sizes;

  @Parameter(interval = "[0,*)")
  public double[] weights;

  @Parameter
  public float[] scales;

  @Parameter(notNull = true, defaultValue = "label")
  public String label;

  @Parameter(notEmpty = true, defaultValue = "name")
  public String name;

  @Parameter
  public String initialised = "kept";

  @Parameter(notNull = true, defaultValue = "target.dim")
  public File target;

  /** A primitive without a defaultValue: SNAP's defaults give it 0, whatever its initialiser. */
  @Parameter
  public int primitiveWithoutDefault = 5;

  @Override
  public void initialize() {
    setTargetProduct(new Product("params", "PARAMS", 1, 1));
  }

  /** Registers {@link ParamsOp}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(ParamsOp.class);
    }
  }
}
