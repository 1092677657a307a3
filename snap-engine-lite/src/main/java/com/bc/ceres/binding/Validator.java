package com.bc.ceres.binding;

/** Checks a value before it is assigned to a property. */
public interface Validator {

  /**
   * Accepts {@code value} for {@code property} or throws.
   *
   * @throws ValidationException naming the property, the value and what is allowed
   */
  void validateValue(Property property, Object value) throws ValidationException;
}
