package com.bc.ceres.binding;

/**
 * Converts values of one type from and to text.
 *
 * @param <T> the value type
 */
public interface Converter<T> {

  /** The type of the values this converter handles. */
  Class<? extends T> getValueType();

  /**
   * The value that {@code text} denotes.
   *
   * @throws ConversionException if the text is not a valid value
   */
  T parse(String text) throws ConversionException;

  /** The text that {@link #parse} turns back into {@code value}. */
  String format(T value);
}
