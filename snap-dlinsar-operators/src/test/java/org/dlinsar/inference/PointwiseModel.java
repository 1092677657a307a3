package org.dlinsar.inference;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * An ONNX model written byte by byte (no Python in the Java build): one 1 x 1 convolution of
 * opset 17 from the input {@code phase} {@code [N, 2, H, W]} to the output {@code score}
 * {@code [N, 1, H, W]}, the tiny-fcn card's tensors, weighing channel 0 by {@link #W0} and 1 by
 * {@link #W1}. Its weights are inside the file, or in an external data file beside it as
 * exporters write them (torch.onnx.export with {@code external_data=True}, onnx's
 * {@code save_as_external_data}); or strided, its output smaller than its input, with free
 * height and width all the same.
 */
final class PointwiseModel {

  static final float W0 = 0.75f;
  static final float W1 = -2.5f;

  private PointwiseModel() {}

  /** @return the model, its weights inside it */
  static byte[] withWeightsInside() {
    return model(tensor(raw(), null), 1);
  }

  /** @return the model, its convolution taking every {@code stride}-th pixel of each axis */
  static byte[] strided(int stride) {
    return model(tensor(raw(), null), stride);
  }

  /**
   * @param location the external data file, relative to the model's folder
   * @return the model, its weights at offset 0 of {@code location} ({@link #weights()})
   */
  static byte[] withWeightsIn(String location) {
    return model(tensor(null, location), 1);
  }

  /** @return the bytes of the external data file: the two weights, little-endian floats */
  static byte[] weights() {
    return raw();
  }

  private static byte[] raw() {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(W0).putFloat(W1).array();
  }

  private static byte[] model(byte[] weight, int stride) {
    // AttributeProto: name, type INTS (7), ints
    Proto strides = new Proto().text(1, "strides").varint(20, 7).varint(8, stride).varint(8, stride);
    Proto graph = new Proto()
        .message(1, new Proto().text(1, "phase").text(1, "w").text(2, "score").text(3, "conv")
            .text(4, "Conv").message(5, strides.bytes()).bytes())
        .text(2, "pointwise")
        .message(5, weight)
        .message(11, valueInfo("phase", 2))
        .message(12, valueInfo("score", 1));
    return new Proto().varint(1, 8).text(2, "PointwiseModel")
        .message(7, graph.bytes())
        .message(8, new Proto().text(1, "").varint(2, 17).bytes())
        .bytes();
  }

  /** TensorProto "w" [1, 2, 1, 1] float: raw data, or data_location EXTERNAL at {@code location}. */
  private static byte[] tensor(byte[] raw, String location) {
    Proto tensor = new Proto().varint(1, 1).varint(1, 2).varint(1, 1).varint(1, 1).varint(2, 1)
        .text(8, "w");
    if (raw != null) {
      tensor.message(9, raw);
    } else {
      tensor.message(13, entry("location", location)).message(13, entry("offset", "0"))
          .message(13, entry("length", "8")).varint(14, 1);
    }
    return tensor.bytes();
  }

  private static byte[] entry(String key, String value) {
    return new Proto().text(1, key).text(2, value).bytes();
  }

  /** ValueInfoProto of a float tensor [N, channels, H, W], N, H and W free. */
  private static byte[] valueInfo(String name, int channels) {
    Proto shape = new Proto()
        .message(1, new Proto().text(2, "N").bytes())
        .message(1, new Proto().varint(1, channels).bytes())
        .message(1, new Proto().text(2, "H").bytes())
        .message(1, new Proto().text(2, "W").bytes());
    Proto tensorType = new Proto().varint(1, 1).message(2, shape.bytes());
    return new Proto().text(1, name).message(2, new Proto().message(1, tensorType.bytes()).bytes())
        .bytes();
  }

  /** Protobuf wire format, the few field kinds an ONNX model needs. */
  private static final class Proto {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Proto varint(int field, long value) {
      raw((long) field << 3);
      raw(value);
      return this;
    }

    Proto text(int field, String value) {
      return message(field, value.getBytes(StandardCharsets.UTF_8));
    }

    Proto message(int field, byte[] value) {
      raw(((long) field << 3) | 2);
      raw(value.length);
      out.writeBytes(value);
      return this;
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    private void raw(long value) {
      while ((value & ~0x7fL) != 0) {
        out.write((int) ((value & 0x7f) | 0x80));
        value >>>= 7;
      }
      out.write((int) value);
    }
  }
}
