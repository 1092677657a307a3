package org.esa.snap.core.gpf;

/**
 * The failure of an operator: bad parameters or sources, an unknown operator, or an error while
 * initialising or computing tiles. The message names the operator and what went wrong.
 */
public class OperatorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public OperatorException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the cause it keeps. */
  public OperatorException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception whose message is the cause's. */
  public OperatorException(Throwable cause) {
    super(cause);
  }
}
