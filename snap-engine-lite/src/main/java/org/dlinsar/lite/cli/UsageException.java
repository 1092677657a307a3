package org.dlinsar.lite.cli;

/**
 * A command line that cannot be run as written: unknown option, operator or parameter, or a
 * missing option value. The launcher prints "Error: " and the message, and exits with status 2.
 */
public class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /** @param message one line naming the option, operator or parameter at fault */
  public UsageException(String message) {
    super(message);
  }

  /**
   * @param message one line naming the option, operator or parameter at fault
   * @param cause the failure behind it
   */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
