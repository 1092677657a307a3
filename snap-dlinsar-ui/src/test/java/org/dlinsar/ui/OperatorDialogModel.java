package org.dlinsar.ui;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;

/**
 * What SNAP's generated operator dialog shows, derived from an operator class by the rules of
 * SNAP Desktop's DefaultOperatorAction: its DefaultSingleTargetProductDialog gives every
 * {@code @SourceProduct} field one source product selector (DefaultIOParametersPanel, which the
 * Graph Builder's OperatorAction dialog, SingleOperatorDialog, builds the same way; array
 * {@code @SourceProducts} get none), labelled with the annotation's label, else its alias,
 * else the field name made readable, then ":" and " (optional)"; every {@code @Parameter} field
 * becomes one editor labelled the same way, the description as its tool tip.
 */
record OperatorDialogModel(List<SourceSelector> sources, List<ParameterEditor> parameters) {

  record SourceSelector(String field, String label, boolean optional, String toolTip, String productType) {
  }

  record ParameterEditor(Field field, Parameter annotation, String label) {
  }

  static OperatorDialogModel of(Class<?> operator) {
    List<SourceSelector> sources = new ArrayList<>();
    List<ParameterEditor> parameters = new ArrayList<>();
    for (Class<?> type = operator; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        SourceProduct source = field.getAnnotation(SourceProduct.class);
        if (source != null) {
          String label = firstNonEmpty(source.label(), source.alias(), readable(field.getName())) + ":";
          sources.add(new SourceSelector(field.getName(), source.optional() ? label + " (optional)" : label,
              source.optional(), source.description(), source.type()));
        }
        Parameter parameter = field.getAnnotation(Parameter.class);
        if (parameter != null) {
          parameters.add(new ParameterEditor(field, parameter,
              firstNonEmpty(parameter.label(), parameter.alias(), readable(field.getName()))));
        }
      }
    }
    return new OperatorDialogModel(sources, parameters);
  }

  /** SNAP's display name of a field without a label: "sourceProduct" reads "Source product". */
  static String readable(String name) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0) {
        text.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))) {
        text.append(' ').append(Character.toLowerCase(c));
      } else {
        text.append(c == '_' ? ' ' : c);
      }
    }
    return text.toString();
  }

  private static String firstNonEmpty(String... values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return "";
  }
}
