package com.bc.ceres.core.runtime;

/**
 * A node of a configuration tree: a name, an optional text value, attributes and children.
 *
 * @param <T> the node type of the tree
 */
public interface ConfigurationElementBase<T> {

  /** The element name. */
  String getName();

  /** The text value, or null if the element has none. */
  String getValue();

  /** The value of attribute {@code attributeName}, or null if absent. */
  String getAttribute(String attributeName);

  /** The attribute names in the order they were set. */
  String[] getAttributeNames();

  /** The parent element, or null for a root. */
  T getParent();

  /** The first child named {@code elementName}, or null if there is none. */
  T getChild(String elementName);

  /** All children in document order. */
  T[] getChildren();

  /** The children named {@code elementName}, in document order. */
  T[] getChildren(String elementName);
}
