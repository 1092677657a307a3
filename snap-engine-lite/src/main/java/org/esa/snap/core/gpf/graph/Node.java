package org.esa.snap.core.gpf.graph;

import com.bc.ceres.binding.dom.DefaultDomElement;
import com.bc.ceres.binding.dom.DomElement;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a processing graph: an operator (alias or SPI class name), the nodes it reads
 * from, and its parameters as a {@code <parameters>} element tree whose children are named after
 * the operator's parameters and hold their values as text.
 */
public class Node {

  private final String id;
  private final String operatorName;
  private final List<NodeSource> sources = new ArrayList<>();
  private DomElement configuration = new DefaultDomElement("parameters");

  /**
   * @param id the node's id, unique within its graph
   * @param operatorName the operator alias (e.g. {@code Read}) or its SPI class name
   */
  public Node(String id, String operatorName) {
    this.id = id;
    this.operatorName = operatorName;
  }

  /** @return the node's id, unique within its graph */
  public String getId() {
    return id;
  }

  /** @return the operator alias or SPI class name */
  public String getOperatorName() {
    return operatorName;
  }

  /** Adds {@code source} after the sources already present. */
  public void addSource(NodeSource source) {
    sources.add(source);
  }

  /** Removes {@code source} if present; other sources keep their order. */
  public void removeSource(NodeSource source) {
    sources.remove(source);
  }

  /**
   * @param index position in the order the sources were added
   * @return the source at {@code index}
   * @throws IndexOutOfBoundsException if there is no source at {@code index}
   */
  public NodeSource getSource(int index) throws IndexOutOfBoundsException {
    return sources.get(index);
  }

  /** @return a copy of this node's sources, in the order they were added */
  public NodeSource[] getSources() {
    return sources.toArray(new NodeSource[0]);
  }

  /**
   * @return the {@code <parameters>} element (never null for a node read by {@link GraphIO});
   *     an empty child means the parameter is null
   */
  public DomElement getConfiguration() {
    return configuration;
  }

  /** @param configuration the {@code <parameters>} element; null means no parameters */
  public void setConfiguration(DomElement configuration) {
    this.configuration = configuration;
  }
}
