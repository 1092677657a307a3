package org.dlinsar.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.esa.snap.core.gpf.OperatorCancelException;
import org.esa.snap.core.gpf.OperatorException;

/**
 * What a Spark task hands back: its value, or the refusal an operator gave the product's content
 * (coherence outside 0..1, a band missing). Such a refusal meets every attempt again, so it is
 * handed back rather than thrown: Spark does not retry the task (four attempts, each logged with
 * its stack) and the driver fails the run with the operator's message ({@link #values}). Any
 * other failure (an unreadable file, a lost executor, a killed attempt) is thrown and retried.
 *
 * @param value what the task computed; null when it met an input error
 * @param inputError the operator's message, with where the task was; null when it succeeded
 */
record TaskOutcome<T>(T value, String inputError) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A task's work. */
  @FunctionalInterface
  interface Work<T> extends Serializable {
    T run() throws Exception;
  }

  /**
   * Runs {@code work}: its value, or the input error it met.
   *
   * @param where the task's part of the frame, added to an input error's message (an operator
   *     names pixels in the coordinates of the tile it computes), or null
   */
  static <T> TaskOutcome<T> of(String where, Work<T> work) throws Exception {
    SparkEnv env = SparkEnv.get();
    return of(where, work, env != null && ExecutorHeap.isLocal(env.conf().get("spark.master", "")));
  }

  /** As {@link #of(String, Work)}; {@code localMode}: whether the task runs in the driver's JVM. */
  static <T> TaskOutcome<T> of(String where, Work<T> work, boolean localMode) throws Exception {
    try {
      return new TaskOutcome<>(work.run(), null);
    } catch (OutOfMemoryError e) {
      if (!localMode) {
        throw e;
      }
      // the failed allocation is unreachable once thrown: the heap has room for the run to end
      throw new TaskOutOfMemory(where, Runtime.getRuntime().maxMemory());
    } catch (RuntimeException e) {
      String refusal = inputError(e);
      if (refusal == null) {
        throw e;
      }
      return new TaskOutcome<>(null, where == null ? refusal : refusal + " (" + where + ")");
    }
  }

  /**
   * The message of the operator's refusal {@code e} carries, or null when a retry may go
   * otherwise: no operator refused, or beneath the refusal lies a read or write failure, or the
   * attempt was cancelled (Spark kills attempts it no longer needs).
   */
  static String inputError(Throwable e) {
    OperatorException refusal = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OperatorCancelException || t instanceof IOException || t instanceof UncheckedIOException) {
        return null;
      }
      if (t instanceof OperatorException operator) {
        refusal = operator;
      }
    }
    TaskContext task = TaskContext.get();
    boolean killed = task != null && task.isInterrupted();
    return refusal == null || killed ? null : refusal.getMessage();
  }

  /**
   * The tasks' values in their order.
   *
   * @throws OperatorException with the first input error a task met
   */
  static <T> List<T> values(List<TaskOutcome<T>> outcomes) {
    List<T> values = new ArrayList<>(outcomes.size());
    for (TaskOutcome<T> outcome : outcomes) {
      if (outcome.inputError() != null) {
        throw new OperatorException(outcome.inputError());
      }
      values.add(outcome.value());
    }
    return values;
  }
}
