package org.esa.snap.core.datamodel;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of the metadata tree: ordered child elements and ordered attributes, looked up by
 * name ignoring case (as SNAP).
 *
 * <p>The getters without a default value throw an {@link IllegalArgumentException} naming the
 * missing attribute and this element.
 */
public class MetadataElement extends ProductNode {

  private final List<MetadataElement> elements = new ArrayList<>();
  private final List<MetadataAttribute> attributes = new ArrayList<>();

  public MetadataElement(String name) {
    super(name);
  }

  /** The element holding this one, or null (for a root). */
  public MetadataElement getParentElement() {
    return getOwner() instanceof MetadataElement ? (MetadataElement) getOwner() : null;
  }

  /** Appends {@code element} and becomes its owner; null is ignored. */
  public void addElement(MetadataElement element) {
    if (element != null) {
      addElementAt(element, elements.size());
    }
  }

  /** Inserts {@code element} at {@code index} and becomes its owner; null is ignored. */
  public void addElementAt(MetadataElement element, int index) {
    if (element == null) {
      return;
    }
    elements.add(index, element);
    element.setOwner(this);
    setModified(true);
  }

  /** Removes {@code element}; it loses its owner. */
  public boolean removeElement(MetadataElement element) {
    if (!elements.remove(element)) {
      return false;
    }
    element.setOwner(null);
    setModified(true);
    return true;
  }

  public int getNumElements() {
    return elements.size();
  }

  public MetadataElement getElementAt(int index) {
    return elements.get(index);
  }

  public String[] getElementNames() {
    String[] names = new String[elements.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = elements.get(i).getName();
    }
    return names;
  }

  public MetadataElement[] getElements() {
    return elements.toArray(new MetadataElement[0]);
  }

  /**
   * The first child element named {@code name} (ignoring case), or null.
   *
   * @throws IllegalArgumentException if {@code name} is null or empty, as SNAP's (snap-core
   *     MetadataElement.java 14.x, lines 167-186, also containsElement)
   */
  public MetadataElement getElement(String name) {
    if (ProductNodeNames.isNoLookupName(name)) {
      throw ProductNodeNames.noLookupName(name, "MetadataElement.getElement of '" + path() + "'");
    }
    for (MetadataElement element : elements) {
      if (element.getName().equalsIgnoreCase(name)) {
        return element;
      }
    }
    return null;
  }

  /** @throws IllegalArgumentException if {@code name} is null or empty, as SNAP's */
  public boolean containsElement(String name) {
    if (ProductNodeNames.isNoLookupName(name)) {
      throw ProductNodeNames.noLookupName(name, "MetadataElement.containsElement of '" + path() + "'");
    }
    return getElement(name) != null;
  }

  /** The index of {@code element} among the children, or -1. */
  public int getElementIndex(MetadataElement element) {
    return elements.indexOf(element);
  }

  /** Appends {@code attribute} and becomes its owner; null is ignored. */
  public void addAttribute(MetadataAttribute attribute) {
    if (attribute == null) {
      return;
    }
    attributes.add(attribute);
    attribute.setOwner(this);
    setModified(true);
  }

  public boolean removeAttribute(MetadataAttribute attribute) {
    if (!attributes.remove(attribute)) {
      return false;
    }
    attribute.setOwner(null);
    setModified(true);
    return true;
  }

  public int getNumAttributes() {
    return attributes.size();
  }

  public MetadataAttribute getAttributeAt(int index) {
    return attributes.get(index);
  }

  public String[] getAttributeNames() {
    String[] names = new String[attributes.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = attributes.get(i).getName();
    }
    return names;
  }

  public MetadataAttribute[] getAttributes() {
    return attributes.toArray(new MetadataAttribute[0]);
  }

  /** The first attribute named {@code name} (ignoring case), or null. */
  public MetadataAttribute getAttribute(String name) {
    for (MetadataAttribute attribute : attributes) {
      if (attribute.getName().equalsIgnoreCase(name)) {
        return attribute;
      }
    }
    return null;
  }

  public boolean containsAttribute(String name) {
    return getAttribute(name) != null;
  }

  /** The index of {@code attribute}, or -1. */
  public int getAttributeIndex(MetadataAttribute attribute) {
    return attributes.indexOf(attribute);
  }

  /**
   * The first element of attribute {@code name} as double (text attributes are parsed), or
   * {@code defaultValue} if there is no such attribute.
   *
   * @throws IllegalArgumentException if a text attribute is not a number
   */
  public double getAttributeDouble(String name, double defaultValue) {
    MetadataAttribute attribute = getAttribute(name);
    return attribute == null ? defaultValue : doubleOf(attribute);
  }

  /** As {@link #getAttributeDouble(String, double)}, but a missing attribute is an error. */
  public double getAttributeDouble(String name) {
    return doubleOf(requireAttribute(name));
  }

  /**
   * Attribute {@code name} as UTC, parsed from its text as SNAP's (a new time, also of a UTC
   * attribute), or {@code defaultValue} if it is absent or its text is no time.
   */
  public ProductData.UTC getAttributeUTC(String name, ProductData.UTC defaultValue) {
    MetadataAttribute attribute = getAttribute(name);
    if (attribute == null) {
      return defaultValue;
    }
    try {
      return ProductData.UTC.parse(attribute.getData().getElemString());
    } catch (ParseException e) {
      return defaultValue;
    }
  }

  /**
   * Attribute {@code name} as UTC, parsed from its text as SNAP's.
   *
   * @throws IllegalArgumentException if it is absent or its text is no time
   */
  public ProductData.UTC getAttributeUTC(String name) {
    return utcOf(requireAttribute(name));
  }

  /** The first element of attribute {@code name} as int (text is parsed), or {@code defaultValue}. */
  public int getAttributeInt(String name, int defaultValue) {
    MetadataAttribute attribute = getAttribute(name);
    return attribute == null ? defaultValue : intOf(attribute);
  }

  /** As {@link #getAttributeInt(String, int)}, but a missing attribute is an error. */
  public int getAttributeInt(String name) {
    return intOf(requireAttribute(name));
  }

  /*
   * The setters are SNAP 14's (snap-core MetadataElement.java 14.x, lines 466-551 and 597-604): an
   * absent attribute is added with the setter's type, then the value is written into the data the
   * attribute holds, whatever its type. An attribute of another type keeps its type: an int into
   * an ASCII text overwrites its first byte, text or a time into a number is refused. Plugin code
   * that must change an attribute's type removes it first.
   */

  /**
   * Writes {@code value} into the first element of attribute {@code name}, adding an int32
   * attribute if absent (into a float, a double; into ASCII, the first byte; into UTC, the days).
   */
  public void setAttributeInt(String name, int value) {
    MetadataAttribute attribute = getAndMaybeCreateAttribute(name, ProductData.TYPE_INT32);
    attribute.getData().setElemInt(value);
    dataChanged(attribute);
  }

  /**
   * Writes {@code value} into the first element of attribute {@code name}, adding a float64
   * attribute if absent (into an integer type, rounded; into ASCII, the first byte).
   */
  public void setAttributeDouble(String name, double value) {
    MetadataAttribute attribute = getAndMaybeCreateAttribute(name, ProductData.TYPE_FLOAT64);
    attribute.getData().setElemDouble(value);
    dataChanged(attribute);
  }

  /**
   * Copies {@code value}'s days, seconds and microseconds into attribute {@code name}, adding a
   * UTC attribute if absent.
   *
   * @throws IllegalArgumentException if {@code value} is null, or the attribute holds anything
   *     but three 32-bit integers (ASCII, a double, an int32 scalar), as SNAP's setElems refuses it
   */
  public void setAttributeUTC(String name, ProductData.UTC value) {
    if (value == null) {
      throw new IllegalArgumentException("metadata attribute '" + name + "' of element '" + path()
          + "' cannot be set to a null UTC time");
    }
    MetadataAttribute attribute = getAndMaybeCreateAttribute(name, ProductData.TYPE_UTC);
    setElems(attribute, value.getArray());
  }

  /**
   * Attribute {@code name} as text: the whole text of ASCII, the formatted time of UTC, a
   * number's digits, an array's elements comma-separated (ProductData.getElemString, as SNAP's).
   *
   * @throws IllegalArgumentException if there is no such attribute
   */
  public String getAttributeString(String name) {
    return requireAttribute(name).getData().getElemString();
  }

  /** As {@link #getAttributeString(String)}, or {@code defaultValue} if absent. */
  public String getAttributeString(String name, String defaultValue) {
    MetadataAttribute attribute = getAttribute(name);
    return attribute == null ? defaultValue : attribute.getData().getElemString();
  }

  /**
   * Replaces the text of attribute {@code name} by {@code value}, adding an ASCII attribute if
   * absent.
   *
   * @throws IllegalArgumentException if {@code value} is null or empty, or the attribute is no
   *     ASCII text (a number, a time), as SNAP's setElems refuses it; as in SNAP, an absent
   *     attribute has been added (one zero byte) before the refusal
   */
  public void setAttributeString(String name, String value) {
    MetadataAttribute attribute = getAndMaybeCreateAttribute(name, ProductData.TYPE_ASCII);
    setElems(attribute, value);
  }

  /** A copy of this element, its attributes and all descendants; not attached to an owner. */
  public MetadataElement createDeepClone() {
    MetadataElement clone = new MetadataElement(getName());
    clone.setDescription(getDescription());
    for (MetadataAttribute attribute : attributes) {
      clone.addAttribute(attribute.createDeepClone());
    }
    for (MetadataElement element : elements) {
      clone.addElement(element.createDeepClone());
    }
    clone.setModified(false);
    return clone;
  }

  /** Disposes the children and attributes. */
  @Override
  public void dispose() {
    for (MetadataElement element : elements) {
      element.dispose();
    }
    for (MetadataAttribute attribute : attributes) {
      attribute.dispose();
    }
    elements.clear();
    attributes.clear();
    super.dispose();
  }

  private MetadataAttribute getAndMaybeCreateAttribute(String name, int type) {
    MetadataAttribute attribute = getAttribute(name);
    if (attribute == null) {
      attribute = new MetadataAttribute(name, type);
      addAttribute(attribute);
    }
    return attribute;
  }

  /** SNAP's setElems on the attribute's own data, its refusal naming the attribute. */
  private void setElems(MetadataAttribute attribute, Object elems) {
    try {
      attribute.getData().setElems(elems);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("metadata attribute '" + attribute.getName() + "' of element '" + path()
          + "' (" + attribute.getData().getTypeString() + "): " + e.getMessage(), e);
    }
    dataChanged(attribute);
  }

  private void dataChanged(MetadataAttribute attribute) {
    attribute.setModified(true);
    setModified(true);
  }

  private MetadataAttribute requireAttribute(String name) {
    MetadataAttribute attribute = getAttribute(name);
    if (attribute == null) {
      throw new IllegalArgumentException("metadata attribute '" + name + "' not found in element '" + path() + "'");
    }
    return attribute;
  }

  private double doubleOf(MetadataAttribute attribute) {
    ProductData data = attribute.getData();
    if (data.getType() != ProductData.TYPE_ASCII) {
      return data.getElemDouble();
    }
    try {
      return Double.parseDouble(data.getElemString()); // which skips blanks around the number, as in SNAP
    } catch (NumberFormatException e) {
      throw notANumber("a number", attribute);
    }
  }

  private int intOf(MetadataAttribute attribute) {
    ProductData data = attribute.getData();
    if (data.getType() != ProductData.TYPE_ASCII) {
      return data.getElemInt();
    }
    try {
      return Integer.parseInt(data.getElemString()); // no blanks around it, as SNAP's parse takes it
    } catch (NumberFormatException e) {
      throw notANumber("an integer", attribute);
    }
  }

  private ProductData.UTC utcOf(MetadataAttribute attribute) {
    ProductData data = attribute.getData();
    try {
      return ProductData.UTC.parse(data.getElemString());
    } catch (ParseException e) {
      throw new IllegalArgumentException(notA("a UTC time (dd-MMM-yyyy HH:mm:ss[.ffffff])", attribute), e);
    }
  }

  /** SNAP lets Java's parse throw: a NumberFormatException, here with words that name the attribute. */
  private NumberFormatException notANumber(String expected, MetadataAttribute attribute) {
    return new NumberFormatException(notA(expected, attribute));
  }

  private String notA(String expected, MetadataAttribute attribute) {
    return "metadata attribute '" + attribute.getName() + "' of element '" + path() + "' is not " + expected
        + ": '" + attribute.getData().getElemString() + "'";
  }

  /** The element's path from the root, e.g. {@code metadata/Abstracted_Metadata}. */
  String path() {
    MetadataElement parent = getParentElement();
    return parent == null ? getName() : parent.path() + "/" + getName();
  }
}
