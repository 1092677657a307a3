package org.dlinsar.inference;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * A model found by name (bundled) or by file (a user's): its card and where its ONNX bytes are.
 *
 * @param card the model's card
 * @param onnx the ONNX file, a {@code file:} or class-path ({@code jar:}) URL
 * @param location how messages name the model file: the path the user gave, or the resource
 * @param bundled true for a model of the bundled registry, false for a user's {@code modelFile}
 * @param cardSha256 the SHA-256 of the card file's bytes, lower-case hex, taken as it was read
 */
public record ResolvedModel(ModelCard card, URL onnx, String location, boolean bundled,
    String cardSha256) {

  public ResolvedModel {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(onnx, "onnx");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(cardSha256, "cardSha256");
  }

  /**
   * @return the whole ONNX file
   * @throws ModelException naming the file when it is missing or unreadable
   */
  byte[] readOnnx() {
    try (InputStream in = onnx.openStream()) {
      return in.readAllBytes();
    } catch (FileNotFoundException | NoSuchFileException e) {
      throw new ModelException("model file " + location + " does not exist; expected the ONNX"
          + " file of model '" + card.name() + "' " + card.version(), e);
    } catch (IOException e) {
      throw new ModelException("model file " + location + " cannot be read: " + e.getMessage(), e);
    }
  }
}
