package org.dlinsar.parts;

/**
 * An operator whose {@code initialize()} does costly work over the whole frame that falls into
 * {@link Parts}, and lets a {@link PartRunner} compute them: DL-Detect's landslide scan is cut
 * into strips of rows that Spark tasks compute (bin/dlinsar-spark) and the driver merges, with
 * the same detections as one machine.
 */
public interface PartedOperator {

  /**
   * The parts that {@code initialize()} would compute, planned from the operator's parameters
   * and its sources as given ({@code getSourceProducts()}), without computing any and without
   * initialising the operator: what a remote task calls on an operator it made with the same
   * parameters on the same sources. A {@code count()} of 0 when these parameters leave nothing to
   * share out.
   *
   * @throws org.esa.snap.core.gpf.OperatorException as {@code initialize()} would, for sources or
   *     parameters it cannot work with
   */
  Parts<?> parts();

  /** Has {@code initialize()} compute its parts through {@code runner}; null: in this JVM. */
  void setPartRunner(PartRunner runner);
}
