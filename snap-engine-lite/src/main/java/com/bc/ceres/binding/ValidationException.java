package com.bc.ceres.binding;

/** A value is not allowed for a property. */
public class ValidationException extends BindingException {

  private static final long serialVersionUID = 1L;

  public ValidationException(String message) {
    super(message);
  }

  public ValidationException(String message, Throwable cause) {
    super(message, cause);
  }
}
