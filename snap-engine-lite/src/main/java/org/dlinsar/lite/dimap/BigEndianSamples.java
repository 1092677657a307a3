package org.dlinsar.lite.dimap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Copies raw samples between big-endian bytes (the layout of a BEAM-DIMAP {@code .img}, and of
 * bin/dlinsar-spark's tile files) and the
 * primitive arrays that hold them in memory: {@code byte[]} (int8, uint8), {@code short[]}
 * (int16, uint16), {@code int[]} (int32, uint32), {@code float[]} and {@code double[]}.
 * Bits are copied unchanged, so every type round-trips exactly (NaN payloads included).
 */
public final class BigEndianSamples {

  private BigEndianSamples() {
  }

  /**
   * Decodes {@code count} samples from {@code bytes} (position to limit, big-endian) into
   * {@code array} from {@code offset}. {@code array} is modified; {@code bytes}' position advances.
   */
  public static void decode(ByteBuffer bytes, Object array, int offset, int count) {
    ByteBuffer in = bytes.order(ByteOrder.BIG_ENDIAN);
    if (array instanceof byte[]) {
      in.get((byte[]) array, offset, count);
    } else if (array instanceof short[]) {
      in.asShortBuffer().get((short[]) array, offset, count);
      in.position(in.position() + 2 * count);
    } else if (array instanceof int[]) {
      in.asIntBuffer().get((int[]) array, offset, count);
      in.position(in.position() + 4 * count);
    } else if (array instanceof float[]) {
      in.asFloatBuffer().get((float[]) array, offset, count);
      in.position(in.position() + 4 * count);
    } else if (array instanceof double[]) {
      in.asDoubleBuffer().get((double[]) array, offset, count);
      in.position(in.position() + 8 * count);
    } else {
      throw new IllegalArgumentException("no raw sample array: " + describe(array));
    }
  }

  /**
   * Encodes {@code count} samples of {@code array} from {@code offset} into {@code bytes} at its
   * position, big-endian. {@code bytes} is modified and its position advances.
   */
  public static void encode(Object array, int offset, int count, ByteBuffer bytes) {
    ByteBuffer out = bytes.order(ByteOrder.BIG_ENDIAN);
    if (array instanceof byte[]) {
      out.put((byte[]) array, offset, count);
    } else if (array instanceof short[]) {
      out.asShortBuffer().put((short[]) array, offset, count);
      out.position(out.position() + 2 * count);
    } else if (array instanceof int[]) {
      out.asIntBuffer().put((int[]) array, offset, count);
      out.position(out.position() + 4 * count);
    } else if (array instanceof float[]) {
      out.asFloatBuffer().put((float[]) array, offset, count);
      out.position(out.position() + 4 * count);
    } else if (array instanceof double[]) {
      out.asDoubleBuffer().put((double[]) array, offset, count);
      out.position(out.position() + 8 * count);
    } else {
      throw new IllegalArgumentException("no raw sample array: " + describe(array));
    }
  }

  private static String describe(Object array) {
    return array == null ? "null" : array.getClass().getSimpleName();
  }
}
