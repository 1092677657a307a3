package org.esa.snap.core.datamodel;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered group of product nodes, looked up by index or by name (case-insensitive, as SNAP).
 *
 * @param <T> the node type
 */
public class ProductNodeGroup<T extends ProductNode> extends ProductNode {

  private final List<T> nodes = new ArrayList<>();
  private final boolean takingOverNodeOwnership;

  /** A free-standing group; adding a node does not change the node's owner. */
  public ProductNodeGroup(String name) {
    this(null, name, false);
  }

  /**
   * @param owner the group's owner (a product), may be null
   * @param takingOverNodeOwnership whether added nodes get this group as owner
   */
  ProductNodeGroup(ProductNode owner, String name, boolean takingOverNodeOwnership) {
    super(name);
    setOwner(owner);
    this.takingOverNodeOwnership = takingOverNodeOwnership;
  }

  public int getNodeCount() {
    return nodes.size();
  }

  /** The node at {@code index}. */
  public T get(int index) {
    return nodes.get(index);
  }

  /** The first node named {@code name} (ignoring case), or null. */
  public T get(String name) {
    int index = indexOf(name);
    return index < 0 ? null : nodes.get(index);
  }

  public String[] getNodeNames() {
    String[] names = new String[nodes.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = nodes.get(i).getName();
    }
    return names;
  }

  public ProductNode[] toArray() {
    return nodes.toArray(new ProductNode[0]);
  }

  /** The nodes in {@code array} if it is large enough, else in a new array of its type. */
  @SuppressWarnings("unchecked")
  public T[] toArray(T[] array) {
    T[] out = array.length >= nodes.size() ? array
        : (T[]) Array.newInstance(array.getClass().getComponentType(), nodes.size());
    return nodes.toArray(out);
  }

  /** The index of the first node named {@code name} (ignoring case), or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).getName().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  public boolean contains(String name) {
    return indexOf(name) >= 0;
  }

  /**
   * Appends {@code node}.
   *
   * @return false if the node is null or already in the group
   */
  public boolean add(T node) {
    if (node == null || nodes.contains(node)) {
      return false;
    }
    nodes.add(node);
    if (takingOverNodeOwnership) {
      node.setOwner(this);
    }
    setModified(true);
    return true;
  }

  /** Inserts {@code node} at {@code index}. */
  void add(int index, T node) {
    nodes.add(index, node);
    if (takingOverNodeOwnership) {
      node.setOwner(this);
    }
    setModified(true);
  }

  /**
   * Removes {@code node}; a node this group owned loses its owner.
   *
   * @return whether it was in the group
   */
  public boolean remove(T node) {
    if (!nodes.remove(node)) {
      return false;
    }
    if (takingOverNodeOwnership && node.getOwner() == this) {
      node.setOwner(null);
    }
    setModified(true);
    return true;
  }

  /** Disposes the nodes this group owns and empties it. */
  @Override
  public void dispose() {
    if (takingOverNodeOwnership) {
      for (T node : nodes) {
        node.dispose();
      }
    }
    nodes.clear();
    super.dispose();
  }
}
