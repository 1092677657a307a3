package org.esa.snap.core.gpf.graph;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import com.bc.ceres.binding.dom.DefaultDomElement;
import com.bc.ceres.binding.dom.DomElement;
import org.dlinsar.lite.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns graph XML text into a {@link Graph}. DOCTYPE declarations are refused outright, so no
 * external entity or DTD is ever fetched; {@code <header>} and {@code <applicationData>} are
 * skipped (they carry documentation and Graph Builder layout only). Any other element of
 * {@code <graph>} or {@code <node>}, or one of theirs given twice, is refused as gpt refuses it
 * (its XStream reader: "No such field", "Duplicate field"), so that a misspelt
 * {@code <paramters>} cannot run here on the defaults and fail only in gpt.
 */
final class GraphXmlReader {

  private static final String SOURCE_PRODUCTS = "sourceProducts";

  /** The children gpt reads in {@code <graph>}; those marked true may repeat. */
  private static final Map<String, Boolean> GRAPH_CHILDREN =
      Map.of("version", false, "header", false, "node", true, "applicationData", true);
  /** The children gpt reads in {@code <node>}, each at most once. */
  private static final Map<String, Boolean> NODE_CHILDREN =
      Map.of("operator", false, "sources", false, "parameters", false);

  private GraphXmlReader() {}

  /** @param xml graph XML with variables already substituted */
  static Graph parse(String xml) throws GraphException {
    Element root = parseDocument(xml).getDocumentElement();
    if (!"graph".equals(root.getTagName())) {
      throw new GraphException(
          "Malformed graph XML: the root element is <" + root.getTagName() + ">, expected <graph>");
    }
    Graph graph = new Graph(root.getAttribute("id"));
    checkChildren(root, GRAPH_CHILDREN, "graph '" + graph.getId() + "'");
    List<Element> versions = children(root, "version");
    if (versions.isEmpty()) {
      throw new GraphException("Wrong version: graph '" + graph.getId() + "' has no <version>, expected "
          + Graph.CURRENT_VERSION);
    }
    String version = versions.get(0).getTextContent().trim();
    if (!Graph.CURRENT_VERSION.equals(version)) {
      throw new GraphException("Wrong version '" + version + "' of graph '" + graph.getId()
          + "', expected " + Graph.CURRENT_VERSION);
    }
    graph.setVersion(version);
    for (Element nodeElement : children(root, "node")) {
      Node node = parseNode(nodeElement);
      if (graph.getNode(node.getId()) != null) {
        throw new GraphException("Malformed graph XML: two nodes have the id '" + node.getId() + "'");
      }
      graph.addNode(node);
    }
    return graph;
  }

  private static Node parseNode(Element nodeElement) throws GraphException {
    String id = nodeElement.getAttribute("id").trim();
    if (id.isEmpty()) {
      throw new GraphException("Malformed graph XML: a <node> has no id attribute");
    }
    checkChildren(nodeElement, NODE_CHILDREN, "node '" + id + "'");
    List<Element> operators = children(nodeElement, "operator");
    String operatorName = operators.isEmpty() ? "" : operators.get(0).getTextContent().trim();
    if (operatorName.isEmpty()) {
      throw new GraphException("Malformed graph XML: node '" + id + "' has no <operator>");
    }
    Node node = new Node(id, operatorName);
    for (Element sources : children(nodeElement, "sources")) {
      addSources(node, sources);
    }
    DomElement configuration = new DefaultDomElement("parameters");
    for (Element parameters : children(nodeElement, "parameters")) {
      for (Element parameter : children(parameters, null)) {
        configuration.addChild(toDomElement(parameter));
      }
    }
    node.setConfiguration(configuration);
    return node;
  }

  private static void addSources(Node node, Element sources) throws GraphException {
    for (Element source : children(sources, null)) {
      String name = source.getTagName();
      if (SOURCE_PRODUCTS.equals(name)) {
        String ids = source.getTextContent().trim();
        if (ids.isEmpty()) {
          continue;
        }
        String[] sourceIds = ids.split(",");
        for (int i = 0; i < sourceIds.length; i++) {
          node.addSource(new NodeSource(SOURCE_PRODUCTS + i, sourceIds[i].trim()));
        }
      } else {
        String refid = source.hasAttribute("refid")
            ? source.getAttribute("refid").trim()
            : source.getTextContent().trim();
        if (refid.isEmpty()) {
          throw new GraphException("Malformed graph XML: source '" + name + "' of node '"
              + node.getId() + "' names no node (expected a refid attribute or a node id as text)");
        }
        node.addSource(new NodeSource(name, refid));
      }
    }
  }

  /** Copies an element with its attributes and children; a leaf's text (trimmed) is its value. */
  private static DomElement toDomElement(Element element) {
    DomElement dom = new DefaultDomElement(element.getTagName());
    var attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      var attribute = attributes.item(i);
      dom.setAttribute(attribute.getNodeName(), attribute.getNodeValue());
    }
    List<Element> children = children(element, null);
    if (children.isEmpty()) {
      String text = element.getTextContent().trim();
      dom.setValue(text.isEmpty() ? null : text);
    } else {
      for (Element child : children) {
        dom.addChild(toDomElement(child));
      }
    }
    return dom;
  }

  /**
   * Refuses a child element that gpt does not read in {@code parent}, or one that may appear once
   * given twice; gpt fails on either before running anything.
   *
   * @param allowed element names, true for those that may repeat
   * @param what the parent as messages name it, e.g. "node 'mask'"
   */
  private static void checkChildren(Element parent, Map<String, Boolean> allowed, String what)
      throws GraphException {
    Set<String> seen = new HashSet<>();
    for (Element child : children(parent, null)) {
      String name = child.getTagName();
      Boolean repeats = allowed.get(name);
      if (repeats == null) {
        throw new GraphException("Malformed graph XML: " + what + " holds <" + name + ">, which gpt refuses"
            + " too; it takes only <" + String.join(">, <", new TreeSet<>(allowed.keySet())) + ">");
      }
      if (!repeats && !seen.add(name)) {
        throw new GraphException("Malformed graph XML: " + what + " holds <" + name + "> twice, which gpt"
            + " refuses too; give one");
      }
    }
  }

  private static List<Element> children(Element parent, String tagName) {
    List<Element> elements = new ArrayList<>();
    for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && (tagName == null || tagName.equals(element.getTagName()))) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static Document parseDocument(String xml) throws GraphException {
    try {
      DocumentBuilder builder = SafeXml.documentBuilder();
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new GraphException("Malformed graph XML at line " + e.getLineNumber() + ": " + e.getMessage(), e);
    } catch (SAXException | IOException e) {
      throw new GraphException("Malformed graph XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("this JDK's XML parser cannot be secured against external entities", e);
    }
  }
}
