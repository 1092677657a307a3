package org.esa.snap.graphbuilder.gpf.ui;

import com.bc.ceres.binding.PropertySet;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.swing.JComponent;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.ui.AppContext;

/**
 * Stand-in for SNAP's {@code org.esa.snap.graphbuilder.gpf.ui.BaseOperatorUI}
 * (snap-graph-builder): an operator UI whose {@link #propertySet} is backed by the dialog's
 * parameter map. SNAP builds the set from the operator's descriptor with every parameter's
 * default converted to its type; this one knows the {@code @Parameter} fields and sets the
 * defaults of String parameters only (the DL operators' method, mode, model and provider).
 */
public abstract class BaseOperatorUI implements OperatorUI {

  protected PropertySet propertySet;
  protected Map<String, Object> paramMap;
  protected Product[] sourceProducts;
  protected String operatorName = "";
  private String errorMessage;

  public BaseOperatorUI() {
  }

  @Override
  public boolean hasError() {
    return errorMessage != null;
  }

  @Override
  public String getErrorMessage() {
    return errorMessage;
  }

  @Override
  public abstract JComponent CreateOpTab(String operatorName, Map<String, Object> parameterMap, AppContext appContext);

  @Override
  public abstract void initParameters();

  @Override
  public abstract UIValidation validateParameters();

  @Override
  public abstract void updateParameters();

  @Override
  public String getOperatorName() {
    return operatorName;
  }

  protected void initializeOperatorUI(String operatorName, Map<String, Object> parameterMap) {
    this.operatorName = operatorName;
    this.paramMap = parameterMap;
    OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(operatorName);
    if (spi == null) {
      throw new IllegalArgumentException("operator " + operatorName + " not found");
    }
    Set<String> names = new LinkedHashSet<>();
    boolean defaults = parameterMap.isEmpty();
    for (Class<?> type = spi.getOperatorClass(); type != null && type != Operator.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        Parameter parameter = field.getAnnotation(Parameter.class);
        if (parameter == null) {
          continue;
        }
        String name = parameter.alias().isEmpty() ? field.getName() : parameter.alias();
        names.add(name);
        if (defaults && field.getType() == String.class && !parameter.defaultValue().isEmpty()) {
          parameterMap.put(name, parameter.defaultValue());
        }
      }
    }
    propertySet = new MapBacked(parameterMap, names);
  }

  @Override
  public void setSourceProducts(Product[] products) {
    if (sourceProducts == null || !Arrays.equals(sourceProducts, products)) {
      sourceProducts = products;
      if (paramMap != null) {
        initParameters();
      }
    }
  }

  @Override
  public boolean hasSourceProducts() {
    return sourceProducts != null;
  }

  public PropertySet getPropertySet() {
    return propertySet;
  }

  /** The parameters as SNAP's map-backed property container holds them: in the dialog's map. */
  private static final class MapBacked implements PropertySet {

    private final Map<String, Object> values;
    private final Set<String> names;
    private final PropertyChangeSupport listeners = new PropertyChangeSupport(this);

    MapBacked(Map<String, Object> values, Set<String> names) {
      this.values = values;
      this.names = names;
    }

    @Override
    public boolean isPropertyDefined(String name) {
      return names.contains(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getValue(String name) {
      return (T) values.get(name);
    }

    @Override
    public void setValue(String name, Object value) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("no property '" + name + "'");
      }
      Object old = values.put(name, value);
      listeners.firePropertyChange(name, old, value);
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
      listeners.addPropertyChangeListener(l);
    }

    @Override
    public void addPropertyChangeListener(String name, PropertyChangeListener l) {
      listeners.addPropertyChangeListener(name, l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
      listeners.removePropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(String name, PropertyChangeListener l) {
      listeners.removePropertyChangeListener(name, l);
    }
  }
}
