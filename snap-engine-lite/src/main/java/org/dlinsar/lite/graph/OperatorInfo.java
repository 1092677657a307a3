package org.dlinsar.lite.graph;

import com.bc.ceres.binding.dom.DomElement;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What the launcher and the graph runner know about a registered operator, read by reflection
 * from its annotations: alias, description, {@code @Parameter} and source fields. Also converts
 * parameter text from the command line or graph XML into the values handed to
 * {@code GPF.createProduct} (strings, or string arrays for {@code String[]} parameters).
 */
public final class OperatorInfo {

  private static final Logger LOG = Logger.getLogger(OperatorInfo.class.getName());
  private final OperatorSpi spi;
  private final OperatorMetadata metadata;
  private final List<ParameterInfo> parameters;
  private final List<SourceInfo> sources;

  private OperatorInfo(OperatorSpi spi) {
    this.spi = spi;
    Class<? extends Operator> type = spi.getOperatorClass();
    this.metadata = type.getAnnotation(OperatorMetadata.class);
    List<ParameterInfo> params = new ArrayList<>();
    List<SourceInfo> srcs = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Operator.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        Parameter parameter = field.getAnnotation(Parameter.class);
        if (parameter != null) {
          params.add(new ParameterInfo(field, parameter));
        }
        SourceProduct source = field.getAnnotation(SourceProduct.class);
        if (source != null) {
          srcs.add(new SourceInfo(field.getName(), source.alias(), false, source.optional(), source.description()));
        }
        SourceProducts multiple = field.getAnnotation(SourceProducts.class);
        if (multiple != null) {
          srcs.add(new SourceInfo(field.getName(), multiple.alias(), true, false, multiple.description()));
        }
      }
    }
    this.parameters = List.copyOf(params);
    this.sources = List.copyOf(srcs);
  }

  /**
   * @param name an operator alias (any case) or SPI class name
   * @return the operator registered under {@code name}, or null if there is none
   */
  public static OperatorInfo find(String name) {
    OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(name);
    return spi == null ? null : new OperatorInfo(spi);
  }

  /** @return every registered operator, sorted by alias */
  public static List<OperatorInfo> all() {
    return GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpis().stream()
        .map(OperatorInfo::new)
        .sorted(Comparator.comparing(OperatorInfo::alias, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** @return the alias gpt and graphs use, e.g. {@code Read} */
  public String alias() {
    return spi.getOperatorAlias();
  }

  /** @return the one-line description, or "No description available." as gpt says */
  public String description() {
    return metadata == null || metadata.description().isBlank()
        ? "No description available."
        : metadata.description();
  }

  /** @return the operator's version from its metadata, or an empty text */
  public String version() {
    return metadata == null ? "" : metadata.version();
  }

  /** @return whether the operator is hidden from {@code -h} */
  public boolean isInternal() {
    return metadata != null && metadata.internal();
  }

  /** @return whether the operator writes its own output, so no automatic Write is added */
  public boolean isAutoWriteDisabled() {
    return metadata != null && metadata.autoWriteDisabled();
  }

  /** @return the {@code @Parameter} fields in declaration order, subclass first */
  public List<ParameterInfo> parameters() {
    return parameters;
  }

  /** @return the {@code @SourceProduct} and {@code @SourceProducts} fields */
  public List<SourceInfo> sources() {
    return sources;
  }

  /** @return the parameter named {@code name} (alias or field name), or null */
  public ParameterInfo parameter(String name) {
    for (ParameterInfo parameter : parameters) {
      if (parameter.name().equals(name) || parameter.field().getName().equals(name)) {
        return parameter;
      }
    }
    return null;
  }

  /**
   * Converts parameter text of the command line ({@code -P}, {@code -p}) to the values
   * {@code GPF.createProduct} takes. An empty text is what SNAP's converters make of it: an
   * empty String, no value (null) for a file, array or other object, which the operator refuses
   * where it needs one (Read's file); a primitive parameter refuses it, as gpt
   * does ("Value for ... must be given"), rather than silently keep its default.
   *
   * @param texts values by parameter name (alias or field name); not modified
   * @throws IllegalArgumentException naming the parameter and the operator if one is unknown, or
   *     is primitive and empty
   */
  public Map<String, Object> parameterValues(Map<String, String> texts) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      ParameterInfo parameter = requireParameter(entry.getKey());
      String text = entry.getValue();
      Class<?> type = parameter.field().getType();
      if ((text == null || text.isEmpty()) && type.isPrimitive()) {
        String fallback = parameter.annotation().defaultValue().isEmpty() ? ""
            : " or leave it out for the default '" + parameter.annotation().defaultValue() + "'";
        throw new IllegalArgumentException("Parameter '" + parameter.name() + "' of operator " + alias()
            + " is empty; give -P" + parameter.name() + "=<" + parameter.typeName() + ">" + fallback);
      }
      if (text == null || text.isEmpty()) {
        values.put(parameter.name(), type == String.class ? "" : null);
      } else {
        values.put(parameter.name(), parameter.valueOf(text));
      }
    }
    return values;
  }

  /**
   * Whether {@code -S<id>=<file>} names a source of this operator: a {@code @SourceProduct}
   * field (alias or field name), a {@code @SourceProducts} field with or without an index
   * ({@code sourceProducts}, {@code sourceProducts3}, {@code sourceProducts.3}), or gpt's generic
   * {@code sourceProduct}, {@code sourceProduct.<n>}, {@code sourceProduct<n>} and
   * {@code sourceProducts}.
   */
  public boolean takesSource(String id) {
    if (id.equals("sourceProducts") || id.matches("sourceProduct(\\.?\\d+)?")) {
      return true;
    }
    for (SourceInfo source : sources) {
      for (String name : List.of(source.name(), source.fieldName())) {
        if (id.equals(name) || source.multiple() && id.matches(Pattern.quote(name) + "\\.?\\d+")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Converts a graph node's {@code <parameters>} element like {@link #parameterValues}: leaf
   * children are text values; an empty one is left out, unless gpt would refuse it (a primitive
   * or a notNull parameter with a default); a child with item elements becomes the array of the
   * items' texts, with a warning where gpt would not read them (a parameter without itemAlias). A
   * child with a {@code refid} attribute, a reference that gpt resolves in graphs, is refused: it
   * is not resolved here.
   *
   * @throws IllegalArgumentException naming the parameter and the operator if one is unknown, is
   *     a reference, is an empty element that gpt refuses, or has items but is not an array
   */
  public Map<String, Object> parameterValues(DomElement configuration) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (configuration == null) {
      return values;
    }
    for (int i = 0; i < configuration.getChildCount(); i++) {
      DomElement child = configuration.getChild(i);
      ParameterInfo parameter = requireParameter(child.getName());
      String reference = child.getAttribute("refid");
      if (reference != null) {
        // gpt sets such a parameter, after the others, to another node's target property
        // ("node.property") or a graph parameter; taking the element as a value or leaving it
        // out would run what gpt does not
        throw new IllegalArgumentException("Parameter '" + parameter.name() + "' of operator " + alias()
            + " refers to '" + reference + "' (refid); parameter references are not supported by the"
            + " headless launcher: give the value in <" + child.getName() + ">" + parameter.typeName()
            + "</" + child.getName() + ">");
      }
      if (child.getChildCount() == 0) {
        String text = child.getValue();
        if (text != null && !text.isEmpty()) {
          values.put(parameter.name(), parameter.valueOf(text));
        } else if (mustBeGiven(parameter)) {
          // gpt sets an empty element's parameter to null, which a primitive or a notNull
          // parameter with a default refuses; taking the default here would run what gpt refuses
          String fallback = parameter.annotation().defaultValue().isEmpty() ? ""
              : ", or leave the element out for the default '" + parameter.annotation().defaultValue() + "'";
          throw new IllegalArgumentException("Parameter '" + parameter.name() + "' of operator " + alias()
              + " is an empty element, which gpt refuses too (\"Value for '" + parameter.name()
              + "' must be given\"); give <" + child.getName() + ">" + parameter.typeName() + "</"
              + child.getName() + ">" + fallback);
        }
      } else if (parameter.field().getType().isArray()) {
        String[] items = new String[child.getChildCount()];
        for (int k = 0; k < items.length; k++) {
          items[k] = child.getChild(k).getValue();
        }
        values.put(parameter.name(), parameter.field().getType() == String[].class ? items : String.join(",", items));
        if (parameter.annotation().itemAlias().isEmpty()) {
          // ceres reads item elements only for a parameter that declares an itemAlias, else the
          // element's text: in SNAP's gpt this graph would run with the parameter blank or ignored
          LOG.warning("Parameter '" + parameter.name() + "' of operator " + alias() + " is given as item"
              + " elements, which SNAP's gpt does not read for it; write <" + child.getName() + ">"
              + String.join(",", items) + "</" + child.getName() + "> for a graph that runs in gpt too");
        }
      } else {
        throw new IllegalArgumentException("Parameter '" + parameter.name() + "' of operator " + alias()
            + " holds nested elements, but it takes a single " + parameter.typeName() + " value");
      }
    }
    return values;
  }

  /**
   * Whether gpt refuses an empty element for {@code parameter}: it sets the parameter to null,
   * which a primitive refuses, and so does a notNull one whose default is not null already.
   */
  private static boolean mustBeGiven(ParameterInfo parameter) {
    return parameter.field().getType().isPrimitive()
        || parameter.annotation().notNull() && !parameter.annotation().defaultValue().isEmpty();
  }

  private ParameterInfo requireParameter(String name) {
    ParameterInfo parameter = parameter(name);
    if (parameter == null) {
      List<String> known = parameters.stream().map(ParameterInfo::name).toList();
      throw new IllegalArgumentException("Unknown parameter '" + name + "' of operator " + alias()
          + "; its parameters are " + known);
    }
    return parameter;
  }
}
