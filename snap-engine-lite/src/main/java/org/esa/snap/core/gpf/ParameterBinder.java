package org.esa.snap.core.gpf;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.dlinsar.lite.ParameterConverter;
import org.dlinsar.lite.ParameterInterval;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.annotations.Parameter;

/**
 * Reads and writes an operator's {@code @Parameter} fields by parameter name (the alias if set,
 * else the field name), converting text to the field type and checking {@code notEmpty},
 * {@code valueSet}, {@code interval} and the band names of a {@code rasterDataNodeType = Band.class}
 * parameter as each value is set, as SNAP's ceres Property.setValue does (PropertyDescriptor's
 * effective validator). Like SNAP, nothing checks the fields again before initialize(): a value
 * written straight into a field reaches the operator unchecked (SNAP's initializeOperator validates
 * no parameter), so an operator checks itself what it cannot work without.
 *
 * <p>Every failure is an {@link OperatorException} whose message names the operator, the
 * parameter, the value and what is allowed.
 */
final class ParameterBinder {

  private static final Logger LOG = Logger.getLogger(ParameterBinder.class.getName());

  private final Object operator;
  private final Supplier<String> operatorAlias;
  private final Supplier<Product> firstSource;
  private final Map<String, Field> fields = new LinkedHashMap<>();

  /**
   * @param operator the operator whose fields are bound
   * @param operatorAlias gives the operator's alias for messages
   * @param firstSource gives the operator's first source product, or null while it has none
   */
  ParameterBinder(Operator operator, Supplier<String> operatorAlias, Supplier<Product> firstSource) {
    this.operator = operator;
    this.operatorAlias = operatorAlias;
    this.firstSource = firstSource;
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = operator.getClass(); c != null && c != Operator.class; c = c.getSuperclass()) {
      hierarchy.add(0, c);
    }
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        Parameter annotation = field.getAnnotation(Parameter.class);
        if (annotation != null) {
          field.setAccessible(true);
          fields.put(annotation.alias().isEmpty() ? field.getName() : annotation.alias(), field);
        }
      }
    }
  }

  /**
   * Sets every parameter that has a {@code defaultValue} to it, and a primitive one without to its
   * zero, as SNAP's PropertyContainer.setDefaultValues does (ceres' PropertyDescriptor.initDefaults
   * gives a primitive the zero default), whatever the field's initialiser.
   */
  void applyDefaults() {
    for (Map.Entry<String, Field> entry : fields.entrySet()) {
      Field field = entry.getValue();
      String defaultValue = field.getAnnotation(Parameter.class).defaultValue();
      if (!defaultValue.isEmpty()) {
        set(entry.getKey(), defaultValue);
      } else if (field.getType().isPrimitive()) {
        try {
          field.set(operator, Array.get(Array.newInstance(field.getType(), 1), 0));
        } catch (IllegalAccessException e) {
          throw new OperatorException(prefix(entry.getKey()) + " cannot be written: " + e.getMessage(), e);
        }
      }
    }
  }

  /**
   * Sets every parameter present in {@code values}; a key that names no parameter is ignored (see
   * {@link #set}).
   */
  void setAll(Map<String, Object> values) {
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      set(entry.getKey(), entry.getValue());
    }
  }

  /**
   * Converts {@code value} to the parameter's type, checks it ({@code notEmpty}, {@code valueSet},
   * {@code interval}, band names of the first source where the operator has one already: SNAP's
   * OperatorContext.setSourceProduct gives such a parameter its value set, so a name set before
   * the source is not checked) and writes it to the field. Null leaves the field as it is: SNAP's
   * OperatorContext.setParameter removes the property instead of setting it, so the field keeps its
   * default. Empty text leaves a primitive field unchanged and sets any other field to null (refused
   * where the parameter is notNull, as ceres' NotNullValidator refuses it).
   *
   * <p>A name that is no parameter is ignored with a logged warning: SNAP's
   * OperatorContext.setParameter, behind OperatorSpi.createOperator's map and
   * Operator.setParameter, sets only a defined property and skips any other name silently. Graph
   * XML and gpt's {@code -P} refuse an unknown name before they come here.
   */
  void set(String name, Object value) {
    Field field = findField(name);
    if (field == null) {
      LOG.warning(() -> "Operator '" + operatorAlias.get() + "': no parameter '" + name + "', ignored as SNAP"
          + " ignores it; known parameters: " + known());
      return;
    }
    if (value == null) {
      return;
    }
    Object converted;
    try {
      converted = ParameterConverter.convert(field.getType(), value);
    } catch (IllegalArgumentException e) {
      throw new OperatorException(prefix(name) + " has value '" + text(value) + "', " + e.getMessage(), e);
    }
    if (converted == null && field.getType().isPrimitive()) {
      return;
    }
    Parameter annotation = field.getAnnotation(Parameter.class);
    if (annotation.notNull() && converted == null) {
      throw new OperatorException(prefix(name) + " must be given (notNull), got '" + text(value) + "'");
    }
    if (annotation.notEmpty() && isEmpty(converted)) {
      throw new OperatorException(prefix(name) + " must not be empty (notEmpty), got '" + text(value) + "'");
    }
    checkAllowed(name, field, converted);
    checkBandNames(name, annotation, converted, firstSource.get());
    try {
      field.set(operator, converted);
    } catch (IllegalAccessException e) {
      throw new OperatorException(prefix(name) + " cannot be written: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the parameter's current field value; null for a name that is no parameter, as SNAP's
   * OperatorContext.getParameter does (PropertyContainer.getValue of an undefined property).
   */
  Object get(String name) {
    Field field = findField(name);
    if (field == null) {
      return null;
    }
    try {
      return field.get(operator);
    } catch (IllegalAccessException e) {
      throw new OperatorException(prefix(name) + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The parameter names (alias if set, else field name), superclass fields first, in declaration order. */
  List<String> names() {
    return List.copyOf(fields.keySet());
  }

  private void checkBandNames(String name, Parameter annotation, Object value, Product firstSource) {
    if (value == null || firstSource == null || annotation.rasterDataNodeType() != Band.class) {
      return;
    }
    List<String> bands = Arrays.asList(firstSource.getBandNames());
    boolean single = !value.getClass().isArray();
    for (Object item : single ? new Object[] {value} : ParameterConverter.boxedItems(value)) {
      String band = String.valueOf(item);
      if (!bands.contains(band) && !(single && band.isEmpty() && !annotation.notNull())) {
        throw new OperatorException(prefix(name) + " has value '" + band + "', which is no band of product '"
            + firstSource.getName() + "'; its bands are " + bands);
      }
    }
  }

  private void checkAllowed(String name, Field field, Object value) {
    if (value == null) {
      return;
    }
    Parameter annotation = field.getAnnotation(Parameter.class);
    Object[] items = value.getClass().isArray() ? ParameterConverter.boxedItems(value) : new Object[] {value};
    if (annotation.valueSet().length > 0) {
      Class<?> itemType = field.getType().isArray() ? field.getType().getComponentType() : field.getType();
      List<Object> allowed = new ArrayList<>();
      for (String text : annotation.valueSet()) {
        try {
          allowed.add(ParameterConverter.convert(itemType, text));
        } catch (IllegalArgumentException e) {
          throw new OperatorException(prefix(name) + " declares valueSet entry '" + text + "', " + e.getMessage(), e);
        }
      }
      for (Object item : items) {
        if (!allowed.contains(item)) {
          throw new OperatorException(prefix(name) + " has value '" + text(item) + "', which is not one of "
              + Arrays.toString(annotation.valueSet()));
        }
      }
    }
    if (!annotation.interval().isEmpty()) {
      ParameterInterval interval;
      try {
        interval = ParameterInterval.parse(annotation.interval());
      } catch (IllegalArgumentException e) {
        throw new OperatorException(prefix(name) + " declares an invalid " + e.getMessage(), e);
      }
      for (Object item : items) {
        if (item instanceof Number && !interval.contains(((Number) item).doubleValue())) {
          throw new OperatorException(prefix(name) + " has value " + item + ", which is outside the interval " + interval);
        }
      }
    }
  }

  /** The field of the parameter with this name (alias or field name), or null. */
  private Field findField(String name) {
    Field field = fields.get(Objects.requireNonNull(name, "parameter name"));
    if (field == null) {
      for (Field candidate : fields.values()) {
        if (candidate.getName().equals(name)) {
          return candidate;
        }
      }
    }
    return field;
  }

  private String known() {
    return fields.isEmpty() ? "none" : String.join(", ", fields.keySet());
  }

  private String prefix(String name) {
    return "Operator '" + operatorAlias.get() + "': parameter '" + name + "'";
  }

  /**
   * As ceres' NotEmptyValidator: no value, or its text is blank. An array's text is never blank, so
   * an empty array passes in SNAP too ("" gives no array but null, which fails).
   */
  private static boolean isEmpty(Object value) {
    return value == null || value.toString().trim().isEmpty();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (Object item : ParameterConverter.boxedItems(value)) {
        items.add(String.valueOf(item));
      }
      return String.join(",", items);
    }
    return value.toString();
  }
}
