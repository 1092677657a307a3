package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A graph's file parameters reach the tasks absolute, as the driver resolves them: a task runs in
 * its executor's working folder, where a relative path names another file.
 */
class DriverPathsTest {

  @Test
  void localFileParametersGoAbsoluteTheOutputAndOtherParametersAsGiven() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("detectionsFile", "results/det.dim");
    given.put("modelFile", "/models/mask.onnx");
    given.put("timeSeriesFile", "out.dim");
    given.put("margin", "16");

    Map<String, String> resolved = DriverPaths.absolute(given, "out.dim", "node 'sbas'");

    assertEquals(new File("results/det.dim").getAbsolutePath(), resolved.get("detectionsFile"));
    assertEquals("/models/mask.onnx", resolved.get("modelFile"));
    assertEquals("out.dim", resolved.get("timeSeriesFile"), "the output: the driver names its own file");
    assertEquals("16", resolved.get("margin"));
    assertEquals(new File("stack.dim").getAbsolutePath(), DriverPaths.absolute("stack.dim"));
    assertEquals("hdfs:///stacks/s.dim", DriverPaths.absolute("hdfs:///stacks/s.dim"));
  }

  @Test
  void aFileParameterOnAnotherFileSystemThanTheOutputIsRefusedNamingIt() {
    // it was written to a local folder named 'hdfs:' under the driver's working folder, exit 0
    String line = assertThrows(IllegalArgumentException.class, () -> DriverPaths.absolute(
        Map.of("detectionsFile", "hdfs:///results/det.dim"), "hdfs:///results/out.dim",
        "node 'detect' (DL-Detect) of graph g.xml")).getMessage();

    assertEquals("node 'detect' (DL-Detect) of graph g.xml: detectionsFile hdfs:///results/det.dim"
        + " is a URI; bin/dlinsar-spark reads and writes a stage's files on the driver's file"
        + " system (a local path), or, where the parameter is the graph's output (${output}),"
        + " beside the output wherever that is", line);
    assertEquals("hdfs:///results/out.dim", DriverPaths.absolute(
        Map.of("detectionsFile", "hdfs:///results/out.dim"), "hdfs:///results/out.dim", "n")
        .get("detectionsFile"));
  }
}
