package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class BigEndianSamplesTest {

  @Test
  void encodesMostSignificantByteFirst() {
    ByteBuffer bytes = ByteBuffer.allocate(4 + 2 + 4);

    BigEndianSamples.encode(new int[] {0x01020304}, 0, 1, bytes);
    BigEndianSamples.encode(new short[] {0, (short) 0xA0B0}, 1, 1, bytes);
    BigEndianSamples.encode(new float[] {1.0f}, 0, 1, bytes);

    assertArrayEquals(new byte[] {1, 2, 3, 4, (byte) 0xA0, (byte) 0xB0, 0x3F, (byte) 0x80, 0, 0}, bytes.array());
    assertEquals(10, bytes.position());
  }

  @Test
  void decodesIntoTheArrayAtAnOffset() {
    ByteBuffer bytes = ByteBuffer.wrap(new byte[] {0x40, 0, 0, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0});
    double[] target = new double[3];

    BigEndianSamples.decode(bytes, target, 1, 2);

    assertArrayEquals(new double[] {0.0, 2.0, -2.0}, target);
    assertEquals(16, bytes.position());
  }

  @Test
  void roundTripsNanPayloadsAndSignedZero() {
    float[] values = {Float.intBitsToFloat(0x7FC00123), -0.0f, Float.MIN_VALUE};
    ByteBuffer bytes = ByteBuffer.allocate(12);
    BigEndianSamples.encode(values, 0, 3, bytes);
    float[] decoded = new float[3];

    BigEndianSamples.decode(bytes.flip(), decoded, 0, 3);

    for (int i = 0; i < 3; i++) {
      assertEquals(Float.floatToRawIntBits(values[i]), Float.floatToRawIntBits(decoded[i]), "value " + i);
    }
  }
}
