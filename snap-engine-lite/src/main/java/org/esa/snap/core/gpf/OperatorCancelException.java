package org.esa.snap.core.gpf;

/** Thrown by {@code Operator.checkForCancellation()} once the current run was cancelled. */
public class OperatorCancelException extends OperatorException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public OperatorCancelException(String message) {
    super(message);
  }
}
