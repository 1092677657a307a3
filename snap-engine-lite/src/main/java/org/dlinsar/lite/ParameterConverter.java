package org.dlinsar.lite;

import java.io.File;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Converts parameter values, typed or as text from graph XML and the command line, to the type
 * of an {@code @Parameter} field.
 *
 * <p>Text is accepted for String, primitive and boxed numbers, boolean (true, false or, as in
 * SNAP, a number: 0 is false), char, File, enums (by
 * constant name, case-sensitively as SNAP's EnumConverter) and arrays of those, comma-separated. Empty text means null,
 * except for String (kept). A typed value is accepted if it has the field type,
 * or is a number that a whole-number field holds exactly, or that lies in a float field's range.
 * The engine's operator parameters and the desktop stand-in's dialogs both convert with it, as
 * SNAP's gpt and dialogs share ceres-binding's converters.
 */
public final class ParameterConverter {

  private ParameterConverter() {
  }

  /**
   * Returns {@code value} as an instance of {@code type} (boxed for primitives), or null.
   *
   * @throws IllegalArgumentException with a message saying what is expected
   */
  public static Object convert(Class<?> type, Object value) {
    if (value == null) {
      return null;
    }
    Class<?> boxed = box(type);
    if (boxed.isInstance(value)) {
      return value;
    }
    if (value instanceof String) {
      return parse(type, (String) value);
    }
    if (value instanceof Number && Number.class.isAssignableFrom(boxed)) {
      return convertNumber(type, (Number) value);
    }
    if (type == File.class && value instanceof Path) {
      return ((Path) value).toFile();
    }
    if (type.isArray() && (value.getClass().isArray() || value instanceof Collection)) {
      Object[] items = value instanceof Collection ? ((Collection<?>) value).toArray() : boxedItems(value);
      Object array = Array.newInstance(type.getComponentType(), items.length);
      for (int i = 0; i < items.length; i++) {
        Array.set(array, i, convertItem(type.getComponentType(), items[i]));
      }
      return array;
    }
    throw new IllegalArgumentException(expected(type) + ", got a " + value.getClass().getSimpleName());
  }

  /** Describes the values {@code type} accepts, for error messages. */
  public static String expected(Class<?> type) {
    Class<?> boxed = box(type);
    if (type.isArray()) {
      return "expected a comma-separated list where each item is " + expected(type.getComponentType()).substring(9);
    }
    if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class) {
      return "expected a whole number (" + type.getSimpleName() + ")";
    }
    if (boxed == Double.class || boxed == Float.class) {
      return "expected a number (" + type.getSimpleName() + ")";
    }
    if (boxed == Boolean.class) {
      return "expected true or false (or a number: 0 is false, any other true)";
    }
    if (boxed == Character.class) {
      return "expected a single character";
    }
    if (type.isEnum()) {
      return "expected one of " + Arrays.toString(type.getEnumConstants());
    }
    return "expected a value of type " + type.getSimpleName();
  }

  private static Object parse(Class<?> type, String text) {
    if (type == String.class) {
      return text;
    }
    if (type.isArray()) {
      if (text.isEmpty()) {
        return null; // as ceres-binding's ArrayConverter.parse (14.x): no text, no array
      }
      if (text.isBlank()) {
        return Array.newInstance(type.getComponentType(), 0);
      }
      String[] items = text.split(",", -1);
      Object array = Array.newInstance(type.getComponentType(), items.length);
      for (int i = 0; i < items.length; i++) {
        String item = type.getComponentType() == String.class ? items[i].trim() : items[i];
        Array.set(array, i, convertItem(type.getComponentType(), item));
      }
      return array;
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    Class<?> boxed = box(type);
    try {
      if (boxed == Integer.class) {
        return Integer.valueOf(trimmed);
      } else if (boxed == Long.class) {
        return Long.valueOf(trimmed);
      } else if (boxed == Short.class) {
        return Short.valueOf(trimmed);
      } else if (boxed == Byte.class) {
        return Byte.valueOf(trimmed);
      } else if (boxed == Double.class) {
        return Double.valueOf(trimmed);
      } else if (boxed == Float.class) {
        return Float.valueOf(trimmed);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(expected(type), e);
    }
    if (boxed == Boolean.class && (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(trimmed.toLowerCase(Locale.ROOT));
    }
    if (boxed == Boolean.class) {
      // SNAP's BooleanConverter reads numbers: 0 is false, any other true. It reads any other
      // word as false; that is refused here, as a typo would silently turn an option off.
      try {
        return Double.parseDouble(trimmed) != 0.0;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(expected(type), e);
      }
    }
    if (boxed == Character.class && trimmed.length() == 1) {
      return trimmed.charAt(0);
    }
    if (type == File.class) {
      return new File(trimmed);
    }
    if (type.isEnum()) {
      // as ceres-binding's EnumConverter.parse (14.x): Enum.valueOf of the trimmed text, so the
      // case must match; a graph saved here must load in SNAP
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(trimmed)) {
          return constant;
        }
      }
    }
    throw new IllegalArgumentException(expected(type));
  }

  private static Object convertItem(Class<?> componentType, Object item) {
    Object converted = convert(componentType, item);
    if (converted == null && componentType.isPrimitive()) {
      throw new IllegalArgumentException(expected(componentType) + " for every item, got an empty item");
    }
    return converted;
  }

  private static Object convertNumber(Class<?> type, Number number) {
    Class<?> boxed = box(type);
    double value = number.doubleValue();
    Number converted;
    if (boxed == Integer.class) {
      converted = (int) value;
    } else if (boxed == Long.class) {
      converted = number.longValue();
    } else if (boxed == Short.class) {
      converted = (short) value;
    } else if (boxed == Byte.class) {
      converted = (byte) value;
    } else if (boxed == Float.class) {
      converted = (float) value;
    } else {
      converted = value;
    }
    // Whole numbers must stay whole (3.5 -> 3 is refused); a float takes the nearest float of a
    // double in its range.
    boolean exact = boxed == Float.class
        ? !Double.isFinite(value) || Math.abs(value) <= Float.MAX_VALUE
        : Double.isNaN(value) ? boxed == Double.class : converted.doubleValue() == value;
    if (!exact) {
      throw new IllegalArgumentException(expected(type));
    }
    return converted;
  }

  /** The items of an array of any component type, primitives boxed. */
  public static Object[] boxedItems(Object array) {
    Object[] items = new Object[Array.getLength(array)];
    for (int i = 0; i < items.length; i++) {
      items[i] = Array.get(array, i);
    }
    return items;
  }

  /** The wrapper class of a primitive type, else the type itself. */
  public static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    } else if (type == long.class) {
      return Long.class;
    } else if (type == double.class) {
      return Double.class;
    } else if (type == float.class) {
      return Float.class;
    } else if (type == boolean.class) {
      return Boolean.class;
    } else if (type == short.class) {
      return Short.class;
    } else if (type == byte.class) {
      return Byte.class;
    } else if (type == char.class) {
      return Character.class;
    }
    return Void.class;
  }
}
