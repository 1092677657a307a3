package org.dlinsar.inference;

/**
 * A model that cannot be used: no bundled model for a task, or a model file or card that is
 * missing, truncated or does not fit what its card says. The message is one sentence naming the
 * file and what was expected; operators pass it on in their {@code OperatorException}.
 */
public final class ModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
