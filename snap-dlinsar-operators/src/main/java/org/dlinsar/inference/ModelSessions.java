package org.dlinsar.inference;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns the ONNX Runtime sessions of the JVM: one per model file and execution provider, opened on
 * first use, shared by every operator and tile, closed at JVM shutdown.
 */
public final class ModelSessions {

  private record Key(String onnx, ExecutionProvider provider) {}

  private static final Map<Key, ModelSession> OPEN = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ModelSessions::closeAll, "dlinsar-model-sessions"));
  }

  private ModelSessions() {}

  /**
   * @param model a resolved model
   * @param provider the execution provider asked for
   * @return the JVM's session of that model file and provider, opened now if it is the first use
   * @throws ModelException naming the file when it cannot be opened (nothing is kept then)
   */
  public static ModelSession shared(ResolvedModel model, ExecutionProvider provider) {
    return OPEN.computeIfAbsent(new Key(model.onnx().toString(), provider),
        key -> ModelSession.open(model, provider));
  }

  /**
   * What a DL operator calls with its parameters: the model of {@code task} that
   * {@code model} or {@code modelFile} name ({@link ModelResolver}), as the JVM's shared session.
   *
   * @param task the operator's task, e.g. {@link ModelResolver#MASK}
   * @param model a bundled model's name, or null or empty
   * @param modelFile a user's ONNX file with its card beside it, or null
   * @param provider the execution provider asked for
   * @return the session, whose card gives tiling and normalisation
   * @throws ModelException naming what was given and what was expected
   */
  public static ModelSession forTask(String task, String model, File modelFile,
      ExecutionProvider provider) {
    return shared(ModelResolver.resolve(task, model, modelFile, BundledModels.onClassPath()), provider);
  }

  /** Closes every session; the next {@link #shared} call opens a new one. */
  static void closeAll() {
    List<ModelSession> sessions = new ArrayList<>(OPEN.values());
    OPEN.clear();
    sessions.forEach(ModelSession::close);
  }
}
