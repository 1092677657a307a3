package org.esa.snap.core.datamodel;

/**
 * The {@link ProductData} types SNAP's API does not name: uint8, int16, uint16 and int64. Created
 * through {@link ProductData#createInstance(int, int)} and its overloads.
 */
final class IntegerSamples {

  private IntegerSamples() {
  }

  /** Unsigned 8-bit integers. */
  static final class UByte extends ProductData.Byte {
    UByte(byte[] array) {
      super(array, TYPE_UINT8);
    }

    @Override
    public int getElemIntAt(int index) {
      return array[index] & 0xFF;
    }
  }

  /** Signed 16-bit integers. */
  static class Short extends ProductData {
    short[] array;

    Short(short[] array) {
      this(array, TYPE_INT16);
    }

    Short(short[] array, int type) {
      super(type);
      this.array = array;
    }

    @Override
    public int getNumElems() {
      return array.length;
    }

    @Override
    public int getElemIntAt(int index) {
      return array[index];
    }

    @Override
    public float getElemFloatAt(int index) {
      return getElemIntAt(index);
    }

    @Override
    public double getElemDoubleAt(int index) {
      return getElemIntAt(index);
    }

    @Override
    public String getElemStringAt(int index) {
      return String.valueOf(getElemIntAt(index));
    }

    @Override
    public void setElemIntAt(int index, int value) {
      array[index] = (short) value;
    }

    @Override
    public void setElemFloatAt(int index, float value) {
      array[index] = (short) Math.round(value);
    }

    @Override
    public void setElemDoubleAt(int index, double value) {
      array[index] = (short) Math.round(value);
    }

    @Override
    public Object getElems() {
      return array;
    }

    @Override
    public void setElems(Object data) {
      if (!(data instanceof short[]) || ((short[]) data).length != array.length) {
        throw wrongElems(data, "short[]");
      }
      System.arraycopy(data, 0, array, 0, array.length);
    }

    @Override
    public void dispose() {
      array = new short[0];
    }
  }

  /** Unsigned 16-bit integers. */
  static final class UShort extends Short {
    UShort(short[] array) {
      super(array, TYPE_UINT16);
    }

    @Override
    public int getElemIntAt(int index) {
      return array[index] & 0xFFFF;
    }
  }

  /** Signed 64-bit integers. */
  static final class Long extends ProductData {
    long[] array;

    Long(long[] array) {
      super(TYPE_INT64);
      this.array = array;
    }

    @Override
    public int getNumElems() {
      return array.length;
    }

    @Override
    public int getElemIntAt(int index) {
      return (int) array[index];
    }

    @Override
    public float getElemFloatAt(int index) {
      return array[index];
    }

    @Override
    public double getElemDoubleAt(int index) {
      return array[index];
    }

    @Override
    public String getElemStringAt(int index) {
      return String.valueOf(array[index]);
    }

    @Override
    public void setElemIntAt(int index, int value) {
      array[index] = value;
    }

    @Override
    public void setElemFloatAt(int index, float value) {
      array[index] = Math.round((double) value);
    }

    @Override
    public void setElemDoubleAt(int index, double value) {
      array[index] = Math.round(value);
    }

    @Override
    public Object getElems() {
      return array;
    }

    @Override
    public void setElems(Object data) {
      if (!(data instanceof long[]) || ((long[]) data).length != array.length) {
        throw wrongElems(data, "long[]");
      }
      System.arraycopy(data, 0, array, 0, array.length);
    }

    @Override
    public void dispose() {
      array = new long[0];
    }
  }

}
