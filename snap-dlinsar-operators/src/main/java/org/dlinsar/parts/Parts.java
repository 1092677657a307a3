package org.dlinsar.parts;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An operator's costly work as independent parts (strips of rows of a frame, patches around
 * detections), each computed from the operator's sources and parameters alone: in this JVM, or
 * on another machine that rebuilds the same sources ({@link PartedOperator}).
 *
 * @param <P> what a part yields; small beside the pixels it is made from
 */
public interface Parts<P extends Serializable> {

  /** How many parts; 0 when the operator has nothing to share out for its parameters. */
  int count();

  /**
   * Computes part {@code part}; safe to call from several threads.
   *
   * @param part in [0, {@link #count})
   */
  P compute(int part);

  /**
   * Parts of one group share work upstream (the unwrapped region of neighbouring patches): a
   * runner computes a group's parts in one task. By default each part is a group of its own.
   */
  default int group(int part) {
    return part;
  }

  /**
   * Refuses, before any part is computed, parts whose largest would not fit {@code heap} with as
   * many at once as it computes there. By default parts are small beside any heap.
   *
   * @throws RuntimeException one line naming the part, what it holds and what to give
   */
  default void checkFits(PartHeap heap) {}

  /** No parts: the operator runs whole for its parameters. */
  static <P extends Serializable> Parts<P> none() {
    return new Parts<>() {
      @Override
      public int count() {
        return 0;
      }

      @Override
      public P compute(int part) {
        throw new IndexOutOfBoundsException("part " + part + " of none");
      }
    };
  }

  /** Every part, in order, in this JVM, as the operator computes them when run alone. */
  default List<P> computeHere() {
    return IntStream.range(0, count()).mapToObj(this::compute).toList();
  }
}
