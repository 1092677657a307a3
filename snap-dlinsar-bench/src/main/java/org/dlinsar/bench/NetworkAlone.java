package org.dlinsar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A bundled detection model as a model file whose card has no {@code ensemble}: DL-Detect's
 * method DL then reports the network's detections alone, so that the evaluation measures what the
 * network brings to the join.
 */
final class NetworkAlone {

  private NetworkAlone() {}

  /** The model file of bundled model {@code name}, copied into a temporary folder. */
  static Path modelFile(String name) {
    try {
      Path folder = Files.createTempDirectory("dlinsar-network-alone");
      Path onnx = folder.resolve(name + ".onnx");
      try (InputStream in = resource(name + ".onnx")) {
        Files.copy(in, onnx);
      }
      ObjectMapper json = new ObjectMapper();
      ObjectNode card;
      try (InputStream in = resource(name + ".card.json")) {
        card = (ObjectNode) json.readTree(in);
      }
      card.remove("ensemble");
      json.writeValue(folder.resolve(name + ".card.json").toFile(), card);
      folder.toFile().deleteOnExit();
      onnx.toFile().deleteOnExit();
      folder.resolve(name + ".card.json").toFile().deleteOnExit();
      return onnx;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy bundled model " + name, e);
    }
  }

  private static InputStream resource(String file) throws IOException {
    InputStream in = NetworkAlone.class.getClassLoader().getResourceAsStream("dlinsar-models/" + file);
    if (in == null) {
      throw new IOException("no bundled dlinsar-models/" + file + " on the class path");
    }
    return in;
  }
}
