package org.dlinsar.cli;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.GraphException;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.GraphProcessor;

/** {@code graphs/detection-first.xml}, bundled in this jar, run as gpt runs it with -Pinput -Poutput. */
final class ChainGraph {

  static final String RESOURCE = "graphs/detection-first.xml";

  private ChainGraph() {}

  static void run(Path input, Path output, ProgressMonitor pm) throws IOException, GraphException {
    Graph graph;
    try (InputStream xml = ChainGraph.class.getResourceAsStream(RESOURCE)) {
      if (xml == null) {
        throw new IOException("The demo's jar lacks " + RESOURCE + " (rebuild with mvn package)");
      }
      try (Reader reader = new InputStreamReader(xml, StandardCharsets.UTF_8)) {
        graph = GraphIO.read(reader, Map.of("input", input.toString(), "output", output.toString()));
      }
    }
    new GraphProcessor().executeGraph(graph, pm);
  }
}
