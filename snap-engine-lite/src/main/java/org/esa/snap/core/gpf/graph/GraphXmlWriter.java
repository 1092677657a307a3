package org.esa.snap.core.gpf.graph;

import com.bc.ceres.binding.dom.DomElement;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Graph} as graph XML that {@link GraphXmlReader} and gpt read back unchanged. */
final class GraphXmlWriter {

  private final Writer out;

  private GraphXmlWriter(Writer out) {
    this.out = out;
  }

  static void write(Graph graph, Writer out) throws IOException {
    new GraphXmlWriter(out).graph(graph);
    out.flush();
  }

  private void graph(Graph graph) throws IOException {
    out.write("<graph id=\"" + escape(graph.getId()) + "\">\n");
    out.write("  <version>" + escape(graph.getVersion()) + "</version>\n");
    for (Node node : graph.getNodes()) {
      node(node);
    }
    out.write("</graph>\n");
  }

  private void node(Node node) throws IOException {
    out.write("  <node id=\"" + escape(node.getId()) + "\">\n");
    out.write("    <operator>" + escape(node.getOperatorName()) + "</operator>\n");
    out.write("    <sources>\n");
    for (NodeSource source : node.getSources()) {
      out.write("      <" + source.getName() + " refid=\"" + escape(source.getSourceNodeId()) + "\"/>\n");
    }
    out.write("    </sources>\n");
    DomElement configuration = node.getConfiguration();
    if (configuration == null || configuration.getChildCount() == 0) {
      out.write("    <parameters/>\n");
    } else {
      out.write("    <parameters>\n");
      for (int i = 0; i < configuration.getChildCount(); i++) {
        element(configuration.getChild(i), "      ");
      }
      out.write("    </parameters>\n");
    }
    out.write("  </node>\n");
  }

  private void element(DomElement element, String indent) throws IOException {
    StringBuilder start = new StringBuilder(indent).append('<').append(element.getName());
    String[] attributeNames = element.getAttributeNames();
    if (attributeNames != null) {
      for (String name : attributeNames) {
        start.append(' ').append(name).append("=\"").append(escape(element.getAttribute(name))).append('"');
      }
    }
    out.write(start.toString());
    if (element.getChildCount() > 0) {
      out.write(">\n");
      for (int i = 0; i < element.getChildCount(); i++) {
        element(element.getChild(i), indent + "  ");
      }
      out.write(indent + "</" + element.getName() + ">\n");
    } else if (element.getValue() == null) {
      out.write("/>\n");
    } else {
      out.write(">" + escape(element.getValue()) + "</" + element.getName() + ">\n");
    }
  }

  private static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
