package org.dlinsar.inference;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns what an operator was given into a model and its card: {@code modelFile} (a user's ONNX
 * file with {@code <name>.card.json} beside it), else {@code model} (a bundled name), else the
 * best bundled model of the task. Errors name what was given and what was expected.
 */
public final class ModelResolver {

  /** Operators' task names, as model cards write them. */
  public static final String MASK = "mask";
  public static final String DETECT_LANDSLIDE = "detect-landslide";
  public static final String DETECT_SUBSIDENCE = "detect-subsidence";
  public static final String UNWRAP = "unwrap";

  private ModelResolver() {}

  /**
   * @param task the task the operator needs, e.g. {@link #MASK}
   * @param model a bundled model's name, or null or empty
   * @param modelFile a user's ONNX file, or null
   * @param bundled the bundled models
   * @return the model and its card
   * @throws ModelException when both are given, the name is not bundled, the file or its card is
   *     missing or invalid, the card is for another task, or no model is bundled for the task
   */
  public static ResolvedModel resolve(String task, String model, File modelFile, BundledModels bundled) {
    boolean named = model != null && !model.isBlank();
    if (named && modelFile != null) {
      throw new ModelException("model '" + model + "' and modelFile " + modelFile
          + " were both given; expected one of them");
    }
    ResolvedModel resolved;
    if (modelFile != null) {
      resolved = fromFile(modelFile.toPath());
    } else if (named) {
      resolved = bundled.named(model).orElseThrow(() -> new ModelException("no bundled model is"
          + " named '" + model + "'; expected one of " + names(bundled, task)
          + " (bin/dlinsar models lists them) or a modelFile"));
    } else {
      resolved = bundled.forTask(task).stream().findFirst()
          .orElseThrow(() -> new ModelException(noBundledModel(task)));
    }
    if (!resolved.card().task().equals(task)) {
      throw new ModelException("model " + resolved.location() + " is for task '"
          + resolved.card().task() + "'; expected a model for task '" + task + "'");
    }
    return resolved;
  }

  /** @return the message for a task without a bundled model */
  public static String noBundledModel(String task) {
    return "no bundled model for task '" + task + "'; train one with snap-dlinsar-models/training"
        + " (see its README) or pass modelFile (an ONNX file with its <name>.card.json beside it)";
  }

  private static ResolvedModel fromFile(Path onnx) {
    Path card = cardBeside(onnx);
    if (!Files.isRegularFile(onnx)) {
      throw new ModelException("model file " + onnx + " does not exist; expected an ONNX file"
          + " with its card " + card.getFileName() + " beside it");
    }
    card = cardOfLinked(onnx, card);
    byte[] cardBytes = ModelCards.bytes(card);
    try {
      return new ResolvedModel(ModelCards.read(new ByteArrayInputStream(cardBytes), card.toString()),
          onnx.toUri().toURL(), onnx.toString(), false, Sha256.of(cardBytes));
    } catch (MalformedURLException e) {
      throw new ModelException("model file " + onnx + " has no URL: " + e.getMessage(), e);
    }
  }

  private static Path cardBeside(Path onnx) {
    return onnx.resolveSibling(ModelCards.cardName(onnx.getFileName().toString()));
  }

  /**
   * The card of a model file given as a symbolic link ({@code current.onnx -> yolo-v2.onnx}): the
   * one beside the link if there is one, else the one beside the file it points to, which came with it.
   */
  private static Path cardOfLinked(Path onnx, Path besideLink) {
    if (Files.exists(besideLink) || !Files.isSymbolicLink(onnx)) {
      return besideLink;
    }
    Path target;
    try {
      target = onnx.toRealPath();
    } catch (IOException e) {
      return besideLink;
    }
    Path besideTarget = target.getFileName().toString().endsWith(".onnx") ? cardBeside(target) : null;
    if (besideTarget != null && Files.exists(besideTarget)) {
      return besideTarget;
    }
    throw new ModelException("model card " + besideLink + " does not exist"
        + (besideTarget == null ? "" : ", nor " + besideTarget + " beside the file " + onnx.getFileName()
        + " links to") + "; expected the JSON card beside its ONNX file");
  }

  private static String names(BundledModels bundled, String task) {
    return bundled.forTask(task).stream().map(m -> m.card().name()).toList().toString();
  }
}
