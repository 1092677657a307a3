package com.bc.ceres.binding.dom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain in-memory {@link DomElement}: attributes keep their insertion order, children their
 * document order. {@link #toXml()} writes well-formed, escaped, indented XML.
 */
public class DefaultDomElement implements DomElement {

  private final String name;
  private String value;
  private DomElement parent;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<DomElement> children = new ArrayList<>();

  /** An element named {@code name} without a value. */
  public DefaultDomElement(String name) {
    this(name, null);
  }

  /** An element named {@code name} with text {@code value} (may be null). */
  public DefaultDomElement(String name, String value) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a DOM element needs a non-empty name, got '" + name + "'");
    }
    this.name = name;
    this.value = value;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getValue() {
    return value;
  }

  @Override
  public void setValue(String value) {
    this.value = value;
  }

  @Override
  public String getAttribute(String attributeName) {
    return attributes.get(attributeName);
  }

  @Override
  public String[] getAttributeNames() {
    return attributes.keySet().toArray(new String[0]);
  }

  @Override
  public void setAttribute(String attributeName, String attributeValue) {
    if (attributeName == null || attributeName.isEmpty()) {
      throw new IllegalArgumentException("attribute of element '" + name + "' needs a non-empty name");
    }
    attributes.put(attributeName, attributeValue);
  }

  @Override
  public DomElement getParent() {
    return parent;
  }

  @Override
  public void setParent(DomElement parent) {
    this.parent = parent;
  }

  @Override
  public DomElement getChild(String elementName) {
    for (DomElement child : children) {
      if (child.getName().equals(elementName)) {
        return child;
      }
    }
    return null;
  }

  @Override
  public DomElement getChild(int index) {
    return children.get(index);
  }

  @Override
  public int getChildCount() {
    return children.size();
  }

  @Override
  public DomElement[] getChildren() {
    return children.toArray(new DomElement[0]);
  }

  @Override
  public DomElement[] getChildren(String elementName) {
    List<DomElement> named = new ArrayList<>();
    for (DomElement child : children) {
      if (child.getName().equals(elementName)) {
        named.add(child);
      }
    }
    return named.toArray(new DomElement[0]);
  }

  @Override
  public DomElement createChild(String elementName) {
    DefaultDomElement child = new DefaultDomElement(elementName);
    addChild(child);
    return child;
  }

  @Override
  public void addChild(DomElement childElement) {
    if (childElement == null) {
      throw new IllegalArgumentException("cannot add a null child to element '" + name + "'");
    }
    children.add(childElement);
    childElement.setParent(this);
  }

  /**
   * This element as XML: attributes in insertion order, text and attribute values escaped,
   * children indented by two spaces; an element without value and children is written empty
   * ({@code <name/>}).
   *
   * @throws IllegalStateException if a value holds a character XML 1.0 cannot represent
   */
  @Override
  public String toXml() {
    StringBuilder xml = new StringBuilder();
    DomXml.append(this, 0, xml);
    return xml.toString();
  }

  /** The XML of this element, as {@link #toXml()}. */
  @Override
  public String toString() {
    return toXml();
  }
}
