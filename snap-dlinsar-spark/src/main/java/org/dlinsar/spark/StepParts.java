package org.dlinsar.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.Parts;
import org.esa.snap.core.gpf.Operator;

/**
 * Computes the {@link Parts} of one of the graph's driver steps (DL-Detect's landslide scan,
 * Local-SBAS's patches) as Spark tasks: each task rebuilds the assembled frame and the steps
 * before this one (their parts handed over, not computed again), makes the step's operator with
 * the same parameters and computes its parts there; the driver's operator merges them as it
 * merges its own, so detections and time series are those of one machine. What the rebuilt steps'
 * no-data watches found as the parts read them (DL-Unwrap's patches, unwrapped only there when the
 * product keeps none of its bands) goes to the driver's steps, which say the line once.
 */
final class StepParts implements PartRunner {

  private final JavaSparkContext spark;
  private final AssembledFrame frame;
  private final int step;
  private final List<Operator> driverSteps;
  private final TaskFault fault;
  private final Map<Integer, List<? extends Serializable>> computedBefore;
  private int parts;
  private long nanos;

  /**
   * @param step index of the step among the graph's driver steps
   * @param driverSteps the driver's steps before it, initialised: the steps a task rebuilds
   * @param computedBefore the parts of earlier steps, by step: a task rebuilding those steps
   *     takes them from here rather than computing them again; this runner adds its own
   */
  StepParts(JavaSparkContext spark, AssembledFrame frame, int step, List<Operator> driverSteps, TaskFault fault,
      Map<Integer, List<? extends Serializable>> computedBefore) {
    this.spark = spark;
    this.frame = frame;
    this.step = step;
    this.driverSteps = driverSteps;
    this.fault = fault;
    this.computedBefore = computedBefore;
  }

  /** One part computed, with its index. */
  private record Computed(int index, Serializable value) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A task's parts, and what the steps it rebuilt found of no data ({@link TileGraph.Built#noDataFound}). */
  private record TaskParts(ArrayList<Computed> computed, ArrayList<NoDataWatch.Found> noDataFound)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public <P extends Serializable> List<P> run(Parts<P> parts) {
    // each of an executor's tasks holds a part, and Spark decides how many run at once: a part
    // they cannot hold is refused before any task runs, as one machine refuses it
    parts.checkFits(ExecutorHeap.of(spark.getConf()));
    long start = System.nanoTime();
    int count = parts.count();
    AssembledFrame frame = this.frame;
    int step = this.step;
    TaskFault fault = this.fault;
    Map<Integer, List<? extends Serializable>> before = new HashMap<>(computedBefore);
    // parts of a group share upstream work (an unwrapped region): one task computes them all;
    // a few tasks per core, each rebuilding the frame and the steps before this one once
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int k = 0; k < count; k++) {
      groups.computeIfAbsent(parts.group(k), g -> new ArrayList<>()).add(k);
    }
    int tasks = Math.min(groups.size(), 4 * Math.max(1, spark.defaultParallelism()));
    List<Computed> computed = new ArrayList<>();
    List<TaskParts> done = TaskOutcome.values(spark.parallelize(new ArrayList<>(groups.values()), tasks)
        .mapPartitions(assigned -> {
          if (!assigned.hasNext()) {
            return List.<TaskOutcome<TaskParts>>of().iterator();
          }
          TileGraphJob.useTaskCores();
          List<List<Integer>> mine = new ArrayList<>();
          assigned.forEachRemaining(mine::add);
          // the parts see the whole frame: an input error's pixels are the frame's
          return List.of(TaskOutcome.of(null, () -> compute(frame, step, before, count, mine, fault))).iterator();
        }).collect());
    for (TaskParts task : done) {
      computed.addAll(task.computed());
      TileGraph.Built.noDataSeen(driverSteps, task.noDataFound());
    }
    computed.sort(Comparator.comparingInt(Computed::index));
    this.parts += count;
    this.nanos += System.nanoTime() - start;
    List<P> values = new ArrayList<>(count);
    for (Computed c : computed) {
      @SuppressWarnings("unchecked")
      P value = (P) c.value();
      values.add(value);
    }
    computedBefore.put(step, List.copyOf(values));
    return values;
  }

  /** In a task: the parts of {@code groups}, on the frame and the steps before {@code step} rebuilt. */
  private static TaskParts compute(AssembledFrame frame, int step,
      Map<Integer, List<? extends Serializable>> before, int count, List<List<Integer>> groups, TaskFault fault) {
    ArrayList<Computed> out = new ArrayList<>();
    try (TileGraph.Built assembled = frame.open();
        TileGraph.Planned there = frame.graph().plan(assembled.target(), step,
            earlier -> new Replay(before.getOrDefault(earlier, List.of())))) {
      if (there.parts().count() != count) {
        throw new IllegalStateException("step " + step + " planned " + there.parts().count()
            + " parts on an executor but " + count + " on the driver");
      }
      for (List<Integer> group : groups) {
        for (int index : group) {
          fault.before(index, TaskContext.get().attemptNumber());
          out.add(new Computed(index, there.parts().compute(index)));
        }
      }
      return new TaskParts(out, there.before().noDataFound());
    }
  }

  /**
   * Hands back the parts the driver had computed (none for a step that had none) to a step
   * rebuilt in a task, which therefore writes no files of its own.
   */
  private record Replay(List<? extends Serializable> computed) implements PartRunner {
    @Override
    public boolean isRebuilt() {
      return true;
    }

    @Override
    public <P extends Serializable> List<P> run(Parts<P> parts) {
      if (parts.count() != computed.size()) {
        throw new IllegalStateException("a step rebuilt in a task has " + parts.count() + " parts, but "
            + computed.size() + " were computed for it");
      }
      @SuppressWarnings("unchecked")
      List<P> same = (List<P>) computed;
      return same;
    }
  }

  /** How many parts this runner has had computed by Spark tasks. */
  int parts() {
    return parts;
  }

  /** Wall seconds of the Spark jobs that computed them. */
  double seconds() {
    return nanos / 1e9;
  }
}
