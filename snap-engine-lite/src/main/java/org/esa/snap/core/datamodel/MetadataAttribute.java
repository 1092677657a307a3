package org.esa.snap.core.datamodel;

/**
 * A named value of a metadata element: a {@link ProductData} of any type, scalar or array,
 * including ASCII text and UTC times.
 */
public class MetadataAttribute extends DataNode {

  /** An attribute of one zero element of {@code type}. */
  public MetadataAttribute(String name, int type) {
    this(name, type, 1);
  }

  /** An attribute of {@code numElems} zero elements of {@code type}. */
  public MetadataAttribute(String name, int type, int numElems) {
    this(name, ProductData.createInstance(type, numElems), false);
  }

  /** An attribute holding {@code data} (kept, not copied). */
  public MetadataAttribute(String name, ProductData data, boolean readOnly) {
    super(name, data, readOnly);
  }

  /** The element holding this attribute, or null. */
  public MetadataElement getParentElement() {
    return getOwner() instanceof MetadataElement ? (MetadataElement) getOwner() : null;
  }

  /** Equal when name, description, unit, type and elements are equal. */
  @Override
  public boolean equals(Object object) {
    if (this == object) {
      return true;
    }
    if (!(object instanceof MetadataAttribute)) {
      return false;
    }
    MetadataAttribute other = (MetadataAttribute) object;
    return getName().equals(other.getName())
        && java.util.Objects.equals(getDescription(), other.getDescription())
        && java.util.Objects.equals(getUnit(), other.getUnit())
        && getData().equalElems(other.getData());
  }

  @Override
  public int hashCode() {
    return getName().hashCode() * 31 + getDataType();
  }

  /** A copy with its own data; not attached to any element. */
  public MetadataAttribute createDeepClone() {
    MetadataAttribute clone = new MetadataAttribute(getName(), getData().copy(), isReadOnly());
    clone.setDescription(getDescription());
    clone.setUnit(getUnit());
    clone.setSynthetic(isSynthetic());
    clone.setModified(false);
    return clone;
  }
}
