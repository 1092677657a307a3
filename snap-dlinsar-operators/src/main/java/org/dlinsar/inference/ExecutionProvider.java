package org.dlinsar.inference;

import java.util.Locale;

/**
 * Where ONNX Runtime runs a model. {@link #AUTO} takes CUDA when the GPU build of ONNX Runtime
 * ({@code mvn -Pgpu}) and a CUDA device are there, else the CPU; {@link #CUDA} fails when they
 * are not; {@link #CPU} never tries the GPU.
 */
public enum ExecutionProvider {
  AUTO,
  CPU,
  CUDA;

  /** The system property that chooses the provider for every model of the JVM. */
  public static final String PROPERTY = "dlinsar.inference.provider";

  /**
   * @return the provider named by {@value #PROPERTY}, {@link #AUTO} when it is not set
   * @throws ModelException naming the property and the allowed values when it names none
   */
  public static ExecutionProvider fromSystemProperty() {
    String value = System.getProperty(PROPERTY);
    return value == null || value.isBlank() ? AUTO : parse(value, "-D" + PROPERTY);
  }

  /**
   * What an operator's {@code provider} parameter asks for: the value, or for {@code AUTO} the
   * run's {@value #PROPERTY} when set (CONTRACT.md 8).
   *
   * @param value AUTO, CPU or CUDA, any case
   * @param where the parameter, for the message
   * @throws ModelException naming {@code where}, the value and the allowed ones
   */
  public static ExecutionProvider ofParameter(String value, String where) {
    ExecutionProvider asked = parse(value, where);
    return asked == AUTO ? fromSystemProperty() : asked;
  }

  /**
   * Where a model asked to run on this provider would run, in one line (for a dialog), without
   * opening a session: "runs on the CPU: provider AUTO finds no CUDA (...)".
   */
  public String whereModelsRun() {
    return ProviderChoice.where(this).line();
  }

  /** Whether a model asked to run on this provider can start: not for CUDA without the GPU build. */
  public boolean canRun() {
    return ProviderChoice.where(this).runs();
  }

  /**
   * @param value AUTO, CPU or CUDA, any case
   * @param where the parameter or property that gave it, for the message
   * @return the provider
   * @throws ModelException naming {@code where}, the value and the allowed ones
   */
  public static ExecutionProvider parse(String value, String where) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ModelException(where + " is '" + value + "'; expected AUTO, CPU or CUDA", e);
    }
  }
}
