package org.dlinsar.parts;

import java.io.Serializable;
import java.util.List;

/**
 * Computes an operator's {@link Parts} somewhere other than the operator's own JVM: for example
 * as tasks of a Spark job, each rebuilding the operator on its own copy of the sources.
 */
public interface PartRunner {

  /**
   * Every part of {@code parts}, in order of their index; each as {@code parts.compute(k)} of
   * the same operator on the same sources would give it.
   */
  <P extends Serializable> List<P> run(Parts<P> parts);

  /** The parts computed by {@code runner}, or here ({@link Parts#computeHere}) when it is null. */
  static <P extends Serializable> List<P> runOrComputeHere(PartRunner runner, Parts<P> parts) {
    return runner == null || parts.count() == 0 ? parts.computeHere() : runner.run(parts);
  }
}
