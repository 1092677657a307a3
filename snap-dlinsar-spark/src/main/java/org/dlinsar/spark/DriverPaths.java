package org.dlinsar.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The files a graph names, as the driver finds them: a task runs in its executor's working folder
 * (a YARN container's, a standalone worker's), where a relative path names another file or none,
 * so local paths go to the tasks absolute, resolved where bin/dlinsar-spark was started, as
 * bin/dlinsar resolves them. The product's Processing_Graph still records them as the graph gives
 * them.
 */
final class DriverPaths {

  /** The DL-InSAR operators' parameters that name a file (models, detections, time series). */
  static final Set<String> FILE_PARAMETERS = Set.of("modelFile", "detectionsFile", "timeSeriesFile");

  private DriverPaths() {}

  /** {@code location} absolute where it is a local path; a URI as it is. */
  static String absolute(String location) {
    return ClusterFiles.remote(location) != null ? location
        : ClusterFiles.localFile(location).getAbsolutePath();
  }

  /**
   * {@code parameters} with the file parameters' local paths absolute; a value that is the graph's
   * output is left as it is (the driver gives such a parameter the file it writes).
   *
   * @throws IllegalArgumentException for a file parameter naming another file system than the
   *     output's: the operators read and write such files on this machine's
   */
  static Map<String, String> absolute(Map<String, String> parameters, String output,
      String node) {
    Map<String, String> resolved = new LinkedHashMap<>(parameters);
    resolved.replaceAll((name, value) -> {
      if (!FILE_PARAMETERS.contains(name) || value.equals(output)) {
        return value;
      }
      if (ClusterFiles.remote(value) != null) {
        throw new IllegalArgumentException(node + ": " + name + " " + value + " is a URI;"
            + " bin/dlinsar-spark reads and writes a stage's files on the driver's file system"
            + " (a local path), or, where the parameter is the graph's output (${output}), beside"
            + " the output wherever that is");
      }
      return absolute(value);
    });
    return resolved;
  }
}
