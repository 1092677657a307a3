package org.esa.snap.core.gpf.graph;

/**
 * One source of a {@link Node}: the name under which the operator receives it (a source field
 * name or alias such as {@code sourceProduct}) and the id of the node that produces it.
 */
public class NodeSource {

  private String name;
  private final String sourceNodeId;
  private Node sourceNode;

  /**
   * @param name the operator's source name, e.g. {@code sourceProduct}
   * @param sourceNodeId the id of the node whose target product this source is
   */
  public NodeSource(String name, String sourceNodeId) {
    this.name = name;
    this.sourceNodeId = sourceNodeId;
  }

  /** @return the name under which the operator receives this source */
  public String getName() {
    return name;
  }

  /** @param name the name under which the operator receives this source */
  public void setName(String name) {
    this.name = name;
  }

  /** @return the id of the node that produces this source */
  public String getSourceNodeId() {
    return sourceNodeId;
  }

  /**
   * @return the node that produces this source, or null until a {@link GraphProcessor} has
   *     resolved the graph
   */
  public Node getSourceNode() {
    return sourceNode;
  }

  void setSourceNode(Node sourceNode) {
    this.sourceNode = sourceNode;
  }
}
