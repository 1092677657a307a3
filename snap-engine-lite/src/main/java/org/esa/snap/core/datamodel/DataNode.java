package org.esa.snap.core.datamodel;

/**
 * A node that carries an array of one {@link ProductData} type: attributes and rasters.
 */
public abstract class DataNode extends ProductNode {

  public static final String PROPERTY_NAME_DATA = "data";
  public static final String PROPERTY_NAME_READ_ONLY = "readOnly";
  public static final String PROPERTY_NAME_SYNTHETIC = "synthetic";
  public static final String PROPERTY_NAME_UNIT = "unit";

  private final int dataType;
  private long numElems;
  // Volatile: raster data loaded on one thread is read by tile workers on others.
  private volatile ProductData data;
  private boolean readOnly;
  private String unit;
  private boolean synthetic;

  /**
   * A node for {@code numElems} elements of {@code dataType}, without data yet.
   *
   * @throws IllegalArgumentException for an unknown data type or a negative count
   */
  public DataNode(String name, int dataType, long numElems) {
    super(name);
    if (ProductData.getTypeString(dataType) == null) {
      throw new IllegalArgumentException("node '" + name + "': unknown data type " + dataType);
    }
    if (numElems < 0) {
      throw new IllegalArgumentException("node '" + name + "': negative number of elements " + numElems);
    }
    this.dataType = dataType;
    this.numElems = numElems;
  }

  /** A node holding {@code data} (kept, not copied). */
  public DataNode(String name, ProductData data, boolean readOnly) {
    super(name);
    if (data == null) {
      throw new IllegalArgumentException("node '" + name + "' needs data, got null");
    }
    this.dataType = data.getType();
    this.numElems = data.getNumElems();
    this.data = data;
    this.readOnly = readOnly;
  }

  public int getDataType() {
    return dataType;
  }

  public boolean isFloatingPointType() {
    return dataType == ProductData.TYPE_FLOAT32 || dataType == ProductData.TYPE_FLOAT64;
  }

  public long getNumDataElems() {
    return numElems;
  }

  /**
   * Sets the data (kept, not copied).
   *
   * @throws IllegalArgumentException if the node is read-only, or the data's type or size differs
   */
  public void setData(ProductData data) {
    if (readOnly) {
      throw new IllegalArgumentException("data node '" + getName() + "' is read-only");
    }
    if (data != null) {
      checkDataCompatibility(data);
    }
    this.data = data;
    setModified(true);
  }

  void checkDataCompatibility(ProductData candidate) {
    if (candidate.getType() != dataType) {
      throw new IllegalArgumentException("data node '" + getName() + "' holds " + ProductData.getTypeString(dataType)
          + ", got " + candidate.getTypeString());
    }
    if (candidate.getNumElems() != numElems) {
      throw new IllegalArgumentException("data node '" + getName() + "' holds " + numElems
          + " elements, got " + candidate.getNumElems());
    }
  }

  /**
   * Sets compatible data without marking the node modified: loading or dropping a copy of
   * pixels that live elsewhere changes nothing about the product.
   */
  void setDataUnmodified(ProductData newData) {
    if (newData != null) {
      checkDataCompatibility(newData);
    }
    this.data = newData;
  }

  public ProductData getData() {
    return data;
  }

  /**
   * Copies {@code elems} into this node's data, creating the data first if needed.
   *
   * @throws IllegalArgumentException if the node is read-only or the array does not fit
   */
  public void setDataElems(Object elems) {
    if (readOnly) {
      throw new IllegalArgumentException("data node '" + getName() + "' is read-only");
    }
    if (data == null) {
      data = ProductData.createInstance(dataType, (int) numElems);
    }
    data.setElems(elems);
    setModified(true);
  }

  /** The backing array of the data, or null if the node has no data. */
  public Object getDataElems() {
    return data == null ? null : data.getElems();
  }

  /** The size in bytes of one element. */
  public int getDataElemSize() {
    return ProductData.getElemSize(dataType);
  }

  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public void setUnit(String unit) {
    this.unit = unit;
    setModified(true);
  }

  public String getUnit() {
    return unit;
  }

  public boolean isSynthetic() {
    return synthetic;
  }

  public void setSynthetic(boolean synthetic) {
    this.synthetic = synthetic;
  }

  /** Number of elements times element size. */
  @Override
  public long getRawStorageSize() {
    return numElems * getDataElemSize();
  }

  /** Drops the data. */
  @Override
  public void dispose() {
    data = null;
    super.dispose();
  }
}
