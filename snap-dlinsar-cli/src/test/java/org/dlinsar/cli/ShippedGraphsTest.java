package org.dlinsar.cli;

import static org.dlinsar.cli.GraphRuns.launch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
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
  private static final Path MINING = ROOT.resolve("test-products/mining-256x192.dim");

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

  /**
   * The gradient-stack graph writes what its stage adds, the SNAP way (a BandSelect node): the three
   * gradient bands with the stack's tie-point grids and metadata, and nothing else in the .data
   * folder; their pixels are those of the same graph writing everything.
   */
  @Test
  void gradientStackGraphWritesOnlyTheGradientBandsWithGeocodingAndMetadata(@TempDir Path dir) throws IOException {
    Path selected = dir.resolve("grad.dim");
    launch(GRAPHS.resolve("gradient-stack.xml").toString(), "-Pinput=" + MINING, "-Poutput=" + selected);
    Path fullGraph = dir.resolve("gradient-stack-full.xml");
    Files.writeString(fullGraph, withoutSelectNode(Files.readString(GRAPHS.resolve("gradient-stack.xml")), "gradient"));
    Path full = dir.resolve("full.dim");
    launch(fullGraph.toString(), "-Pinput=" + MINING, "-Poutput=" + full);

    Product product = ProductIO.readProduct(selected.toFile());
    Product everything = ProductIO.readProduct(full.toFile());
    Product input = ProductIO.readProduct(MINING.toFile());
    try {
      assertArrayEquals(new String[] {"grad_az", "grad_rg", "grad_count", "grad_stderr"}, product.getBandNames());
      for (String band : product.getBandNames()) {
        assertArrayEquals(pixels(everything, band), pixels(product, band), 0f, band);
      }
      assertTrue(everything.getNumBands() > 100, "full carry-through: " + everything.getNumBands() + " bands");
      assertArrayEquals(input.getTiePointGridNames(), product.getTiePointGridNames());
      assertNotNull(product.getSceneGeoCoding());
      GeoPos centre = product.getSceneGeoCoding().getGeoPos(new PixelPos(128.5, 96.5), null);
      assertEquals(input.getSceneGeoCoding().getGeoPos(new PixelPos(128.5, 96.5), null).lat, centre.lat, 1e-9);
      MetadataElement abs = product.getMetadataRoot().getElement("Abstracted_Metadata");
      assertEquals(input.getMetadataRoot().getElement("Abstracted_Metadata").getAttributeDouble("radar_frequency"),
          abs.getAttributeDouble("radar_frequency"));
      MetadataElement graph = product.getMetadataRoot().getElement("Processing_Graph");
      List<String> operators = Stream.of(graph.getElements()).map(n -> n.getAttributeString("operator")).toList();
      // the input's own history first, as SNAP keeps it: the simulator that wrote the stack
      assertEquals(List.of("DL-Simulate-Stack", "Read", "DL-Mask", "Phase-Gradient-Stack", "BandSelect", "Write"),
          operators);
    } finally {
      product.dispose();
      everything.dispose();
      input.dispose();
    }
    Set<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(dir.resolve("grad.data"))) {
      walk.filter(Files::isRegularFile).forEach(f -> files.add(dir.resolve("grad.data").relativize(f).toString()));
    }
    assertEquals(new TreeSet<>(List.of("grad_az.hdr", "grad_az.img", "grad_count.hdr", "grad_count.img",
        "grad_rg.hdr", "grad_rg.img", "grad_stderr.hdr", "grad_stderr.img", "tie_point_grids/latitude.hdr", "tie_point_grids/latitude.img",
        "tie_point_grids/longitude.hdr", "tie_point_grids/longitude.img")), files);
  }

  @Test
  void maskGraphWritesOnlyOneMaskPerInterferogram(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("mask.dim");

    launch(GRAPHS.resolve("mask.xml").toString(), "-Pinput=" + LANDSLIDES, "-Poutput=" + output);

    Product product = ProductIO.readProduct(output.toFile());
    Product input = ProductIO.readProduct(LANDSLIDES.toFile());
    long interferograms = Stream.of(input.getBandNames()).filter(n -> n.startsWith("i_ifg_")).count();
    assertTrue(interferograms >= 10, "interferograms: " + interferograms);
    assertEquals(interferograms, product.getNumBands());
    assertTrue(Stream.of(product.getBandNames()).allMatch(n -> n.startsWith("mask_ifg_")),
        List.of(product.getBandNames()).toString());
    assertArrayEquals(input.getTiePointGridNames(), product.getTiePointGridNames());
    product.dispose();
    input.dispose();
  }

  /** The graph with its BandSelect node removed and Write reading {@code writeSource}: full carry-through. */
  private static String withoutSelectNode(String xml, String writeSource) {
    int start = xml.indexOf("  <node id=\"select\">");
    int end = xml.indexOf("</node>", start) + "</node>".length() + 1;
    return (xml.substring(0, start) + xml.substring(end)).replace("refid=\"select\"", "refid=\"" + writeSource + "\"");
  }

  private static float[] pixels(Product product, String band) throws IOException {
    return GraphRuns.pixels(product.getBand(band));
  }
}
