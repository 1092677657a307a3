package org.dlinsar.inference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * One thread's tensors for tiled inference: direct, native-order buffers that ONNX Runtime reads
 * and writes in place, and a row of scratch. Grown when a batch needs more, never shrunk, so a
 * thread allocates them once per model and tile shape.
 */
final class TileBuffers {

  private FloatBuffer input = allocate(0);
  private FloatBuffer output = allocate(0);
  private float[] row = new float[0];

  /**
   * @return this thread's buffers, each holding at least the given number of floats; the contents
   *     are left over from the last batch
   */
  TileBuffers ensure(int inputFloats, int outputFloats, int rowFloats) {
    if (input.capacity() < inputFloats) {
      input = allocate(inputFloats);
    }
    if (output.capacity() < outputFloats) {
      output = allocate(outputFloats);
    }
    if (row.length < rowFloats) {
      row = new float[rowFloats];
    }
    return this;
  }

  FloatBuffer input() {
    return input;
  }

  FloatBuffer output() {
    return output;
  }

  float[] row() {
    return row;
  }

  private static FloatBuffer allocate(int floats) {
    return ByteBuffer.allocateDirect(Math.multiplyExact(floats, Float.BYTES))
        .order(ByteOrder.nativeOrder()).asFloatBuffer();
  }
}
