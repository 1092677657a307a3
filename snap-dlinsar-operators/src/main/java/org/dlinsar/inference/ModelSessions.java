package org.dlinsar.inference;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns the ONNX Runtime sessions of the JVM: one per model file, execution provider and way of
 * calling ({@link ModelCalls}), opened on first use, shared by every operator and tile, closed at
 * JVM shutdown.
 */
public final class ModelSessions {

  private record Key(String onnx, ExecutionProvider provider, ModelCalls calls) {}

  private static final Map<Key, ModelSession> OPEN = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ModelSessions::closeAll, "dlinsar-model-sessions"));
  }

  private ModelSessions() {}

  /** As {@link #shared(ResolvedModel, ExecutionProvider, ModelCalls)}, called concurrently. */
  public static ModelSession shared(ResolvedModel model, ExecutionProvider provider) {
    return shared(model, provider, ModelCalls.CONCURRENT);
  }

  /**
   * @param model a resolved model
   * @param provider the execution provider asked for
   * @param calls how the caller calls it
   * @return the JVM's session of that model file, provider and calls, opened now if it is the
   *     first use
   * @throws ModelException naming the file when it cannot be opened (nothing is kept then)
   */
  public static ModelSession shared(ResolvedModel model, ExecutionProvider provider,
      ModelCalls calls) {
    return OPEN.computeIfAbsent(new Key(model.onnx().toString(), provider, calls),
        key -> ModelSession.open(model, provider, calls));
  }

  /**
   * What a DL operator calls with its parameters: the model of {@code task} that
   * {@code model} or {@code modelFile} name ({@link ModelResolver}), as the JVM's shared session.
   *
   * @param task the operator's task, e.g. {@link ModelResolver#MASK}
   * @param model a bundled model's name, or null or empty
   * @param modelFile a user's ONNX file with its card beside it, or null
   * @param provider the execution provider asked for
   * @param calls how the operator calls it
   * @return the session, whose card gives tiling and normalisation
   * @throws ModelException naming what was given and what was expected
   */
  public static ModelSession forTask(String task, String model, File modelFile,
      ExecutionProvider provider, ModelCalls calls) {
    return shared(ModelResolver.resolve(task, model, modelFile, BundledModels.onClassPath()),
        provider, calls);
  }

  /** As above, called concurrently. */
  public static ModelSession forTask(String task, String model, File modelFile,
      ExecutionProvider provider) {
    return forTask(task, model, modelFile, provider, ModelCalls.CONCURRENT);
  }

  /** Closes every session; the next {@link #shared} call opens a new one. */
  static void closeAll() {
    List<ModelSession> sessions = new ArrayList<>(OPEN.values());
    OPEN.clear();
    sessions.forEach(ModelSession::close);
  }
}
