package org.dlinsar.inference;

import java.util.Objects;

/**
 * Which network a DL step ran, as its product records it ({@link ModelsMetadata}): enough to tell
 * two weights files apart and to find the one that ran again.
 *
 * @param name the card's name
 * @param version the card's version
 * @param task the card's task
 * @param bundled true for a bundled model, false for a user's {@code modelFile}
 * @param onnx the ONNX file: the path the user gave, or the bundled resource
 * @param onnxSha256 the SHA-256 of the ONNX file's bytes that were loaded, lower-case hex
 * @param cardSha256 the SHA-256 of its card file's bytes, lower-case hex
 * @param provider where the network ran: CPU or CUDA, never AUTO
 * @param ensemble the card's ensemble (detection models), null when it has none
 */
public record ModelRecord(String name, String version, String task, boolean bundled, String onnx,
    String onnxSha256, String cardSha256, ExecutionProvider provider, ModelCard.Ensemble ensemble) {

  public ModelRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(onnx, "onnx");
    Objects.requireNonNull(onnxSha256, "onnxSha256");
    Objects.requireNonNull(cardSha256, "cardSha256");
    Objects.requireNonNull(provider, "provider");
  }

  /** Where the network came from, as its records say: {@code bundled} or {@code file}. */
  public String origin() {
    return bundled ? "bundled" : "file";
  }

  /** The model as band descriptions and logs name it: {@code name version}. */
  public String nameAndVersion() {
    return name + " " + version;
  }
}
