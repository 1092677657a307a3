package org.esa.snap.graphbuilder.gpf.ui;

import com.bc.ceres.binding.PropertySet;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import org.dlinsar.lite.ParameterConverter;
import org.dlinsar.lite.ParameterInterval;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.ui.AppContext;

/**
 * Stand-in for SNAP's {@code org.esa.snap.graphbuilder.gpf.ui.BaseOperatorUI}
 * (snap-graph-builder): an operator UI whose {@link #propertySet} is backed by the dialog's
 * parameter map, built as SNAP builds it from the operator's {@code @Parameter} fields: keyed by
 * field name with the alias as a second name, every default converted to its type, values
 * checked (not null, type, value set, interval) before they are set.
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
    List<Field> fields = new ArrayList<>();
    for (Class<?> type = spi.getOperatorClass(); type != null && type != Operator.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getAnnotation(Parameter.class) != null) {
          fields.add(field);
        }
      }
    }
    MapBacked properties = new MapBacked(parameterMap);
    for (Field field : fields) {
      properties.add(new ParameterProperty(field));
    }
    propertySet = properties;
    // as SNAP's (BaseOperatorUI.java 14.x, lines 123-145): an empty map takes the typed defaults; a
    // map from a graph has each value given under an alias set again under the property's name
    if (parameterMap.isEmpty()) {
      try {
        for (ParameterProperty property : properties.all()) {
          if (property.defaultValue != null) {
            properties.set(property, property.defaultValue);
          }
        }
      } catch (IllegalArgumentException e) {
        errorMessage = e.getMessage();
      }
    } else {
      for (ParameterProperty property : properties.all()) {
        if (property.alias != null && parameterMap.containsKey(property.alias)) {
          try {
            properties.set(property, parameterMap.get(property.alias));
          } catch (IllegalArgumentException e) {
            errorMessage = e.getMessage();
          }
        }
      }
    }
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

  /**
   * A parameter as SNAP's PropertyDescriptor describes it (ParameterDescriptorFactory.convert, 14.x):
   * named by its field, the alias a second name, its default and value set converted to its type,
   * a primitive never null and zero without a default.
   */
  static final class ParameterProperty {

    final String name;
    final String alias;
    final Class<?> type;
    private final String displayName;
    private final boolean notNull;
    private final ParameterInterval interval;
    private List<Object> valueSet;
    private final Object defaultValue;

    ParameterProperty(Field field) {
      Parameter parameter = field.getAnnotation(Parameter.class);
      name = field.getName();
      alias = parameter.alias().isEmpty() ? null : parameter.alias();
      type = field.getType();
      displayName = parameter.label().isEmpty() ? name : parameter.label();
      notNull = parameter.notNull() || type.isPrimitive();
      interval = parameter.interval().isEmpty() ? null : ParameterInterval.parse(parameter.interval());
      if (parameter.valueSet().length > 0) {
        Class<?> itemType = type.isArray() ? type.getComponentType() : type;
        List<Object> items = new ArrayList<>();
        for (String text : parameter.valueSet()) {
          items.add(ParameterConverter.convert(itemType, text));
        }
        valueSet = items;
      }
      Object fallback = type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
      defaultValue = parameter.defaultValue().isEmpty() ? fallback
          : ParameterConverter.convert(type, parameter.defaultValue());
    }

    /** SNAP's DefaultUI gives a {@code sourceBands} parameter the source products' bands as its value set. */
    void setValueSet(Object[] items) {
      valueSet = Arrays.asList(items);
    }

    /** Checks a value as ceres' validators do, in their order: not null, type, value set, interval. */
    void validate(Object value) {
      if (value == null) {
        if (notNull) {
          throw new IllegalArgumentException("Value for '" + displayName + "' must be given.");
        }
        return;
      }
      if (!ParameterConverter.box(type).isInstance(value)) {
        throw new IllegalArgumentException("Value for '" + displayName + "' must be of type '" + type.getSimpleName() + "'.");
      }
      Object[] items = type.isArray() ? ParameterConverter.boxedItems(value) : new Object[] {value};
      for (Object item : items) {
        if (valueSet != null && !valueSet.contains(item)) {
          throw new IllegalArgumentException("Value for '" + displayName + "' is invalid: '" + item + "'");
        }
        if (interval != null && item instanceof Number && !interval.contains(((Number) item).doubleValue())) {
          throw new IllegalArgumentException("Value for '" + displayName + "' is out of range " + interval + ".");
        }
      }
    }
  }

  /**
   * The parameters as SNAP's map-backed property container holds them (PropertyContainer,
   * Property.setValue, 14.x): each value in the dialog's map under the field's name, found by that
   * name or the alias; a value checked before it is set, and no event where it is unchanged.
   */
  static final class MapBacked implements PropertySet {

    private final Map<String, Object> values;
    private final Map<String, ParameterProperty> byName = new LinkedHashMap<>();
    private final List<ParameterProperty> properties = new ArrayList<>();
    private final PropertyChangeSupport listeners = new PropertyChangeSupport(this);

    MapBacked(Map<String, Object> values) {
      this.values = values;
    }

    void add(ParameterProperty property) {
      byName.put(property.name, property);
      if (property.alias != null) {
        byName.put(property.alias, property);
      }
      properties.add(property);
    }

    List<ParameterProperty> all() {
      return properties;
    }

    @Override
    public boolean isPropertyDefined(String name) {
      return byName.containsKey(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getValue(String name) {
      ParameterProperty property = byName.get(name);
      return property == null ? null : (T) valueOf(property);
    }

    private Object valueOf(ParameterProperty property) {
      Object value = values.get(property.name);
      if (value == null && property.type.isPrimitive()) {
        return Array.get(Array.newInstance(property.type, 1), 0);
      }
      return value;
    }

    @Override
    public void setValue(String name, Object value) {
      ParameterProperty property = byName.get(name);
      if (property == null) {
        throw new IllegalArgumentException("Unknown property name: " + name);
      }
      set(property, value);
    }

    void set(ParameterProperty property, Object value) {
      Object old = valueOf(property);
      if (old == value || old != null && old.equals(value)) {
        return;
      }
      property.validate(value);
      values.put(property.name, value);
      listeners.firePropertyChange(property.name, old, value);
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
