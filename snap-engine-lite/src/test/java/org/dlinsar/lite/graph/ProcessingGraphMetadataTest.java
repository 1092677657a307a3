package org.dlinsar.lite.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.io.StringReader;
import java.util.Map;
import org.dlinsar.lite.ModuleProperties;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.GraphProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GPF records every operator in its target's {@code metadata/Processing_Graph}, as SNAP's
 * {@code OperatorContext.initGraphMetadata}/{@code convertOperatorContextToMetadata} do
 * (snap-engine 14.x, snap-gpf {@code internal/OperatorContext.java}): elements {@code node.<n>} with
 * attributes id, operator, purpose/authors/version/copyright when set, processingTime, a
 * {@code sources} element (file URI, else the id of the operator that made the source, else
 * "product:" and its name) and a {@code parameters} element.
 */
class ProcessingGraphMetadataTest {

  private static final String BOX_MEAN = """
      <graph id="mean">
        <version>1.0</version>
        <node id="read">
          <operator>Read</operator>
          <parameters><file>${input}</file></parameters>
        </node>
        <node id="mean">
          <operator>Test-BoxMean</operator>
          <sources><sourceProduct refid="read"/></sources>
          <parameters><bandName>phase</bandName></parameters>
        </node>
        <node id="write">
          <operator>Write</operator>
          <sources><sourceProduct refid="mean"/></sources>
          <parameters><file>${output}</file></parameters>
        </node>
      </graph>
      """;

  @Test
  void aWrittenGraphTargetRecordsEachOperatorWithItsSourcesAndParameters(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    new GraphProcessor().executeGraph(GraphIO.read(new StringReader(BOX_MEAN),
        Map.of("input", input.getPath(), "output", output.getPath())), ProgressMonitor.NULL);

    Product written = ProductIO.readProduct(output);
    MetadataElement graph = written.getMetadataRoot().getElement("Processing_Graph");
    assertNotNull(graph, "Processing_Graph");
    assertArrayEquals(new String[] {"node.0", "node.1"}, graph.getElementNames());

    MetadataElement mean = graph.getElement("node.0");
    assertEquals("Test-BoxMean", mean.getAttributeString("operator"));
    // gpt gives a graph node's operator the node's id
    assertEquals("mean", mean.getAttributeString("id"));
    assertTrue(mean.getAttributeString("processingTime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    assertEquals(input.getCanonicalFile().toURI().toASCIIString(),
        new File(java.net.URI.create(mean.getElement("sources").getAttributeString("sourceProduct"))).getCanonicalFile()
            .toURI().toASCIIString());
    assertEquals("phase", mean.getElement("parameters").getAttributeString("bandName"));
    // the test operators' classes are no module's: no module.properties beside them
    assertNull(mean.getAttribute("moduleName"));

    MetadataElement write = graph.getElement("node.1");
    assertEquals("write", write.getAttributeString("id"));
    assertEquals("Write", write.getAttributeString("operator"));
    // SNAP's from the operator's module, here from the engine jar's module.properties
    assertEquals("SNAP Engine lite (headless stand-in)", write.getAttributeString("moduleName"));
    assertEquals(ModuleProperties.buildVersion(), write.getAttributeString("moduleVersion"));
    assertEquals("Writes a data product to a file.", write.getAttributeString("purpose"));
    assertEquals(mean.getAttributeString("id"), write.getElement("sources").getAttributeString("sourceProduct"));
    assertEquals(output.getPath(), write.getElement("parameters").getAttributeString("file"));
    assertEquals("BEAM-DIMAP", write.getElement("parameters").getAttributeString("formatName"));
    written.dispose();
  }

  @Test
  void anUpstreamOperatorWithoutFileIsAddedAfterTheOperatorAndSourcesInMemoryAreNamed() {
    Product scene = new Product("scene", "T", 4, 3);
    scene.addBand("phase", org.esa.snap.core.datamodel.ProductData.TYPE_FLOAT32);
    Product mean = GPF.createProduct("Test-BoxMean", Map.of("bandName", "phase"), scene);
    Product meanOfMean = GPF.createProduct("Test-BoxMean", Map.of("bandName", "mean"), mean);

    MetadataElement graph = meanOfMean.getMetadataRoot().getElement("Processing_Graph");
    // SNAP adds the operator's node first, then those of its sources that operators made
    String second = graph.getElement("node.0").getElement("sources").getAttributeString("sourceProduct");
    assertEquals(graph.getElement("node.1").getAttributeString("id"), second);
    assertEquals("product:scene", graph.getElement("node.1").getElement("sources").getAttributeString("sourceProduct"));
    assertEquals("product:scene",
        mean.getMetadataRoot().getElement("Processing_Graph").getElement("node.0").getElement("sources")
            .getAttributeString("sourceProduct"));
  }

  private static final String COPY = """
      <graph id="copy">
        <version>1.0</version>
        <node id="read">
          <operator>Read</operator>
          <parameters><file>${input}</file></parameters>
        </node>
        <node id="write">
          <operator>Write</operator>
          <sources><sourceProduct refid="read"/></sources>
          <parameters><file>${output}</file></parameters>
        </node>
      </graph>
      """;

  @Test
  void aGraphRunAgainOnItsOwnOutputRecordsItsNodesAgainBesideTheInheritedOnesOfTheSameIds(@TempDir File dir)
      throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File first = new File(dir, "first.dim");
    File second = new File(dir, "second.dim");
    copy(input, first);
    copy(first, second);

    Product written = ProductIO.readProduct(second);
    MetadataElement graph = written.getMetadataRoot().getElement("Processing_Graph");
    assertArrayEquals(new String[] {"node.0", "node.1", "node.2", "node.3"}, graph.getElementNames());
    String[] ids = new String[4];
    for (int n = 0; n < 4; n++) {
      ids[n] = graph.getElement("node." + n).getAttributeString("id");
    }
    assertArrayEquals(new String[] {"read", "write", "read", "write"}, ids);
    assertEquals(input.getPath(), graph.getElement("node.0").getElement("parameters").getAttributeString("file"));
    assertEquals(first.getPath(), graph.getElement("node.1").getElement("parameters").getAttributeString("file"));
    assertEquals(first.getPath(), graph.getElement("node.2").getElement("parameters").getAttributeString("file"));
    assertEquals(second.getPath(), graph.getElement("node.3").getElement("parameters").getAttributeString("file"));
    written.dispose();
  }

  private static void copy(File input, File output) throws Exception {
    new GraphProcessor().executeGraph(GraphIO.read(new StringReader(COPY),
        Map.of("input", input.getPath(), "output", output.getPath())), ProgressMonitor.NULL);
  }

  @Test
  void anInheritedNodeWithTheOperatorsOwnIdDoesNotHideTheOperatorsNode() {
    Operator select = GPF.getDefaultInstance().createOperator("BandSelect", Map.of(), Map.of("source", scene()), null);
    // a history written by another run whose operator happened to get the same id
    MetadataElement inherited = new MetadataElement("node.0");
    inherited.setAttributeString("id", select.getId());
    inherited.setAttributeString("operator", "BandSelect");
    inherited.setAttributeString("processingTime", "2020-01-01T00:00:00.000Z");
    MetadataElement history = new MetadataElement("Processing_Graph");
    history.addElement(inherited);
    select.getSourceProducts()[0].getMetadataRoot().addElement(history);

    MetadataElement graph = select.getTargetProduct().getMetadataRoot().getElement("Processing_Graph");

    assertArrayEquals(new String[] {"node.0", "node.1"}, graph.getElementNames());
    assertEquals(select.getId(), graph.getElement("node.1").getAttributeString("id"));
    assertEquals("product:scene", graph.getElement("node.1").getElement("sources").getAttributeString("source"));
  }

  @Test
  void operatorIdsAreTheAliasAndTheTimeInHexAsSnapsAndDifferWithinARun() {
    long before = System.currentTimeMillis();
    String first = GPF.getDefaultInstance().createOperator("Test-BoxMean", Map.of(), Map.of(), null).getId();
    String second = GPF.getDefaultInstance().createOperator("Test-BoxMean", Map.of(), Map.of(), null).getId();

    // a counter from 1 gave the same ids again in the next run, which then hid its nodes
    assertTrue(first.matches("Test-BoxMean\\$[0-9A-F]+"), first);
    assertTrue(Long.parseLong(first.substring(first.indexOf('$') + 1), 16) >= before, first);
    assertNotEquals(first, second);
  }

  private static Product scene() {
    Product scene = new Product("scene", "T", 4, 3);
    scene.addBand("phase", org.esa.snap.core.datamodel.ProductData.TYPE_FLOAT32);
    return scene;
  }
}
