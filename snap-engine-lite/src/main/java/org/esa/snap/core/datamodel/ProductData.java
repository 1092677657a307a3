package org.esa.snap.core.datamodel;

import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * An array of samples of one SNAP data type (one of the {@code TYPE_} constants).
 *
 * <p>Every type except {@link #TYPE_UINT64} can be created through {@link #createInstance(int, int)}.
 * Integer types keep their raw bits in the Java array of the same width ({@code byte[]} for int8
 * and uint8, {@code short[]} for int16 and uint16, {@code int[]} for int32, uint32 and UTC,
 * {@code long[]} for int64); the getters of unsigned types return the unsigned value. Instances
 * created from an array wrap that array (no copy).
 */
public abstract class ProductData implements Cloneable {

  public static final int TYPE_UNDEFINED = 0;
  public static final int TYPE_INT8 = 10;
  public static final int TYPE_INT16 = 11;
  public static final int TYPE_INT32 = 12;
  public static final int TYPE_INT64 = 13;
  public static final int TYPE_UINT8 = 20;
  public static final int TYPE_UINT16 = 21;
  public static final int TYPE_UINT32 = 22;
  public static final int TYPE_UINT64 = 23;
  public static final int TYPE_FLOAT32 = 30;
  public static final int TYPE_FLOAT64 = 31;
  public static final int TYPE_ASCII = 41;
  public static final int TYPE_UTC = 51;
  public static final String TYPESTRING_INT8 = "int8";
  public static final String TYPESTRING_INT16 = "int16";
  public static final String TYPESTRING_INT32 = "int32";
  public static final String TYPESTRING_INT64 = "int64";
  public static final String TYPESTRING_UINT8 = "uint8";
  public static final String TYPESTRING_UINT16 = "uint16";
  public static final String TYPESTRING_UINT32 = "uint32";
  public static final String TYPESTRING_UINT64 = "uint64";
  public static final String TYPESTRING_FLOAT32 = "float32";
  public static final String TYPESTRING_FLOAT64 = "float64";
  public static final String TYPESTRING_ASCII = "ascii";
  public static final String TYPESTRING_UTC = "utc";

  private final int type;

  /** @param type one of the {@code TYPE_} constants */
  protected ProductData(int type) {
    this.type = type;
  }

  /** One element of {@code type}. */
  public static ProductData createInstance(int type) {
    return createInstance(type, 1);
  }

  /**
   * {@code numElems} zero elements of {@code type}; for {@link #TYPE_UTC}, {@code numElems} is
   * ignored (a UTC is always days, seconds and microseconds).
   *
   * @throws IllegalArgumentException if {@code numElems} is less than one for any type but UTC,
   *     as SNAP's (snap-core ProductData.java 14.x, lines 226-229; wrap an empty array with
   *     {@link #createInstance(int, Object)}), or for {@link #TYPE_UINT64}, {@link #TYPE_UNDEFINED}
   *     or an unknown type
   */
  public static ProductData createInstance(int type, int numElems) {
    if (numElems < 1 && type != TYPE_UTC) {
      throw new IllegalArgumentException("numElems is less than one: cannot create " + numElems + " elements of "
          + (getTypeString(type) != null ? getTypeString(type) : "type " + type));
    }
    switch (type) {
      case TYPE_INT8: return new Byte(numElems);
      case TYPE_UINT8: return new IntegerSamples.UByte(new byte[numElems]);
      case TYPE_INT16: return new IntegerSamples.Short(new short[numElems]);
      case TYPE_UINT16: return new IntegerSamples.UShort(new short[numElems]);
      case TYPE_INT32: return new Int(numElems);
      case TYPE_UINT32: return new UInt(numElems);
      case TYPE_INT64: return new IntegerSamples.Long(new long[numElems]);
      case TYPE_FLOAT32: return new Float(numElems);
      case TYPE_FLOAT64: return new Double(numElems);
      case TYPE_ASCII: return new ASCII(numElems);
      case TYPE_UTC: return new UTC();
      default: throw new IllegalArgumentException("cannot create ProductData of type " + type
          + " (" + getTypeString(type) + "): expected int8, int16, int32, int64, uint8, uint16, uint32,"
          + " float32, float64, ascii or utc");
    }
  }

  /**
   * Wraps {@code data}, an array of the Java type that holds {@code type} (see the class
   * comment), or a String for {@link #TYPE_ASCII}.
   *
   * @throws IllegalArgumentException if the array does not fit the type
   */
  public static ProductData createInstance(int type, Object data) {
    try {
      switch (type) {
        case TYPE_INT8: return new Byte((byte[]) data);
        case TYPE_UINT8: return new IntegerSamples.UByte((byte[]) data);
        case TYPE_INT16: return new IntegerSamples.Short((short[]) data);
        case TYPE_UINT16: return new IntegerSamples.UShort((short[]) data);
        case TYPE_INT32: return new Int((int[]) data);
        case TYPE_UINT32: return new UInt((int[]) data);
        case TYPE_INT64: return new IntegerSamples.Long((long[]) data);
        case TYPE_FLOAT32: return new Float((float[]) data);
        case TYPE_FLOAT64: return new Double((double[]) data);
        case TYPE_ASCII: return data instanceof String ? new ASCII((String) data) : new ASCII((byte[]) data);
        case TYPE_UTC: return new UTC((int[]) data);
        default: return createInstance(type, 1); // throws, naming the type
      }
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("cannot hold " + (data == null ? "null" : data.getClass().getSimpleName())
          + " as ProductData of type " + getTypeString(type), e);
    }
  }

  /** Wraps int8 samples. */
  public static ProductData createInstance(byte[] elems) {
    return new Byte(elems);
  }

  /** Wraps int16 samples. */
  public static ProductData createInstance(short[] elems) {
    return new IntegerSamples.Short(elems);
  }

  /** Wraps int32 samples. */
  public static ProductData createInstance(int[] elems) {
    return new Int(elems);
  }

  /** Wraps int64 samples. */
  public static ProductData createInstance(long[] elems) {
    return new IntegerSamples.Long(elems);
  }

  /** An ASCII string. */
  public static ProductData createInstance(String text) {
    return new ASCII(text);
  }

  /** Wraps float32 samples. */
  public static ProductData createInstance(float[] elems) {
    return new Float(elems);
  }

  /** Wraps float64 samples. */
  public static ProductData createInstance(double[] elems) {
    return new Double(elems);
  }

  /** This instance's type, one of the {@code TYPE_} constants. */
  public int getType() {
    return type;
  }

  /**
   * The size in bytes of one element of {@code type}.
   *
   * @throws IllegalArgumentException for an unknown type
   */
  public static int getElemSize(int type) {
    switch (type) {
      case TYPE_INT8: case TYPE_UINT8: case TYPE_ASCII: return 1;
      case TYPE_INT16: case TYPE_UINT16: return 2;
      case TYPE_INT32: case TYPE_UINT32: case TYPE_FLOAT32: case TYPE_UTC: return 4;
      case TYPE_INT64: case TYPE_UINT64: case TYPE_FLOAT64: return 8;
      default: throw new IllegalArgumentException("unknown ProductData type " + type);
    }
  }

  /** The size in bytes of one element. */
  public int getElemSize() {
    return getElemSize(type);
  }

  /** The name of {@code type} ("int8", "float32", ...), or null for an unknown type. */
  public static String getTypeString(int type) {
    switch (type) {
      case TYPE_INT8: return TYPESTRING_INT8;
      case TYPE_INT16: return TYPESTRING_INT16;
      case TYPE_INT32: return TYPESTRING_INT32;
      case TYPE_INT64: return TYPESTRING_INT64;
      case TYPE_UINT8: return TYPESTRING_UINT8;
      case TYPE_UINT16: return TYPESTRING_UINT16;
      case TYPE_UINT32: return TYPESTRING_UINT32;
      case TYPE_UINT64: return TYPESTRING_UINT64;
      case TYPE_FLOAT32: return TYPESTRING_FLOAT32;
      case TYPE_FLOAT64: return TYPESTRING_FLOAT64;
      case TYPE_ASCII: return TYPESTRING_ASCII;
      case TYPE_UTC: return TYPESTRING_UTC;
      default: return null;
    }
  }

  /** The type named {@code type} ("int8", "float32", ...), or {@link #TYPE_UNDEFINED}. */
  public static int getType(String type) {
    for (int candidate : new int[] {TYPE_INT8, TYPE_INT16, TYPE_INT32, TYPE_INT64, TYPE_UINT8, TYPE_UINT16,
        TYPE_UINT32, TYPE_UINT64, TYPE_FLOAT32, TYPE_FLOAT64, TYPE_ASCII, TYPE_UTC}) {
      if (getTypeString(candidate).equals(type)) {
        return candidate;
      }
    }
    return TYPE_UNDEFINED;
  }

  /** The name of this instance's type. */
  public String getTypeString() {
    return getTypeString(type);
  }

  /** Whether this instance holds integers (signed or unsigned). */
  public boolean isInt() {
    return isIntType(type);
  }

  /** Whether {@code type} is one of the integer types int8 to int64 or uint8 to uint64. */
  public static boolean isIntType(int type) {
    return (type >= TYPE_INT8 && type <= TYPE_INT64) || (type >= TYPE_UINT8 && type <= TYPE_UINT64);
  }

  /** Whether the values may be negative: not an unsigned type. */
  public boolean isSigned() {
    return !isUnsigned();
  }

  /** Whether this is one of the unsigned integer types uint8 to uint64. */
  public boolean isUnsigned() {
    return type >= TYPE_UINT8 && type <= TYPE_UINT64;
  }

  /** Whether this instance holds exactly one element. */
  public boolean isScalar() {
    return getNumElems() == 1;
  }

  /** The number of elements. */
  public abstract int getNumElems();

  public int getElemInt() {
    return getElemIntAt(0);
  }

  public float getElemFloat() {
    return getElemFloatAt(0);
  }

  public double getElemDouble() {
    return getElemDoubleAt(0);
  }

  /**
   * The value as text: a scalar's element, else every element comma-separated, as SNAP's
   * (snap-core ProductData.java 14.x, lines 608-620), so an array attribute's
   * {@code MetadataElement.getAttributeString} is its whole list ("1,2,3"), not its first element.
   */
  public String getElemString() {
    if (isScalar()) {
      return getElemStringAt(0);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < getNumElems(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(getElemStringAt(i));
    }
    return text.toString();
  }

  /** Element {@code index} as int (floats are rounded; uint32 above 2^31-1 wraps). */
  public abstract int getElemIntAt(int index);

  public abstract float getElemFloatAt(int index);

  public abstract double getElemDoubleAt(int index);

  public abstract String getElemStringAt(int index);

  public void setElemInt(int value) {
    setElemIntAt(0, value);
  }

  public void setElemFloat(float value) {
    setElemFloatAt(0, value);
  }

  public void setElemDouble(double value) {
    setElemDoubleAt(0, value);
  }

  /**
   * As SNAP's, which declares it for every type and implements it for none (its
   * {@code setElemStringAt} throws): code that works here must work in SNAP, so it throws here too.
   * Set an ASCII text with {@link #setElems(Object)}.
   *
   * @throws IllegalStateException always
   */
  public void setElemString(String value) {
    throw new IllegalStateException("SNAP's ProductData.setElemString sets no type's value (its setElemStringAt throws)");
  }

  public abstract void setElemIntAt(int index, int value);

  public abstract void setElemFloatAt(int index, float value);

  public abstract void setElemDoubleAt(int index, double value);

  /** The backing array (or String for ASCII); not a copy. */
  public abstract Object getElems();

  /**
   * Copies {@code data}, an array of the backing type and of the same length, into this instance.
   *
   * @throws IllegalArgumentException if the array type or length differs
   */
  public abstract void setElems(Object data);

  /** Releases the samples: the instance holds no elements afterwards. */
  public abstract void dispose();

  /** As {@link #getElemString()}, as SNAP's. */
  @Override
  public String toString() {
    return getElemString();
  }

  /** A deep copy of this instance: same type, a copy of the elements. */
  ProductData copy() {
    return createInstance(type, ProductDataArrays.copyOf(getElems()));
  }

  /** Whether {@code other} has this instance's type and equal elements. */
  boolean equalElems(ProductData other) {
    return other != null && other.type == type && ProductDataArrays.equal(getElems(), other.getElems());
  }

  IllegalArgumentException wrongElems(Object data, String expected) {
    return new IllegalArgumentException("cannot set " + getTypeString() + " elements from "
        + (data == null ? "null" : data.getClass().getSimpleName()) + ": expected " + expected
        + " of length " + getNumElems());
  }

  /** Signed 8-bit integers. */
  public static class Byte extends ProductData {
    byte[] array;

    public Byte(int numElems) {
      this(new byte[numElems], TYPE_INT8);
    }

    public Byte(byte[] array) {
      this(array, TYPE_INT8);
    }

    Byte(byte[] array, int type) {
      super(type);
      this.array = array;
    }

    public final byte[] getArray() {
      return array;
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
      array[index] = (byte) value;
    }

    @Override
    public void setElemFloatAt(int index, float value) {
      array[index] = (byte) Math.round(value);
    }

    @Override
    public void setElemDoubleAt(int index, double value) {
      array[index] = (byte) Math.round(value);
    }

    @Override
    public Object getElems() {
      return array;
    }

    @Override
    public void setElems(Object data) {
      if (!(data instanceof byte[]) || ((byte[]) data).length != array.length) {
        throw wrongElems(data, "byte[]");
      }
      System.arraycopy(data, 0, array, 0, array.length);
    }

    @Override
    public void dispose() {
      array = new byte[0];
    }
  }

  /** Signed 32-bit integers. */
  public static class Int extends ProductData {
    int[] array;

    public Int(int numElems) {
      this(new int[numElems], TYPE_INT32);
    }

    public Int(int[] array) {
      this(array, TYPE_INT32);
    }

    Int(int[] array, int type) {
      super(type);
      this.array = array;
    }

    public final int[] getArray() {
      return array;
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
      return (float) getElemDoubleAt(index);
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
      setElemDoubleAt(index, value);
    }

    @Override
    public void setElemDoubleAt(int index, double value) {
      // Through long so that uint32 values above 2^31 - 1 keep their bits.
      array[index] = (int) Math.round(value);
    }

    @Override
    public Object getElems() {
      return array;
    }

    @Override
    public void setElems(Object data) {
      if (!(data instanceof int[]) || ((int[]) data).length != array.length) {
        throw wrongElems(data, "int[]");
      }
      System.arraycopy(data, 0, array, 0, array.length);
    }

    @Override
    public void dispose() {
      array = new int[0];
    }
  }

  /** Unsigned 32-bit integers; {@code getElemIntAt} returns the raw bits. */
  public static class UInt extends Int {

    public UInt(int numElems) {
      super(new int[numElems], TYPE_UINT32);
    }

    public UInt(int[] array) {
      super(array, TYPE_UINT32);
    }

    UInt(int[] array, int type) {
      super(array, type);
    }

    @Override
    public double getElemDoubleAt(int index) {
      return array[index] & 0xFFFFFFFFL;
    }

    @Override
    public String getElemStringAt(int index) {
      return String.valueOf(array[index] & 0xFFFFFFFFL);
    }
  }

  /** 32-bit floating point numbers. */
  public static class Float extends ProductData {
    private float[] array;

    public Float(float[] array) {
      super(TYPE_FLOAT32);
      this.array = array;
    }

    public Float(int numElems) {
      this(new float[numElems]);
    }

    public final float[] getArray() {
      return array;
    }

    @Override
    public int getNumElems() {
      return array.length;
    }

    @Override
    public int getElemIntAt(int index) {
      return Math.round(array[index]);
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
      array[index] = value;
    }

    @Override
    public void setElemDoubleAt(int index, double value) {
      array[index] = (float) value;
    }

    @Override
    public Object getElems() {
      return array;
    }

    @Override
    public void setElems(Object data) {
      if (!(data instanceof float[]) || ((float[]) data).length != array.length) {
        throw wrongElems(data, "float[]");
      }
      System.arraycopy(data, 0, array, 0, array.length);
    }

    @Override
    public void dispose() {
      array = new float[0];
    }
  }

  /** 64-bit floating point numbers. */
  public static class Double extends ProductData {
    private double[] array;

    public Double(double[] array) {
      super(TYPE_FLOAT64);
      this.array = array;
    }

    public Double(int numElems) {
      this(new double[numElems]);
    }

    public final double[] getArray() {
      return array;
    }

    @Override
    public int getNumElems() {
      return array.length;
    }

    @Override
    public int getElemIntAt(int index) {
      return (int) Math.round(array[index]);
    }

    @Override
    public float getElemFloatAt(int index) {
      return (float) array[index];
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
      array[index] = value;
    }

    @Override
    public void setElemDoubleAt(int index, double value) {
      array[index] = value;
    }

    @Override
    public Object getElems() {
      return array;
    }

    @Override
    public void setElems(Object data) {
      if (!(data instanceof double[]) || ((double[]) data).length != array.length) {
        throw wrongElems(data, "double[]");
      }
      System.arraycopy(data, 0, array, 0, array.length);
    }

    @Override
    public void dispose() {
      array = new double[0];
    }
  }

  /**
   * A text, one element per byte of its UTF-8 encoding: SNAP's {@code getBytes()} in the platform
   * charset, UTF-8 on the Java it runs on (18 and later). Characters beyond Latin-1 (a user's name
   * in a path) are kept; the DIMAP header writes them as character references.
   */
  public static class ASCII extends Byte {

    public ASCII(int length) {
      super(new byte[length], TYPE_ASCII);
    }

    public ASCII(String text) {
      super(text.getBytes(StandardCharsets.UTF_8), TYPE_ASCII);
    }

    ASCII(byte[] text) {
      super(text, TYPE_ASCII);
    }

    /** The whole text. */
    @Override
    public String getElemString() {
      return new String(array, StandardCharsets.UTF_8);
    }

    /** The character at {@code index}. */
    @Override
    public String getElemStringAt(int index) {
      return String.valueOf((char) (array[index] & 0xFF));
    }

    /**
     * Replaces the whole text by a String, {@code char[]} or {@code byte[]} of any length but
     * zero: SNAP's (snap-core ProductData.java 14.x, lines 2858-2870) refuses null and an empty text.
     */
    @Override
    public void setElems(Object data) {
      if (data instanceof String && !((String) data).isEmpty()) {
        array = ((String) data).getBytes(StandardCharsets.UTF_8);
      } else if (data instanceof char[] && ((char[]) data).length > 0) {
        array = String.valueOf((char[]) data).getBytes(StandardCharsets.UTF_8);
      } else if (data instanceof byte[] && ((byte[]) data).length > 0) {
        array = ((byte[]) data).clone();
      } else {
        throw new IllegalArgumentException("cannot set ascii text from "
            + (data == null ? "null" : data.getClass().getSimpleName() + " (empty or not a String, char[] or byte[])"));
      }
    }

    @Override
    public String toString() {
      return getElemString();
    }
  }

  /**
   * A UTC time as SNAP stores it: days since 2000-01-01 00:00 UTC (MJD2000), seconds and
   * microseconds, which need not share a sign (SNAP's split of a time before 2000 gives days and
   * seconds of no more than zero): read the instant from all three, not the seconds as a time of day.
   */
  public static class UTC extends UInt {

    public static final TimeZone UTC_TIME_ZONE = TimeZone.getTimeZone("UTC");
    public static final String DATE_FORMAT_PATTERN = "dd-MMM-yyyy HH:mm:ss";

    /** 2000-01-01 00:00 UTC; the start of day 0. */
    public UTC() {
      super(new int[3], TYPE_UTC);
    }

    /** @param elems days, seconds and microseconds (wrapped) */
    public UTC(int[] elems) {
      super(checkLength(elems), TYPE_UTC);
    }

    /**
     * @param days days since 2000-01-01
     * @param seconds seconds of the day
     * @param microSeconds microseconds of the second
     */
    public UTC(int days, int seconds, int microSeconds) {
      this(new int[] {days, seconds, microSeconds});
    }

    /**
     * @param mjd fractional days since 2000-01-01 00:00 UTC (MJD2000), split as SNAP splits it: days
     *     and seconds rounded toward zero, so a time before 2000 has days and seconds of no more than
     *     zero (-0.25 is day 0, second -21600), the microseconds rounded
     */
    public UTC(double mjd) {
      this(UtcTime.fromMjd(mjd));
    }

    private static int[] checkLength(int[] elems) {
      if (elems.length != 3) {
        throw new IllegalArgumentException("a UTC needs 3 elements (days, seconds, microseconds), got " + elems.length);
      }
      return elems;
    }

    /**
     * The whole second of {@code date} plus {@code microSeconds}, the fraction of that second: as
     * SNAP's, the date's milliseconds are dropped, and days and seconds are the milliseconds since
     * 2000 divided toward zero, so a time before 2000 has negative seconds (15-JUN-1995 23:59:50
     * is days -1660, seconds -10); the microseconds are kept as given.
     */
    public static UTC create(Date date, long microSeconds) {
      long millis = date.getTime() - UtcTime.EPOCH_2000_MILLIS;
      long days = millis / UtcTime.MILLIS_PER_DAY;
      long seconds = (millis - days * UtcTime.MILLIS_PER_DAY) / 1000L;
      return new UTC(Math.toIntExact(days), (int) seconds, (int) microSeconds);
    }

    /** A Gregorian calendar in UTC, English locale, set to 2000-01-01 00:00, as SNAP's. */
    public static Calendar createCalendar() {
      Calendar calendar = Calendar.getInstance(UTC_TIME_ZONE, Locale.ENGLISH);
      calendar.clear();
      calendar.set(2000, Calendar.JANUARY, 1);
      return calendar;
    }

    /** A date format of {@link #DATE_FORMAT_PATTERN} in UTC. */
    public static DateFormat createDateFormat() {
      return createDateFormat(DATE_FORMAT_PATTERN);
    }

    /** A {@link SimpleDateFormat} of {@code pattern}, English locale, UTC calendar. */
    public static DateFormat createDateFormat(String pattern) {
      SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
      format.setCalendar(createCalendar());
      return format;
    }

    /**
     * Parses {@code "dd-MMM-yyyy HH:mm:ss[.ffffff]"}, month name in any case ("15-JAN-2020 05:43:21.123456").
     *
     * @throws ParseException naming the text and the expected pattern
     */
    public static UTC parse(String text) throws ParseException {
      return parse(text, DATE_FORMAT_PATTERN);
    }

    /**
     * Parses {@code text} with {@code pattern} (lenient, as SNAP's: 32-JAN is 01-FEB), plus an optional
     * fraction of up to 6 digits after the last dot.
     */
    public static UTC parse(String text, String pattern) throws ParseException {
      return parse(text, createDateFormat(pattern));
    }

    /**
     * Parses {@code text} as SNAP does: {@code format} for what precedes the last dot (text it leaves
     * unread is ignored), the fraction of the second after it.
     *
     * @throws IllegalArgumentException if {@code text} is null or empty
     */
    public static UTC parse(String text, DateFormat format) throws ParseException {
      return UtcTime.parse(text, format);
    }

    /**
     * This time as {@code "15-JAN-2020 05:43:21.123456"}: the days and seconds formatted, the
     * microseconds appended as their digits, as SNAP's.
     */
    public String format() {
      String whole = createDateFormat(DATE_FORMAT_PATTERN).format(new Date(UtcTime.wholeSecondMillis(array)));
      String micros = String.valueOf(getMicroSecondsFraction());
      return whole.toUpperCase(Locale.ENGLISH) + '.' + "0".repeat(Math.max(0, 6 - micros.length())) + micros;
    }

    /** This time as {@link #format()} gives it. */
    @Override
    public String getElemString() {
      return format();
    }

    /** A UTC calendar at this time, the microseconds rounded to the millisecond as SNAP's. */
    public Calendar getAsCalendar() {
      Calendar calendar = createCalendar();
      calendar.setTimeInMillis(UtcTime.toEpochMillis(array));
      return calendar;
    }

    /** This time, the microseconds rounded to the millisecond as SNAP's. */
    public Date getAsDate() {
      return new Date(UtcTime.toEpochMillis(array));
    }

    /** Fractional days since 2000-01-01 00:00 UTC. */
    public double getMJD() {
      return array[0] + (array[1] + array[2] / 1.0e6) / 86400.0;
    }

    public int getDaysFraction() {
      return array[0];
    }

    public long getSecondsFraction() {
      return array[1];
    }

    public long getMicroSecondsFraction() {
      return array[2];
    }

    @Override
    public String toString() {
      return format();
    }
  }
}
