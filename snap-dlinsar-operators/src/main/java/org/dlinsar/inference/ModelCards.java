package org.dlinsar.inference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dlinsar.files.CappedRead;
import org.dlinsar.files.JsonWords;

/**
 * Reads model cards (JSON, {@link ModelCard}) and finds the card that belongs to an ONNX file:
 * {@code <name>.onnx} has its card in {@code <name>.card.json} beside it.
 */
final class ModelCards {

  static final String ONNX_SUFFIX = ".onnx";
  static final String CARD_SUFFIX = ".card.json";

  /**
   * A card is a few KB of JSON (the bundled ones 2 to 14 KB): 16 MiB is a thousand times that, and
   * a multi-GB file named as a card is refused instead of filling the heap.
   */
  static final int MAX_BYTES = 16 << 20;

  // Unknown keys fail: a misspelt "halo" must not silently fall back to a default.
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // "halo": 4.7 is no halo
      .setInjectableValues(new InjectableValues.Std().addValue(ModelCard.NO_ENSEMBLE, null)
          .addValue(ModelCard.Ensemble.NOT_CLASSICAL_FIRST, Boolean.FALSE)
          .addValue(ModelCard.Ensemble.NO_AGREEMENT, 0.0)
          .addValue(ModelCard.Tile.NO_POOLING, 1));

  private ModelCards() {}

  /**
   * @param onnxName the file name of a model, ending in {@code .onnx}
   * @return the file name of its card
   * @throws ModelException when the name does not end in {@code .onnx}
   */
  public static String cardName(String onnxName) {
    if (!onnxName.endsWith(ONNX_SUFFIX)) {
      throw new ModelException("model file '" + onnxName + "' does not end in .onnx; expected an"
          + " ONNX file with its card <name>.card.json beside it");
    }
    return onnxName.substring(0, onnxName.length() - ONNX_SUFFIX.length()) + CARD_SUFFIX;
  }

  /**
   * @param cardFile a card file
   * @return the card
   * @throws ModelException naming the file when it is missing or not a valid card
   */
  public static ModelCard read(Path cardFile) {
    return read(new ByteArrayInputStream(bytes(cardFile)), cardFile.toString());
  }

  /**
   * @param cardFile a card file
   * @return its bytes, as read once for the card and its SHA-256
   * @throws ModelException naming the file when it is missing, unreadable or larger than {@link #MAX_BYTES}
   */
  static byte[] bytes(Path cardFile) {
    try {
      return CappedRead.bytes(cardFile, "a model card", MAX_BYTES);
    } catch (CappedRead.TooLarge e) {
      throw new ModelException("model card " + e.getMessage(), e);
    } catch (NoSuchFileException e) {
      throw new ModelException("model card " + cardFile + " does not exist; expected the JSON card"
          + " beside its ONNX file", e);
    } catch (IOException e) {
      throw new ModelException("model card " + cardFile + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * @param in the card's JSON; read to the end, not closed
   * @param origin where it comes from, for messages
   * @return the card
   * @throws ModelException naming {@code origin} when it is not a valid card
   */
  public static ModelCard read(InputStream in, String origin) {
    try {
      return JSON.readValue(in, ModelCard.class);
    } catch (ValueInstantiationException e) {
      // a compact constructor refused a value: its message says which and what was expected
      Throwable reason = e.getCause() != null ? e.getCause() : e;
      boolean isNull = reason instanceof NullPointerException;
      throw new ModelException("model card " + origin + " is invalid" + (isNull ? where(e) : "")
          + ": " + (isNull ? "a value is null" : reason.getMessage()), e);
    } catch (JsonMappingException e) {
      throw new ModelException("model card " + origin + " is not a valid card" + where(e) + ": "
          + JsonWords.of(e) + "; expected the fields of a model card (docs/CONTRACT.md)", e);
    } catch (JsonProcessingException e) {
      throw new ModelException("model card " + origin + " is not a valid card: "
          + JsonWords.of(e) + "; expected the fields of a model card (docs/CONTRACT.md)", e);
    } catch (IOException e) {
      throw new ModelException("model card " + origin + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** " at tile.halo", " at input.channels[1]": the field the mapper stopped at, or "". */
  private static String where(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.length() > 0 ? "." : "").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "" : " at " + path;
  }
}
