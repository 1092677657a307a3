package com.bc.ceres.binding;

/** A text could not be converted to a value, or a value to text. */
public class ConversionException extends BindingException {

  private static final long serialVersionUID = 1L;

  public ConversionException(String message) {
    super(message);
  }

  public ConversionException(String message, Throwable cause) {
    super(message, cause);
  }

  public ConversionException(Throwable cause) {
    super(cause != null ? cause.getMessage() : null, cause);
  }
}
