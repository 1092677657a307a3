package org.esa.snap.core.gpf.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A processing graph as gpt reads it: an id, the format version and the nodes in the order they
 * were declared. The last node is the one gpt attaches its automatic {@code Write} to.
 */
public class Graph {

  /** The only graph XML version there is: {@value}. */
  public static final String CURRENT_VERSION = "1.0";

  private final String id;
  private String version = CURRENT_VERSION;
  private final List<Node> nodes = new ArrayList<>();

  /** @param id the graph's id (the {@code id} attribute of {@code <graph>}) */
  public Graph(String id) {
    this.id = id;
  }

  /** @return the graph's id */
  public String getId() {
    return id;
  }

  /** @return the format version, {@link #CURRENT_VERSION} for every graph that was read */
  public String getVersion() {
    return version;
  }

  void setVersion(String version) {
    this.version = version;
  }

  /** @return the number of nodes */
  public int getNodeCount() {
    return nodes.size();
  }

  /**
   * Appends {@code node}.
   *
   * @throws IllegalArgumentException if the graph already has a node with that id
   */
  public void addNode(Node node) {
    if (getNode(node.getId()) != null) {
      throw new IllegalArgumentException(
          "graph '" + id + "' already has a node with id '" + node.getId() + "'");
    }
    nodes.add(node);
  }

  /**
   * Removes the node with id {@code id}; sources of other nodes that point to it are left as
   * they are.
   *
   * @return whether a node was removed
   */
  public boolean removeNode(String id) {
    return nodes.removeIf(node -> node.getId().equals(id));
  }

  /**
   * @param index position in declaration order
   * @throws IndexOutOfBoundsException if there is no node at {@code index}
   */
  public Node getNode(int index) {
    return nodes.get(index);
  }

  /** @return the node with id {@code id}, or null if there is none */
  public Node getNode(String id) {
    for (Node node : nodes) {
      if (node.getId().equals(id)) {
        return node;
      }
    }
    return null;
  }

  /** @return a copy of the nodes, in declaration order */
  public Node[] getNodes() {
    return nodes.toArray(new Node[0]);
  }
}
