package org.dlinsar.cli;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlinsar.files.RunJournal;
import org.dlinsar.lite.OperatorTimes;
import org.dlinsar.report.StageTiming;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.GraphException;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.GraphProcessor;

/**
 * {@code graphs/detection-first.xml}, bundled in this jar, run as gpt runs it with -Pinput -Poutput,
 * timed: wall and CPU time of the run and each operator's own CPU time ({@link OperatorTimes}).
 */
final class ChainGraph {

  static final String RESOURCE = "graphs/detection-first.xml";

  private ChainGraph() {}

  /**
   * @param wallSeconds the run, read to written product
   * @param cpuSeconds CPU of all the process's threads meanwhile
   * @param operatorSeconds each operator's CPU in its own tiles and initialisation, by alias
   */
  record Run(double wallSeconds, double cpuSeconds, Map<String, Double> operatorSeconds) {

    /** The rows of the reports' timing table. */
    List<StageTiming> timings() {
      List<StageTiming> timings = new ArrayList<>();
      timings.add(new StageTiming("graphs/detection-first.xml, read to written product (wall)", wallSeconds));
      timings.add(new StageTiming("  the same, CPU of all threads", cpuSeconds));
      double booked = 0;
      for (Map.Entry<String, Double> stage : operatorSeconds.entrySet()) {
        timings.add(new StageTiming("  " + stage.getKey() + ": CPU in its own tiles and initialisation", stage.getValue()));
        booked += stage.getValue();
      }
      timings.add(new StageTiming("  CPU elsewhere: Local-SBAS's patch workers (closure, inversion), GC, JIT",
          Math.max(0, cpuSeconds - booked)));
      return timings;
    }
  }

  static Run run(Path input, Path output, ProgressMonitor pm) throws IOException, GraphException {
    Graph graph = read(input, output);
    OperatorTimes.reset();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    new GraphProcessor().executeGraph(graph, pm);
    // the chain product is in place: its detections and time series stay if the report fails
    RunJournal.keepSoFar();
    return new Run((System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9, OperatorTimes.seconds());
  }

  private static Graph read(Path input, Path output) throws IOException, GraphException {
    Graph graph;
    try (InputStream xml = ChainGraph.class.getResourceAsStream(RESOURCE)) {
      if (xml == null) {
        throw new IOException("The demo's jar lacks " + RESOURCE + " (rebuild with mvn package)");
      }
      try (Reader reader = new InputStreamReader(xml, StandardCharsets.UTF_8)) {
        graph = GraphIO.read(reader, Map.of("input", input.toString(), "output", output.toString()));
      }
    }
    return graph;
  }

  /** CPU time of the whole process, all threads (HotSpot's bean; 0 where unavailable). */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}
