package org.dlinsar.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dlinsar.cli.CommandOptions;
import org.dlinsar.cli.NetworksStopFirst;
import org.dlinsar.cli.SideFilesFollowTheRun;
import org.dlinsar.files.RunJournal;
import org.dlinsar.lite.ModuleProperties;
import org.dlinsar.lite.OpenFileLimit;
import org.dlinsar.lite.cli.Launcher;
import org.dlinsar.lite.cli.OutOfMemory;
import org.dlinsar.lite.cli.StopSignals;
import org.dlinsar.lite.cli.UsageException;
import org.dlinsar.lite.dimap.RunTargets;

/**
 * {@code dlinsar-spark <graph.xml> -Pinput=... -Poutput=... [--master URL] [--tile N]}: runs a
 * graph tile by tile on Apache Spark ({@link TileGraph}, {@link TileGraphJob}). Without
 * {@code --master} (and outside spark-submit, whose master it takes) it runs in
 * {@code local[*,4]}: every core of this machine, a failed task tried up to four times, as on a
 * cluster. Ctrl-C, SIGTERM and SIGHUP stop the driver as they stop {@code bin/dlinsar}
 * ({@link StopSignals}): its networks finish their batch, its jobs are cancelled, and it exits
 * with 128 + the signal's number after one line, leaving what a failed run leaves.
 */
public final class DlinsarSpark {

  static final String USAGE = String.join("\n",
      "Usage: dlinsar-spark <graph.xml> -P<var>=<value> ... [--master URL] [--tile N]",
      "Runs a graph (Read, operators one after another, Write) on Apache Spark: its first steps",
      "that run by tiles (DL-Mask, Phase-Gradient-Stack, BandSelect) tile by tile, the rest",
      "(detection, unwrapping, Local-SBAS) on the driver; the product equals bin/dlinsar's.",
      "  --master URL  Spark master (default: spark-submit's, else local[*,4])",
      "  --tile N      core tile size in pixels, 64..16384 (default 1024)",
      "  --version     the version of this build (and its git commit)",
      "An option's value follows it or is joined by '=' (--tile 512 or --tile=512).");
  static final int DEFAULT_TILE = 1024;
  /** Spark's error class when the driver's heap is under the 450 MiB it needs to start. */
  private static final String TOO_SMALL_A_DRIVER = "[INVALID_DRIVER_MEMORY]";
  /** Spark's own advice names spark-submit's option; this launcher takes the JVM's. */
  private static final String LARGER_DRIVER = "bin/dlinsar-spark: give its JVM more heap, e.g. JAVA_OPTS=-Xmx1g";

  private DlinsarSpark() {
  }

  public static void main(String[] args) {
    String refusal = SupportedJava.refusal(List.of(args));
    if (refusal != null) {
      System.err.println("dlinsar-spark: " + refusal);
      System.exit(1);
    }
    JobsStopFirst jobs = new JobsStopFirst(System.err);
    // in this order: no network runs when its jobs are cancelled, the driver has left the run
    // before the files beside the product are put back
    StopSignals.install(List.of(new NetworksStopFirst(), jobs, new SideFilesFollowTheRun()));
    StopSignals.exit(run(args, System.out, System.err, TaskFault.NONE, jobs, true));
  }

  /**
   * Runs with {@code args}; returns the exit status: 0 done, 1 failed (a graph bin/dlinsar refuses
   * too: a missing input, an output over it, a parameter's value), 2 usage or a graph only this
   * runner cannot run ({@link NotForSpark}).
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, TaskFault.NONE);
  }

  static int run(String[] args, PrintStream out, PrintStream err, TaskFault fault) {
    return run(args, out, err, fault, new JobsStopFirst(err), false);
  }

  /** {@code exits}: the JVM exits once it returns (main), so a failure's roll-back is final, as a stop's. */
  private static int run(String[] args, PrintStream out, PrintStream err, TaskFault fault, JobsStopFirst jobs,
      boolean exits) {
    HadoopThreadStatistics.off();
    // the output is this run's from its check to the end, and takes the old product's side files away
    RunTargets.open(new SideFilesFollowTheRun());
    int status = 1;
    try {
      status = runHoldingTargets(args, out, err, fault, jobs, exits);
      return status;
    } finally {
      if (exits) {
        // a local-mode task or driver step may still write until the JVM exits: no product placed
        RunTargets.closeForExit(status == 0);
      } else {
        RunTargets.close(status == 0);
      }
      jobs.ended();
    }
  }

  private static int runHoldingTargets(String[] args, PrintStream out, PrintStream err, TaskFault fault,
      JobsStopFirst jobs, boolean exits) {
    if (List.of(args).contains("--version")) {
      out.println("dlinsar-spark " + ModuleProperties.buildVersion());
      return 0;
    }
    Options options;
    try {
      options = options(List.of(args));
    } catch (UsageException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (options == null) {
      out.println(USAGE);
      return 0;
    }
    Path graphFile = options.graph();
    String graphText;
    try {
      // refused as bin/dlinsar refuses it, before Spark's classes load (and log their start-up)
      graphText = TileGraph.text(graphFile);
    } catch (IOException e) {
      err.println("dlinsar-spark: " + e.getMessage());
      return 1;
    }
    String master = options.master();
    int tile = options.tile();
    Map<String, String> variables = options.variables();
    SparkConf conf = new SparkConf().setAppName("dlinsar-spark " + graphFile.getFileName());
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*,4]");
    }
    TileGraph graph;
    try {
      graph = TileGraph.read(graphFile, graphText, variables, ClusterFiles.of(conf), err);
    } catch (IllegalArgumentException e) {
      err.println("dlinsar-spark: " + e.getMessage());
      // the status bin/dlinsar gives the same refusal; 2 only where it would run the graph
      return e instanceof NotForSpark ? 2 : 1;
    }
    // the files written beside the product stay only if the product is written whole
    RunJournal.open();
    try {
      long start = System.nanoTime();
      try (JavaSparkContext spark = new JavaSparkContext(conf)) {
        jobs.jobsOn(spark);
        TileGraphJob.Result result = TileGraphJob.run(spark, graph, tile, fault, jobs);
        out.printf(Locale.ROOT, "dlinsar-spark: wrote %s from %d tiles of %d px (halo %d) and %d step parts on %s"
            + " in %.1f s (frame statistics %.1f s, tiles %.1f s, driver %.1f s of which step parts %.1f s; %s)%n",
            graph.writtenHeader(), result.tiles().size(), tile, graph.halo(), result.stepParts(), conf.get("spark.master"),
            (System.nanoTime() - start) / 1e9, result.thresholdSeconds(), result.tileSeconds(), result.writeSeconds(),
            result.stepPartSeconds(), graph.describe());
      }
      RunJournal.keep();
      return 0;
    } catch (Exception | OutOfMemoryError e) {
      if (exits) {
        // a task in local mode or a driver step may still write until the JVM exits: refused
        RunJournal.stop();
      } else {
        RunJournal.rollBack();
      }
      if (StopSignals.stoppedWith() != 0) {
        // what failed was stopped on purpose: the stop's line, not this failure's
        return StopSignals.stoppedWith();
      }
      err.println("dlinsar-spark: failed: " + (OutOfMemory.isCauseOf(e) ? driverOutOfMemory() : withOurOption(rootMessage(e)))
          + (OpenFileLimit.isCauseOf(e) ? "; on the driver and on every executor, " + OpenFileLimit.remedy() : ""));
      return 1;
    }
  }

  /** What the command line asks for: the graph, its variables, the master (null: the default) and the tile size. */
  record Options(Path graph, Map<String, String> variables, String master, int tile) {}

  /**
   * Reads the command line as {@code bin/dlinsar}'s commands read theirs ({@link CommandOptions}).
   *
   * @return null when it asks for the help
   * @throws UsageException one line naming the option, value or argument at fault
   */
  static Options options(List<String> args) throws UsageException {
    CommandOptions options = CommandOptions.ofProgram("dlinsar-spark", args);
    if (options.help()) {
      return null;
    }
    Map<String, String> variables = new LinkedHashMap<>();
    String master = null;
    int tile = DEFAULT_TILE;
    while (options.next()) {
      String name = options.name();
      switch (name) {
        case "--master" -> master = options.value();
        case "--tile" -> tile = options.integer(64, 16384);
        default -> {
          // a graph variable, -P<var>=<value> as bin/dlinsar takes it
          int eq = name.indexOf('=');
          if (!name.startsWith("-P") || eq <= 2) {
            throw options.unknown();
          }
          variables.put(name.substring(2, eq), name.substring(eq + 1));
        }
      }
    }
    List<String> operands = options.operands(1);
    if (operands.isEmpty()) {
      throw options.usage("give the graph file");
    }
    // a graph file that is not there is refused as bin/dlinsar refuses it (exit 1), not as a usage fault
    return new Options(Path.of(operands.get(0)), variables, master, tile);
  }

  /** Spark's refusal of a driver heap too small to start, with the option of this launcher. */
  static String withOurOption(String message) {
    return message.contains(TOO_SMALL_A_DRIVER) ? message.strip().replaceFirst("\\.$", "") + "; " + LARGER_DRIVER : message;
  }

  /** The driver's own heap ran out (a driver step, the frame assembled): which heap to raise. */
  static String driverOutOfMemory() {
    long heap = Runtime.getRuntime().maxMemory();
    long gib = OutOfMemory.suggestedGib(heap);
    return "out of memory on the driver: its Java heap is limited to " + OutOfMemory.heapSize(heap)
        + "; give it more with JAVA_OPTS=-Xmx" + gib + "g (spark-submit: --driver-memory " + gib + "g)";
  }

  /**
   * One line: the first line of Spark's message and, beneath it, what the task itself threw, as
   * bin/dlinsar words an error (an exception without a message by its class, a missing file's
   * bare path with what is wrong with it).
   */
  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String first = e.getMessage() == null ? Launcher.oneLine(e) : e.getMessage().lines().findFirst().orElse("");
    int detail = first.indexOf(", most recent failure");
    String summary = detail > 0 ? first.substring(0, detail) : first;
    String thrown = Launcher.oneLine(cause);
    return cause == e || summary.contains(thrown) ? summary : summary + ": " + thrown;
  }
}
