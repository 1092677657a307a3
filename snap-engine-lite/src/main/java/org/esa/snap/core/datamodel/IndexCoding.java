package org.esa.snap.core.datamodel;

import java.util.Objects;

/** The classes of an index band: a name per sample value (as SNAP's, snap-engine 14.x). */
public class IndexCoding extends SampleCoding {

  public IndexCoding(String name) {
    super(name);
  }

  /** The index's attribute, null if none has that name. */
  public MetadataAttribute getIndex(String name) {
    return getAttribute(name);
  }

  public String[] getIndexNames() {
    return getAttributeNames();
  }

  public MetadataAttribute addIndex(String name, int value, String description) {
    return addSample(name, value, description);
  }

  /**
   * The sample value of the index.
   *
   * @throws IllegalArgumentException if there is no index of that name
   */
  public int getIndexValue(String name) {
    Objects.requireNonNull(name, "name");
    MetadataAttribute index = getAttribute(name);
    if (index == null) {
      throw new IllegalArgumentException("index '" + name + "' not found");
    }
    return index.getData().getElemInt();
  }
}
