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

  /** The name the evaluations give a network run alone. */
  static final String NAME = "NETWORK_ALONE";

  private NetworkAlone() {}

  /** The model file of bundled model {@code name}, copied into a temporary folder. */
  static Path modelFile(String name) {
    return copied(name, () -> resource(name + ".onnx"), () -> resource(name + ".card.json"));
  }

  /** A model file of one's own ({@code <name>.onnx} with its card beside it), copied likewise. */
  static Path modelFile(Path onnx) {
    String name = onnx.getFileName().toString().replaceFirst("\\.onnx$", "");
    return copied(name, () -> Files.newInputStream(onnx),
        () -> Files.newInputStream(onnx.resolveSibling(name + ".card.json")));
  }

  private interface Source {
    InputStream open() throws IOException;
  }

  private static Path copied(String name, Source model, Source cardSource) {
    try {
      Path folder = Files.createTempDirectory("dlinsar-network-alone");
      Path onnx = folder.resolve(name + ".onnx");
      try (InputStream in = model.open()) {
        Files.copy(in, onnx);
      }
      ObjectMapper json = new ObjectMapper();
      ObjectNode card;
      try (InputStream in = cardSource.open()) {
        card = (ObjectNode) json.readTree(in);
      }
      card.remove("ensemble");
      json.writeValue(folder.resolve(name + ".card.json").toFile(), card);
      folder.toFile().deleteOnExit();
      onnx.toFile().deleteOnExit();
      folder.resolve(name + ".card.json").toFile().deleteOnExit();
      return onnx;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy model " + name, e);
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
