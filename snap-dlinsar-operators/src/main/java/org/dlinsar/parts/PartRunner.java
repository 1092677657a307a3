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

  /**
   * True when the operator given this runner is a copy, rebuilt elsewhere only to serve a later
   * step with parts already computed: it writes none of the files beside the product (detections,
   * time series), which the run's own operator writes.
   */
  default boolean isRebuilt() {
    return false;
  }

  /** Whether an operator given {@code runner} (null: none) writes its files. */
  static boolean writesFiles(PartRunner runner) {
    return runner == null || !runner.isRebuilt();
  }

  /** The parts computed by {@code runner}, or here ({@link Parts#computeHere}) when it is null. */
  static <P extends Serializable> List<P> runOrComputeHere(PartRunner runner, Parts<P> parts) {
    return runner == null || parts.count() == 0 ? parts.computeHere() : runner.run(parts);
  }
}
