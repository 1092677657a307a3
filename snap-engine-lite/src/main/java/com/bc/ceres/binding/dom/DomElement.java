package com.bc.ceres.binding.dom;

import com.bc.ceres.core.runtime.ConfigurationElementBase;

/** A mutable XML-like element: name, text value, attributes and child elements. */
public interface DomElement extends ConfigurationElementBase<DomElement> {

  /** Sets the parent; {@link #addChild} does this for the child. */
  void setParent(DomElement parent);

  /** The number of children. */
  int getChildCount();

  /** The child at {@code index} (0-based). */
  DomElement getChild(int index);

  /** Sets (or replaces) attribute {@code name}. */
  void setAttribute(String name, String value);

  /** Creates a child named {@code name}, appends it and returns it. */
  DomElement createChild(String name);

  /** Appends {@code childElement} and makes this element its parent. */
  void addChild(DomElement childElement);

  /** Sets the text value; null removes it. */
  void setValue(String value);

  /** This element and its children as XML text. */
  String toXml();
}
