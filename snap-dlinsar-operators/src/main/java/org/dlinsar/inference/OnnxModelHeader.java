package org.dlinsar.inference;

import java.nio.charset.StandardCharsets;

/**
 * The few facts of an ONNX file checked before ONNX Runtime loads it: that it is a whole
 * {@code ModelProto} with a graph, the opset of its default operator domain, and whether a tensor
 * keeps its data in another file. Walks the protobuf wire format of the top-level message, its
 * {@code opset_import} entries (onnx.proto: ModelProto field 7 graph, field 8 opset_import;
 * OperatorSetIdProto field 1 domain, field 2 version) and the graph's tensors down to their data
 * location, never into the data, so a truncated or foreign file is told apart from an
 * incompatible model.
 *
 * @param opset the version of the default domain ({@code ""} or {@code ai.onnx})
 * @param externalData the file the first tensor kept outside the model names (its
 *     {@code location}, relative to the model's folder), else null
 */
record OnnxModelHeader(long opset, String externalData) {

  private static final int GRAPH = 7;
  private static final int OPSET_IMPORT = 8;
  /** Subgraphs (If, Loop, Scan) nested deeper than this are not searched for external data. */
  private static final int MAX_DEPTH = 32;

  /** The messages that lead to tensors, and the fields of each that hold one of them. */
  private enum Kind {
    GRAPH, NODE, ATTRIBUTE, SPARSE_TENSOR, TENSOR;

    /** onnx.proto: what field {@code field} of this message holds, null for no tensor. */
    Kind child(int field) {
      return switch (this) {
        case GRAPH -> field == 1 ? NODE : field == 5 ? TENSOR : field == 15 ? SPARSE_TENSOR : null;
        case NODE -> field == 5 ? ATTRIBUTE : null;
        case ATTRIBUTE -> switch (field) {
          case 5, 10 -> TENSOR;
          case 6, 11 -> GRAPH;
          case 22, 23 -> SPARSE_TENSOR;
          default -> null;
        };
        case SPARSE_TENSOR -> field == 1 || field == 2 ? TENSOR : null;
        case TENSOR -> null;
      };
    }
  }

  private static final int TENSOR_EXTERNAL_DATA = 13;
  private static final int TENSOR_DATA_LOCATION = 14;
  private static final int EXTERNAL = 1;

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
    String externalData = null;
    while (reader.hasMore()) {
      long key = reader.varint();
      int field = (int) (key >>> 3);
      int wireType = (int) (key & 7);
      if (field == 0) {
        throw new IllegalArgumentException("field number 0 at byte " + reader.position + " (not protobuf)");
      }
      if (field == GRAPH && wireType == 2) {
        int length = reader.length();
        if (externalData == null) {
          externalData = externalData(new Reader(bytes, reader.position, reader.position + length),
              Kind.GRAPH, 0);
        }
        reader.position += length;
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
    return new OnnxModelHeader(opset, externalData);
  }

  /**
   * @param message a message of kind {@code kind}
   * @return the location of the first tensor in it kept in another file ("" when it names
   *     none), else null
   */
  private static String externalData(Reader message, Kind kind, int depth) {
    String location = null;
    boolean external = false;
    while (message.hasMore()) {
      long key = message.varint();
      int field = (int) (key >>> 3);
      int wireType = (int) (key & 7);
      Kind child = kind.child(field);
      if (kind == Kind.TENSOR && field == TENSOR_DATA_LOCATION && wireType == 0) {
        external |= message.varint() == EXTERNAL;
      } else if (kind == Kind.TENSOR && field == TENSOR_EXTERNAL_DATA && wireType == 2) {
        int length = message.length();
        String[] entry = keyAndValue(new Reader(message.bytes, message.position, message.position + length));
        message.position += length;
        external = true;
        if ("location".equals(entry[0])) {
          location = entry[1];
        }
      } else if (child != null && wireType == 2 && depth < MAX_DEPTH) {
        int length = message.length();
        String found = externalData(new Reader(message.bytes, message.position,
            message.position + length), child, depth + 1);
        message.position += length;
        if (found != null) {
          return found;
        }
      } else {
        message.skip(wireType);
      }
    }
    return external ? (location == null ? "" : location) : null;
  }

  /** @return key and value of a StringStringEntryProto (fields 1 and 2), each null when absent */
  private static String[] keyAndValue(Reader entry) {
    String[] pair = new String[2];
    while (entry.hasMore()) {
      long key = entry.varint();
      int field = (int) (key >>> 3);
      int wireType = (int) (key & 7);
      if ((field == 1 || field == 2) && wireType == 2) {
        int length = entry.length();
        pair[field - 1] = new String(entry.bytes, entry.position, length, StandardCharsets.UTF_8);
        entry.position += length;
      } else {
        entry.skip(wireType);
      }
    }
    return pair;
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
