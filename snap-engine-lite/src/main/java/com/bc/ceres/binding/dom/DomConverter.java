package com.bc.ceres.binding.dom;

import com.bc.ceres.binding.ConversionException;
import com.bc.ceres.binding.ValidationException;

/** Converts values of one type from and to DOM elements. */
public interface DomConverter {

  /** The type of the values this converter handles. */
  Class<?> getValueType();

  /**
   * The value that {@code parentElement} describes.
   *
   * @param value an existing value to fill, or null to create one
   */
  Object convertDomToValue(DomElement parentElement, Object value)
      throws ConversionException, ValidationException;

  /** Writes {@code value} into {@code parentElement} (modified). */
  void convertValueToDom(Object value, DomElement parentElement) throws ConversionException;
}
