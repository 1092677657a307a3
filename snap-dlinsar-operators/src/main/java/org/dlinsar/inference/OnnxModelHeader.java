package org.dlinsar.inference;

import java.nio.charset.StandardCharsets;

/**
 * The few facts of an ONNX file checked before ONNX Runtime loads it: that it is a whole
 * {@code ModelProto} with a graph, and the opset of its default operator domain. Walks the
 * protobuf wire format of the top-level message and of its {@code opset_import} entries only
 * (onnx.proto: ModelProto field 7 graph, field 8 opset_import; OperatorSetIdProto field 1 domain,
 * field 2 version), so a truncated or foreign file is told apart from an incompatible model.
 *
 * @param opset the version of the default domain ({@code ""} or {@code ai.onnx})
 */
record OnnxModelHeader(long opset) {

  private static final int GRAPH = 7;
  private static final int OPSET_IMPORT = 8;

  /**
   * @param bytes the whole file; not modified
   * @return its header
   * @throws IllegalArgumentException saying what is wrong: truncated, not protobuf, no graph or
   *     no default opset
   */
  static OnnxModelHeader parse(byte[] bytes) {
    Reader reader = new Reader(bytes, 0, bytes.length);
    boolean graph = false;
    long opset = -1;
    while (reader.hasMore()) {
      long key = reader.varint();
      int field = (int) (key >>> 3);
      int wireType = (int) (key & 7);
      if (field == 0) {
        throw new IllegalArgumentException("field number 0 at byte " + reader.position + " (not protobuf)");
      }
      if (field == GRAPH && wireType == 2) {
        reader.skip(2);
        graph = true;
      } else if (field == OPSET_IMPORT && wireType == 2) {
        int length = reader.length();
        long version = defaultDomainVersion(new Reader(bytes, reader.position, reader.position + length));
        reader.position += length;
        opset = Math.max(opset, version);
      } else {
        reader.skip(wireType);
      }
    }
    if (!graph) {
      throw new IllegalArgumentException("it has no graph");
    }
    if (opset < 0) {
      throw new IllegalArgumentException("it imports no opset of the default ONNX domain");
    }
    return new OnnxModelHeader(opset);
  }

  /** @return the version of an OperatorSetIdProto of the default domain, else -1 */
  private static long defaultDomainVersion(Reader entry) {
    String domain = "";
    long version = -1;
    while (entry.hasMore()) {
      long key = entry.varint();
      int field = (int) (key >>> 3);
      int wireType = (int) (key & 7);
      if (field == 1 && wireType == 2) {
        int length = entry.length();
        domain = new String(entry.bytes, entry.position, length, StandardCharsets.UTF_8);
        entry.position += length;
      } else if (field == 2 && wireType == 0) {
        version = entry.varint();
      } else {
        entry.skip(wireType);
      }
    }
    return domain.isEmpty() || domain.equals("ai.onnx") ? version : -1;
  }

  /** Protobuf wire-format cursor over {@code bytes[position, end)}. */
  private static final class Reader {
    final byte[] bytes;
    int position;
    final int end;

    Reader(byte[] bytes, int position, int end) {
      this.bytes = bytes;
      this.position = position;
      this.end = end;
    }

    boolean hasMore() {
      return position < end;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (position >= end) {
          throw new IllegalArgumentException("it ends inside a field at byte " + position + " (truncated)");
        }
        byte b = bytes[position++];
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("malformed number at byte " + position + " (not protobuf)");
    }

    int length() {
      long length = varint();
      if (length < 0 || length > end - position) {
        throw new IllegalArgumentException("a field at byte " + position + " claims " + length
            + " bytes but " + (end - position) + " remain (truncated)");
      }
      return (int) length;
    }

    void skip(int wireType) {
      switch (wireType) {
        case 0 -> varint();
        case 1 -> advance(8);
        case 2 -> {
          int length = length(); // read first: 'position += length()' would add to the old position
          position += length;
        }
        case 5 -> advance(4);
        default -> throw new IllegalArgumentException("unknown protobuf wire type " + wireType
            + " at byte " + position + " (not an ONNX file)");
      }
    }

    private void advance(int count) {
      if (count > end - position) {
        throw new IllegalArgumentException("it ends inside a field at byte " + position + " (truncated)");
      }
      position += count;
    }
  }
}
