package org.esa.snap.core.datamodel;

import java.util.Objects;

/**
 * Names for the integer samples of a band: a metadata element whose attributes are the samples,
 * each with its name, value(s) and description (as SNAP's, snap-engine 14.x). It holds no elements.
 */
public class SampleCoding extends MetadataElement {

  public SampleCoding(String name) {
    super(name);
  }

  /** Ignored, as in SNAP: a coding holds samples only. */
  @Override
  public void addElement(MetadataElement element) {
  }

  /**
   * Adds a sample.
   *
   * @throws IllegalArgumentException if its data are not integers, are empty, or its name is taken
   */
  @Override
  public void addAttribute(MetadataAttribute attribute) {
    if (!attribute.getData().isInt()) {
      throw new IllegalArgumentException("attribute value is not a integer");
    }
    if (attribute.getData().getNumElems() == 0) {
      throw new IllegalArgumentException("attribute value is missing");
    }
    if (containsAttribute(attribute.getName())) {
      throw new IllegalArgumentException("SampleCoding contains already an attribute with the name '"
          + attribute.getName() + "'");
    }
    super.addAttribute(attribute);
  }

  /** Adds a sample of one value. */
  public MetadataAttribute addSample(String name, int value, String description) {
    return addSamples(name, new int[] {value}, description);
  }

  /** Adds a sample of several values (a flag's mask and value), stored as uint32. */
  public MetadataAttribute addSamples(String name, int[] values, String description) {
    Objects.requireNonNull(name, "name");
    MetadataAttribute attribute = new MetadataAttribute(name,
        ProductData.createInstance(ProductData.TYPE_UINT32, values.clone()), false);
    if (description != null) {
      attribute.setDescription(description);
    }
    addAttribute(attribute);
    return attribute;
  }

  public int getSampleCount() {
    return getNumAttributes();
  }

  public String getSampleName(int index) {
    return getAttributeAt(index).getName();
  }

  public int getSampleValue(int index) {
    return getAttributeAt(index).getData().getElemInt();
  }
}
