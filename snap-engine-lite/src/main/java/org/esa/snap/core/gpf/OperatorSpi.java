package org.esa.snap.core.gpf;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;

/**
 * The factory GPF uses to create an operator by alias. An operator publishes one as a nested
 * {@code public static class Spi extends OperatorSpi} with a public no-argument constructor
 * calling {@code super(MyOp.class)}, listed in
 * {@code META-INF/services/org.esa.snap.core.gpf.OperatorSpi}.
 */
public abstract class OperatorSpi {

  private final Class<? extends Operator> operatorClass;
  private final String operatorAlias;

  /** Creates an SPI for an operator class whose alias comes from its {@link OperatorMetadata}. */
  protected OperatorSpi(Class<? extends Operator> operatorClass) {
    this(operatorClass, getOperatorAlias(operatorClass));
  }

  /**
   * Creates an SPI registered under {@code operatorAlias}.
   *
   * @deprecated use {@link #OperatorSpi(Class)} and {@link OperatorMetadata#alias()}
   */
  @Deprecated
  protected OperatorSpi(Class<? extends Operator> operatorClass, String operatorAlias) {
    this.operatorClass = operatorClass;
    this.operatorAlias = operatorAlias;
  }

  /**
   * Creates the operator with its parameters at their defaults.
   *
   * @throws OperatorException if the class cannot be instantiated
   */
  public Operator createOperator() throws OperatorException {
    Operator operator;
    try {
      var constructor = operatorClass.getDeclaredConstructor();
      constructor.setAccessible(true);
      operator = constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new OperatorException("Operator '" + operatorAlias + "': constructor of " + operatorClass.getName()
          + " failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new OperatorException("Operator '" + operatorAlias + "': cannot instantiate " + operatorClass.getName()
          + " (a no-argument constructor is needed): " + e, e);
    }
    operator.setSpi(this);
    operator.setParameterDefaultValues();
    return operator;
  }

  /** Creates the operator, then sets its sources and parameters (see the three-argument form). */
  public Operator createOperator(Map<String, Object> parameters, Map<String, Product> sourceProducts)
      throws OperatorException {
    return createOperator(parameters, sourceProducts, null);
  }

  /**
   * Creates the operator with its defaults, then sets its sources (keyed as in graph XML) and its
   * parameters (typed values or text); either map may be null. A {@code GPF.KEY_TILE_SIZE} hint sets the target's
   * preferred tile size. A parameter name the operator does not have is ignored, as SNAP's
   * OperatorContext.setParameterMap ignores it.
   *
   * @throws OperatorException if a parameter's value is not allowed
   */
  public Operator createOperator(Map<String, Object> parameters, Map<String, Product> sourceProducts,
      RenderingHints renderingHints) throws OperatorException {
    Operator operator = createOperator();
    if (sourceProducts != null) {
      operator.context.setSourceProducts(sourceProducts);
    }
    if (parameters != null) {
      operator.context.parameters().setAll(parameters);
    }
    if (renderingHints != null && renderingHints.get(GPF.KEY_TILE_SIZE) instanceof Dimension) {
      operator.context.setTileSizeHint((Dimension) renderingHints.get(GPF.KEY_TILE_SIZE));
    }
    return operator;
  }

  /** The operator class this SPI creates. */
  public final Class<? extends Operator> getOperatorClass() {
    return operatorClass;
  }

  /** The alias this SPI registers the operator under. */
  public final String getOperatorAlias() {
    return operatorAlias;
  }

  /** The alias of an operator class: its {@link OperatorMetadata#alias()} if set, else its simple name. */
  public static String getOperatorAlias(Class<? extends Operator> operatorClass) {
    OperatorMetadata metadata = operatorClass.getAnnotation(OperatorMetadata.class);
    return metadata != null && !metadata.alias().isEmpty() ? metadata.alias() : operatorClass.getSimpleName();
  }
}
