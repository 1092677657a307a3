package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dlinsar.lite.cli.Launcher;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.Node;
import org.esa.snap.core.gpf.graph.NodeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graphs in graphs/ parse as gpt graphs, and those of DL-InSAR's own stages run headless. */
class ShippedGraphsTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path GRAPHS = ROOT.resolve("graphs");
  private static final Path LANDSLIDES = ROOT.resolve("test-products/landslides-256.dim");

  @Test
  void everyGraphParsesAndItsSourcesNameNodesOfTheGraph() throws Exception {
    List<Path> graphs;
    try (Stream<Path> files = Files.list(GRAPHS)) {
      graphs = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
    assertTrue(graphs.size() >= 4, "graphs found: " + graphs);
    for (Path file : graphs) {
      Graph graph;
      try (Reader reader = Files.newBufferedReader(file)) {
        graph = GraphIO.read(reader, Map.of("input", "in.dim", "output", "out.dim"));
      }
      Set<String> ids = new HashSet<>();
      for (Node node : graph.getNodes()) {
        ids.add(node.getId());
      }
      for (Node node : graph.getNodes()) {
        for (NodeSource source : node.getSources()) {
          assertTrue(ids.contains(source.getSourceNodeId()),
              file.getFileName() + ": node " + node.getId() + " reads missing node " + source.getSourceNodeId());
        }
      }
    }
  }

  @Test
  void gradientStackGraphAddsMasksAndTheGradientStackToATestProduct(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("grad.dim");

    launch(GRAPHS.resolve("gradient-stack.xml").toString(), "-Pinput=" + LANDSLIDES, "-Poutput=" + output);

    Product product = ProductIO.readProduct(output.toFile());
    assertNotNull(product.getBand("grad_az"));
    assertNotNull(product.getBand("grad_rg"));
    assertNotNull(product.getBand("grad_count"));
    assertNotNull(product.getBand("mask_ifg_VV_04Jan2021_16Jan2021"));
    assertNotNull(product.getBand("i_ifg_VV_04Jan2021_16Jan2021"), "source bands are carried through");
    product.dispose();
  }

  @Test
  void maskGraphWritesOneMaskPerInterferogram(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("mask.dim");

    launch(GRAPHS.resolve("mask.xml").toString(), "-Pinput=" + LANDSLIDES, "-Poutput=" + output);

    Product product = ProductIO.readProduct(output.toFile());
    long masks = Stream.of(product.getBandNames()).filter(n -> n.startsWith("mask_ifg_")).count();
    long interferograms = Stream.of(product.getBandNames()).filter(n -> n.startsWith("i_ifg_")).count();
    assertEquals(interferograms, masks);
    assertTrue(masks >= 10, "masks: " + masks);
    product.dispose();
  }

  /** Runs the launcher; fails showing its output when the exit status is not 0. */
  private static void launch(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
    int status = Launcher.run(args, quiet, quiet);
    assertEquals(0, status, sink.toString(StandardCharsets.UTF_8));
  }
}
