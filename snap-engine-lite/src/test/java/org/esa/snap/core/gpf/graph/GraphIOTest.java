package org.esa.snap.core.gpf.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.binding.dom.DomElement;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphIOTest {

  private static final String CHAIN = """
      <graph id="chain">
        <version>1.0</version>
        <header>
          <target refid="write"/>
          <source name="input" description="the stack">in.dim</source>
        </header>
        <node id="read">
          <operator>Read</operator>
          <sources/>
          <parameters class="com.bc.ceres.binding.dom.XppDomElement">
            <file>${input}</file>
            <sourceBands>a,b</sourceBands>
            <formatName/>
          </parameters>
        </node>
        <node id="mask">
          <operator>Some-Mask</operator>
          <sources>
            <sourceProduct refid="read"/>
            <reference>read</reference>
          </sources>
          <parameters>
            <threshold>$thr</threshold>
            <bands><band>x</band><band>y</band></bands>
          </parameters>
        </node>
        <applicationData id="Presentation">
          <Description/>
          <node id="read"><displayPosition x="37.0" y="6.0"/></node>
        </applicationData>
      </graph>
      """;

  private static Graph read(String xml, Map<String, String> variables) throws GraphException {
    return GraphIO.read(new StringReader(xml), variables);
  }

  @Test
  void readsNodesInOrderWithOperatorsAndSourcesByRefidAndText() throws GraphException {
    Graph graph = read(CHAIN, null);

    assertEquals("chain", graph.getId());
    assertEquals(Graph.CURRENT_VERSION, graph.getVersion());
    assertEquals(2, graph.getNodeCount());
    assertEquals("read", graph.getNode(0).getId());
    assertEquals("Read", graph.getNode("read").getOperatorName());
    NodeSource[] sources = graph.getNode("mask").getSources();
    assertEquals(2, sources.length);
    assertEquals("sourceProduct", sources[0].getName());
    assertEquals("read", sources[0].getSourceNodeId());
    assertEquals("reference", sources[1].getName());
    assertEquals("read", sources[1].getSourceNodeId());
    assertEquals(0, graph.getNode("read").getSources().length);
  }

  @Test
  void keepsParametersAsElementTreeWithEmptyElementsAsNull() throws GraphException {
    Graph graph = read(CHAIN, null);

    DomElement read = graph.getNode("read").getConfiguration();
    assertEquals("parameters", read.getName());
    assertEquals("a,b", read.getChild("sourceBands").getValue());
    assertNull(read.getChild("formatName").getValue());
    DomElement bands = graph.getNode("mask").getConfiguration().getChild("bands");
    assertEquals(2, bands.getChildCount());
    assertEquals("x", bands.getChild(0).getValue());
    assertEquals("y", bands.getChild(1).getValue());
  }

  @Test
  void expandsSourceProductsListIntoNumberedSources() throws GraphException {
    String xml = """
        <graph id="g"><version>1.0</version>
          <node id="merge"><operator>Merge</operator>
            <sources><sourceProducts>r1, r2,r3</sourceProducts></sources></node>
        </graph>""";

    NodeSource[] sources = read(xml, null).getNode("merge").getSources();

    assertArrayEquals(new String[] {"sourceProducts0", "sourceProducts1", "sourceProducts2"},
        Arrays.stream(sources).map(NodeSource::getName).toArray());
    assertArrayEquals(new String[] {"r1", "r2", "r3"},
        Arrays.stream(sources).map(NodeSource::getSourceNodeId).toArray());
  }

  @Test
  void substitutesBracedAndBareVariables() throws GraphException {
    Graph graph = read(CHAIN, Map.of("input", "/data/a&b.dim", "thr", "0.3"));

    assertEquals("/data/a&b.dim", graph.getNode("read").getConfiguration().getChild("file").getValue());
    assertEquals("0.3", graph.getNode("mask").getConfiguration().getChild("threshold").getValue());
  }

  @Test
  void leavesUnknownVariablesVerbatim() throws GraphException {
    Graph graph = read(CHAIN, Map.of("other", "x"));

    assertEquals("${input}", graph.getNode("read").getConfiguration().getChild("file").getValue());
    assertEquals("$thr", graph.getNode("mask").getConfiguration().getChild("threshold").getValue());
  }

  @Test
  void readsBareVariableWithDotsInItsKey() throws GraphException {
    String xml = """
        <graph id="g"><version>1.0</version>
          <node id="n"><operator>Op</operator>
            <sources><sourceProduct>$sourceProduct.1</sourceProduct></sources></node>
        </graph>""";

    Graph graph = read(xml, Map.of("sourceProduct.1", "ReadOp@sourceProduct.1", "sourceProduct", "wrong"));

    assertEquals("ReadOp@sourceProduct.1", graph.getNode("n").getSource(0).getSourceNodeId());
  }

  @Test
  void definesSourceProductsVariableFromNumberedSourceKeys() throws GraphException {
    String xml = """
        <graph id="g"><version>1.0</version>
          <node id="n"><operator>Op</operator>
            <sources><sourceProducts>${sourceProducts}</sourceProducts></sources></node>
        </graph>""";
    Map<String, String> variables = new HashMap<>();
    variables.put("sourceProduct2", "second");
    variables.put("sourceProduct1", "first");

    Graph graph = read(xml, variables);

    assertEquals("first", graph.getNode("n").getSource(0).getSourceNodeId());
    assertEquals("second", graph.getNode("n").getSource(1).getSourceNodeId());
    assertEquals(2, variables.size(), "the caller's map is not modified");
  }

  @Test
  void rejectsWrongVersionNamingIt() {
    GraphException e = assertThrows(GraphException.class,
        () -> read("<graph id=\"g\"><version>2.0</version></graph>", null));

    assertTrue(e.getMessage().startsWith("Wrong version"), e.getMessage());
    assertTrue(e.getMessage().contains("2.0"), e.getMessage());
  }

  @Test
  void rejectsGraphWithoutVersion() {
    GraphException e = assertThrows(GraphException.class, () -> read("<graph id=\"g\"></graph>", null));

    assertTrue(e.getMessage().startsWith("Wrong version"), e.getMessage());
  }

  @Test
  void rejectsMalformedXmlNamingTheLine() {
    GraphException e = assertThrows(GraphException.class,
        () -> read("<graph id=\"g\">\n<version>1.0</version>\n<node id=\"a\">\n</graph>", null));

    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
  }

  @Test
  void rejectsNodeWithoutOperatorNamingIt() {
    GraphException e = assertThrows(GraphException.class,
        () -> read("<graph id=\"g\"><version>1.0</version><node id=\"lonely\"/></graph>", null));

    assertTrue(e.getMessage().contains("'lonely'"), e.getMessage());
  }

  /**
   * gpt reads graph XML with XStream, which refuses an element that is no field of Graph or Node
   * ("No such field ...Node.paramters") and a field given twice ("Duplicate field"). Read leniently,
   * a misspelt {@code <paramters>} ran here on the operator's defaults and failed only in gpt.
   */
  @Test
  void refusesElementsOfGraphAndNodeThatGptRefuses() {
    String misspelt = "<graph id=\"g\"><version>1.0</version><node id=\"mask\"><operator>DL-Mask</operator>"
        + "<paramters><method>OTSU</method></paramters></node></graph>";
    GraphException e = assertThrows(GraphException.class, () -> read(misspelt, null));
    assertTrue(e.getMessage().contains("node 'mask' holds <paramters>"), e.getMessage());
    assertTrue(e.getMessage().contains("<operator>, <parameters>, <sources>"), e.getMessage());

    String twice = "<graph id=\"g\"><version>1.0</version><node id=\"w\"><operator>Write</operator>"
        + "<parameters><file>a.dim</file></parameters><parameters><file>b.dim</file></parameters></node></graph>";
    e = assertThrows(GraphException.class, () -> read(twice, null));
    assertTrue(e.getMessage().contains("node 'w' holds <parameters> twice"), e.getMessage());

    String inGraph = "<graph id=\"g\"><version>1.0</version><description>x</description></graph>";
    e = assertThrows(GraphException.class, () -> read(inGraph, null));
    assertTrue(e.getMessage().contains("graph 'g' holds <description>"), e.getMessage());

    String versions = "<graph id=\"g\"><version>1.0</version><version>1.0</version></graph>";
    e = assertThrows(GraphException.class, () -> read(versions, null));
    assertTrue(e.getMessage().contains("<version> twice"), e.getMessage());
  }

  @Test
  void rejectsDoctypeWithoutReadingTheExternalEntity(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE graph [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<graph id=\"g\"><version>1.0</version>"
        + "<node id=\"n\"><operator>Read</operator><parameters><file>&leak;</file></parameters></node></graph>";

    GraphException e = assertThrows(GraphException.class, () -> read(xml, null));

    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
  }

  @Test
  void writesGraphThatReadsBackUnchanged() throws GraphException {
    Graph graph = read(CHAIN, Map.of("input", "in put.dim", "thr", "0.5"));
    StringWriter xml = new StringWriter();

    GraphIO.write(graph, xml);
    Graph again = GraphIO.read(new StringReader(xml.toString()));

    assertEquals(graph.getId(), again.getId());
    assertEquals(graph.getNodeCount(), again.getNodeCount());
    for (Node node : graph.getNodes()) {
      Node copy = again.getNode(node.getId());
      assertEquals(node.getOperatorName(), copy.getOperatorName());
      assertEquals(node.getSources().length, copy.getSources().length);
      for (int i = 0; i < node.getSources().length; i++) {
        assertEquals(node.getSource(i).getName(), copy.getSource(i).getName());
        assertEquals(node.getSource(i).getSourceNodeId(), copy.getSource(i).getSourceNodeId());
      }
    }
    DomElement parameters = again.getNode("read").getConfiguration();
    assertEquals("in put.dim", parameters.getChild("file").getValue());
    assertNull(parameters.getChild("formatName").getValue());
    assertEquals("y", again.getNode("mask").getConfiguration().getChild("bands").getChild(1).getValue());
  }
}
