package org.esa.snap.core.gpf.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.NullProgressMonitor;
import com.bc.ceres.core.ProgressMonitor;

import java.io.File;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.gpf.testops.Disposals;
import org.dlinsar.lite.graph.FailingCopyOp;
import org.esa.snap.core.gpf.GPF;
import org.dlinsar.lite.graph.TestProducts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphProcessorTest {

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
          <parameters><file>${output}</file><formatName>BEAM-DIMAP</formatName></parameters>
        </node>
      </graph>
      """;

  private static Graph graph(String xml, Map<String, String> variables) throws GraphException {
    return GraphIO.read(new StringReader(xml), variables);
  }

  /**
   * Runs a graph whose second node's initialize() throws an IllegalArgumentException ("band 'coh'
   * is missing"); returns the GraphException it fails with.
   */
  private static GraphException failInInitialize(File dir, ProgressMonitor pm) throws Exception {
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    String xml = """
        <graph id="fails">
          <version>1.0</version>
          <node id="read">
            <operator>Read</operator>
            <parameters><file>${input}</file></parameters>
          </node>
          <node id="copy">
            <operator>Test-FailingCopy</operator>
            <sources><sourceProduct refid="read"/></sources>
            <parameters><initFailure>band 'coh' is missing</initFailure></parameters>
          </node>
        </graph>
        """;
    try {
      return assertThrows(GraphException.class,
          () -> new GraphProcessor().executeGraph(graph(xml, Map.of("input", input.getPath())), pm));
    } finally {
      // GPFTest lists the registered aliases: leave them as they were
      var registry = GPF.getDefaultInstance().getOperatorSpiRegistry();
      registry.removeOperatorSpi(registry.getOperatorSpi(FailingCopyOp.ALIAS));
    }
  }

  @Test
  void anOperatorsOtherExceptionFromInitializeIsNamedByItsNodeAsItWasThrown(@TempDir File dir) throws Exception {
    GraphException e = failInInitialize(dir, ProgressMonitor.NULL);

    assertEquals("Node 'copy' (Test-FailingCopy): band 'coh' is missing", e.getMessage());
    assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
  }

  @Test
  void theTaskBeginsBeforeTheOperatorsAreInitialisedAsSnapsGraphProcessorDoes(@TempDir File dir)
      throws Exception {
    // SNAP's executeGraph(Graph, pm) begins "Executing processing graph" before it builds the
    // GraphContext, which initialises the operators; gpt's elapsed time includes them
    List<String> calls = new ArrayList<>();
    ProgressMonitor pm = new NullProgressMonitor() {
      @Override
      public void beginTask(String taskName, int totalWork) {
        calls.add("begin " + taskName);
      }

      @Override
      public void done() {
        calls.add("done");
      }
    };

    failInInitialize(dir, pm);

    assertEquals(List.of("begin Executing processing graph", "done"), calls);
  }

  @Test
  void copiesProductThroughReadAndWriteWithIdenticalBandData(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    new GraphProcessor().executeGraph(
        graph(COPY, Map.of("input", input.getPath(), "output", output.getPath())), ProgressMonitor.NULL);

    assertTrue(output.isFile());
    assertArrayEquals(TestProducts.bandNames(input), TestProducts.bandNames(output));
    for (String band : TestProducts.bandNames(input)) {
      assertArrayEquals(TestProducts.pixels(input, band), TestProducts.pixels(output, band), 0f, band);
    }
  }

  @Test
  void writesThroughSourceNamedByWriteAlias(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    String xml = COPY.replace("<sourceProduct refid=\"read\"/>", "<source>read</source>");

    new GraphProcessor().executeGraph(
        graph(xml, Map.of("input", input.getPath(), "output", output.getPath())), ProgressMonitor.NULL);

    assertArrayEquals(TestProducts.pixels(input, "phase"), TestProducts.pixels(output, "phase"), 0f);
  }

  /**
   * gpt's Write with -Poutput=x.DIM writes x.DIM.dim and x.DIM.data: SNAP's DIMAP writer appends
   * .dim unless the name ends in it, in that case (FileUtils.ensureExtension); x. gives x.dim.
   */
  @Test
  void writesTheFilesSnapsDimapWriterNamesForAnUpperCaseExtensionOrATrailingDot(@TempDir File dir)
      throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));

    for (String output : List.of("x.DIM", "y.")) {
      new GraphProcessor().executeGraph(graph(COPY, Map.of("input", input.getPath(),
          "output", new File(dir, output).getPath())), ProgressMonitor.NULL);
    }

    assertTrue(new File(dir, "x.DIM.dim").isFile() && new File(dir, "x.DIM.data").isDirectory());
    assertTrue(new File(dir, "y.dim").isFile() && new File(dir, "y.data").isDirectory());
    assertFalse(new File(dir, "x.dim").exists() || new File(dir, "x.data").exists()
        || new File(dir, "y..dim").exists() || new File(dir, "y..data").exists());
    assertArrayEquals(TestProducts.pixels(input, "phase"), TestProducts.pixels(new File(dir, "x.DIM.dim"), "phase"), 0f);
  }

  @Test
  void resolvesSourceNodesOfTheGraph(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    Graph graph = graph(COPY, Map.of("input", input.getPath(), "output", new File(dir, "o.dim").getPath()));

    new GraphProcessor().executeGraph(graph, ProgressMonitor.NULL);

    assertSame(graph.getNode("read"), graph.getNode("write").getSource(0).getSourceNode());
  }

  @Test
  void rejectsUnknownOperatorNamingNodeAndOperator(@TempDir File dir) throws Exception {
    String xml = COPY.replace("<operator>Write</operator>", "<operator>No-Such-Op</operator>");
    File input = TestProducts.write(new File(dir, "in.dim"));

    GraphException e = assertThrows(GraphException.class, () -> new GraphProcessor().executeGraph(
        graph(xml, Map.of("input", input.getPath(), "output", "x.dim")), ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("'write'") && e.getMessage().contains("No-Such-Op"), e.getMessage());
  }

  @Test
  void rejectsUnknownSourceNodeNamingIt() {
    String xml = COPY.replace("refid=\"read\"", "refid=\"reed\"");

    GraphException e = assertThrows(GraphException.class,
        () -> new GraphProcessor().executeGraph(graph(xml, Map.of()), ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("'reed'") && e.getMessage().contains("'write'"), e.getMessage());
  }

  @Test
  void rejectsCycleNamingItsNodes() {
    String xml = """
        <graph id="loop"><version>1.0</version>
          <node id="a"><operator>Write</operator><sources><source refid="b"/></sources></node>
          <node id="b"><operator>Write</operator><sources><source refid="a"/></sources></node>
        </graph>""";

    GraphException e = assertThrows(GraphException.class,
        () -> new GraphProcessor().executeGraph(graph(xml, null), ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("'a' -> 'b' -> 'a'"), e.getMessage());
  }

  /**
   * As SNAP: OperatorContext.injectConfiguration converts a node's {@code <parameters>} with
   * DefaultDomConverter.convertDomToValue, which throws "Unknown element" for a child that names
   * no parameter, so the graph fails (unlike GPF.createProduct's map, which ignores the name).
   */
  @Test
  void rejectsUnknownParameterNamingNodeAndParameter(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    String xml = COPY.replace("<formatName>", "<formatname>").replace("</formatName>", "</formatname>");
    File output = new File(dir, "out.dim");

    GraphException e = assertThrows(GraphException.class, () -> new GraphProcessor().executeGraph(
        graph(xml, Map.of("input", input.getPath(), "output", output.getPath())), ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("'write'") && e.getMessage().contains("'formatname'"), e.getMessage());
    assertFalse(output.exists());
  }

  /**
   * SNAP's GraphContext.createOperatorConfiguration takes a {@code <parameters>} child with a
   * refid attribute as a reference ({@code node.property}: the other node's target property;
   * otherwise an entry of the graph's parameter context), set after the node's other parameters.
   * The headless launcher does not resolve references; it must not run the operator's default
   * instead, as it did (the Write below wrote BEAM-DIMAP, exit 0).
   */
  @Test
  void refusesAParameterReferenceNamingNodeParameterAndReference(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    String xml = COPY.replace("<formatName>BEAM-DIMAP</formatName>", "<formatName refid=\"read.formatName\"/>");
    File output = new File(dir, "out.dim");

    GraphException e = assertThrows(GraphException.class, () -> new GraphProcessor().executeGraph(
        graph(xml, Map.of("input", input.getPath(), "output", output.getPath())), ProgressMonitor.NULL));

    assertTrue(e.getMessage().startsWith("Node 'write' (Write): Parameter 'formatName' of operator Write"
        + " refers to 'read.formatName' (refid)"), e.getMessage());
    assertTrue(e.getMessage().contains("parameter references are not supported by the headless launcher"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(output.exists());
  }

  @Test
  void reportsMissingInputNamingNodeAndFileWithoutWritingTarget(@TempDir File dir) {
    File output = new File(dir, "out.dim");
    File missing = new File(dir, "missing.dim");

    GraphException e = assertThrows(GraphException.class, () -> new GraphProcessor().executeGraph(
        graph(COPY, Map.of("input", missing.getPath(), "output", output.getPath())), ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("'read'") && e.getMessage().contains(missing.getPath()), e.getMessage());
    assertFalse(output.exists());
    assertFalse(TestProducts.dataFolder(output).exists());
  }

  @Test
  void rejectsTwoSourcesUnderOneNameNamingBoth(@TempDir File dir) throws Exception {
    // SNAP keys a node's sources by element name and then fails ("Source product not found"):
    // the stand-in fails too, before reading anything, and says how to name them
    File input = TestProducts.write(new File(dir, "a.dim"));
    File output = new File(dir, "pool.dim");
    String xml = """
        <graph id="pool"><version>1.0</version>
          <node id="a"><operator>Read</operator><parameters><file>${input}</file></parameters></node>
          <node id="b"><operator>Read</operator><parameters><file>${input}</file></parameters></node>
          <node id="pool"><operator>Test-Pool</operator>
            <sources><sourceProduct refid="a"/><sourceProduct refid="b"/></sources></node>
          <node id="write"><operator>Write</operator><sources><sourceProduct refid="pool"/></sources>
            <parameters><file>${output}</file></parameters></node>
        </graph>""";

    GraphException e = assertThrows(GraphException.class, () -> new GraphProcessor().executeGraph(
        graph(xml, Map.of("input", input.getPath(), "output", output.getPath())), ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("'pool'") && e.getMessage().contains("'a' and 'b'")
        && e.getMessage().contains("sourceProduct.2"), e.getMessage());
    assertFalse(output.exists());
  }

  /**
   * As SNAP's GraphContext.dispose (last-initialised node first, each NodeContext disposing its
   * OperatorContext: the target product, its images, then operator.dispose(), snap-gpf 14.x
   * internal/OperatorContext.java:480-497): every operator's dispose() runs once, after its target
   * product was disposed. The stand-in called operator.dispose() before disposing the product.
   */
  @Test
  void disposesEachNodeLastInitialisedFirstTheOperatorsDisposeAfterItsProduct(@TempDir File dir) throws Exception {
    File output = new File(dir, "mean.dim");
    String xml = """
        <graph id="mean"><version>1.0</version>
          <node id="ramp"><operator>Test-Ramp</operator></node>
          <node id="mean"><operator>Test-BoxMean</operator><sources><sourceProduct refid="ramp"/></sources></node>
          <node id="write"><operator>Write</operator><sources><sourceProduct refid="mean"/></sources>
            <parameters><file>${output}</file></parameters></node>
        </graph>""";
    Disposals.clear();

    new GraphProcessor().executeGraph(graph(xml, Map.of("output", output.getPath())), ProgressMonitor.NULL);

    assertTrue(output.isFile());
    assertEquals(List.of("Test-BoxMean:target disposed", "Test-Ramp:target disposed"), Disposals.seen());
  }
}
