package org.dlinsar.inference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The ONNX fixtures of make_test_fixture.py (test resources beside this class) copied into a
 * folder, with their cards edited where a test needs another card.
 */
public final class ModelFixtures {

  public static final String TINY_FCN = "tiny-fcn.onnx";
  static final String OPSET_99 = "opset-99.onnx";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelFixtures() {}

  /** @return the bytes of a fixture resource */
  public static byte[] bytes(String resource) {
    try (InputStream in = ModelFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing; run"
            + " snap-dlinsar-models/training/make_test_fixture.py");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code onnxBytes} as {@code dir/<fileName>} and the tiny-fcn card, edited, beside it.
   *
   * @return the ONNX file
   */
  public static Path write(Path dir, String fileName, byte[] onnxBytes, Consumer<ObjectNode> editCard) {
    try {
      ObjectNode card = (ObjectNode) JSON.readTree(bytes("tiny-fcn.card.json"));
      editCard.accept(card);
      Path onnx = dir.resolve(fileName);
      Files.write(onnx, onnxBytes);
      Files.writeString(dir.resolve(ModelCards.cardName(fileName)), JSON.writeValueAsString(card));
      return onnx;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the tiny net with its own card, in {@code dir} */
  static Path tinyFcn(Path dir) {
    return write(dir, TINY_FCN, bytes(TINY_FCN), card -> {});
  }

  /** @return the model of an ONNX file with its card beside it */
  static ResolvedModel resolved(Path onnx) {
    return ModelResolver.resolve(ModelCards.read(onnx.resolveSibling(
        ModelCards.cardName(onnx.getFileName().toString()))).task(), null, onnx.toFile(), null);
  }

  /** @return a new session of the model, to be closed by the caller */
  static ModelSession open(Path onnx) {
    return ModelSession.open(resolved(onnx), ExecutionProvider.CPU);
  }
}
