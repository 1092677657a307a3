package org.dlinsar.lite.graph;

import org.esa.snap.core.gpf.annotations.Parameter;

import java.io.File;
import java.lang.reflect.Field;
import java.util.Arrays;

/**
 * One {@code @Parameter} field of an operator: its public name (the alias if set, else the field
 * name), its type and its annotation.
 *
 * @param field the annotated field
 * @param annotation its {@code @Parameter}
 */
public record ParameterInfo(Field field, Parameter annotation) {

  /** @return the name used with {@code -P} and in graph XML */
  public String name() {
    return annotation.alias().isEmpty() ? field.getName() : annotation.alias();
  }

  /** @return the type as gpt prints it: {@code string}, {@code int}, {@code file}, {@code string,string,...} */
  public String typeName() {
    Class<?> type = field.getType();
    if (type.isArray()) {
      String item = simpleTypeName(type.getComponentType());
      return item + "," + item + "," + item + ",...";
    }
    return simpleTypeName(type);
  }

  /**
   * @param text the value as written on the command line or in graph XML
   * @return {@code text} split at commas (items trimmed) for a {@code String[]} parameter, else
   *     {@code text} itself, which GPF converts to the parameter's type
   */
  public Object valueOf(String text) {
    if (field.getType() == String[].class) {
      return Arrays.stream(text.split(",")).map(String::trim).toArray(String[]::new);
    }
    return text;
  }

  private static String simpleTypeName(Class<?> type) {
    if (type == String.class) {
      return "string";
    }
    if (type == File.class) {
      return "file";
    }
    if (type.isPrimitive()) {
      return type.getName();
    }
    return type.getSimpleName();
  }
}
