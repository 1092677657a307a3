package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bc.ceres.core.SubProgressMonitor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressMonitorTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AtomicLong nanos = new AtomicLong();
  private final ConsoleProgressMonitor pm =
      new ConsoleProgressMonitor(new PrintStream(bytes, true, StandardCharsets.UTF_8), nanos::get, false);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void printsTaskNameEveryTenthAndElapsedTime() {
    pm.beginTask("Writing product", 20);
    for (int i = 0; i < 20; i++) {
      pm.worked(1);
    }
    nanos.set(2_500_000_000L);
    pm.done();

    List<String> lines = lines();
    assertEquals("Writing product...", lines.get(0));
    assertEquals("Writing product: 10%", lines.get(1));
    assertEquals("Writing product: 100%", lines.get(10));
    assertEquals("Writing product: done in 2.5 s", lines.get(11));
    assertEquals(12, lines.size());
  }

  @Test
  void printsSkippedStepsWhenWorkComesInLargeAmounts() {
    pm.beginTask("Graph", 100);
    pm.worked(35);

    assertEquals(List.of("Graph...", "Graph: 10%", "Graph: 20%", "Graph: 30%"), lines());
  }

  @Test
  void countsSubMonitorWorkTowardsTheOuterTask() {
    pm.beginTask("Graph", 200);
    var sub = new SubProgressMonitor(pm, 100);
    sub.beginTask("Writing", 4);
    sub.worked(4);
    sub.done();

    assertEquals("Graph: 50%", lines().get(lines().size() - 1));
  }

  @Test
  void endsTaskStoppedEarlyWithoutDoneLine() {
    pm.beginTask("Writing product", 10);
    pm.worked(5);
    pm.done();

    assertEquals("Writing product: 50%", lines().get(lines().size() - 1));
  }

  @Test
  void aGraphsTaskEndedBeforeAnyWorkPrintsNothing() {
    // a graph refused while its operators are set up: its error is the run's one line
    ConsoleProgressMonitor graph = graphMonitor();
    graph.beginTask("Executing processing graph", 100);
    graph.done();

    assertEquals(List.of(), lines());
  }

  @Test
  void aGraphsTaskIsNamedWithItsFirstWorkAndTimedFromItsBeginning() {
    // the graph's task begins before its operators are initialised, which takes time of its own
    ConsoleProgressMonitor graph = graphMonitor();
    graph.beginTask("Executing processing graph", 10);
    nanos.set(2_000_000_000L);
    assertEquals(List.of(), lines());
    graph.worked(10);
    nanos.set(3_000_000_000L);
    graph.done();

    List<String> lines = lines();
    assertEquals("Executing processing graph...", lines.get(0));
    assertEquals("Executing processing graph: done in 3.0 s", lines.get(lines.size() - 1));
  }

  @Test
  void anOperatorsTaskIsNamedAsItBegins() {
    // "Writing mask..." says the write began while the first tiles (a network's) still compute
    pm.beginTask("Writing mask", 10);

    assertEquals(List.of("Writing mask..."), lines());
  }

  private ConsoleProgressMonitor graphMonitor() {
    return new ConsoleProgressMonitor(new PrintStream(bytes, true, StandardCharsets.UTF_8), nanos::get, true);
  }

  @Test
  void writesElapsedTimeInMinutesPastOneMinute() {
    assertEquals("2 min 5.0 s", ConsoleProgressMonitor.elapsed(125.0));
  }
}
