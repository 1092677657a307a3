package org.esa.snap.core.gpf;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** Reflective access to an operator's annotated fields, declared in its class or superclasses. */
final class OperatorFields {

  private OperatorFields() {
  }

  /** The fields carrying {@code annotation}, subclass first, made accessible. */
  static List<Field> annotated(Operator operator, Class<? extends Annotation> annotation) {
    List<Field> found = new ArrayList<>();
    for (Class<?> c = operator.getClass(); c != null && c != Operator.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.isAnnotationPresent(annotation)) {
          field.setAccessible(true);
          found.add(field);
        }
      }
    }
    return found;
  }

  /** Reads an accessible field of {@code context}'s operator. */
  static Object read(OperatorContext context, Field field) {
    try {
      return field.get(context.getOperator());
    } catch (IllegalAccessException e) {
      throw new OperatorException(context.messagePrefix() + "cannot read field '" + field.getName() + "'", e);
    }
  }

  /** Writes an accessible field of {@code context}'s operator. */
  static void write(OperatorContext context, Field field, Object value) {
    try {
      field.set(context.getOperator(), value);
    } catch (IllegalAccessException e) {
      throw new OperatorException(context.messagePrefix() + "cannot set field '" + field.getName() + "'", e);
    }
  }
}
