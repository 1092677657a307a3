package org.dlinsar.inference;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns the ONNX Runtime sessions of the JVM: one per model file, execution provider and way of
 * calling ({@link ModelCalls}), opened on first use, shared by every operator and tile, closed at
 * JVM shutdown. A model file rewritten or given another card since (a model retrained in place,
 * in SNAP Desktop or a Spark executor, which live long) is a new model and gets its own session;
 * the old one stays for the products that still read through it.
 */
public final class ModelSessions {

  /** The file as it is now: its size and time of change, -1 for a class-path resource. */
  private record Key(String onnx, long bytes, long modified, ModelCard card, String cardSha256,
      boolean bundled, ExecutionProvider provider, ModelCalls calls) {}

  private static final Map<Key, ModelSession> OPEN = new ConcurrentHashMap<>();
  private static volatile boolean exiting;

  static {
    // at exit as at a stop: a thread still running opens none after the others are closed
    Runtime.getRuntime().addShutdownHook(new Thread(ModelSessions::closeForExit, "dlinsar-model-sessions"));
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
    if (exiting) {
      throw new IllegalStateException("the run is stopping: no model session opens");
    }
    long bytes = -1;
    long modified = -1;
    if ("file".equals(model.onnx().getProtocol())) {
      try {
        Path file = Path.of(model.onnx().toURI());
        bytes = Files.size(file);
        modified = Files.getLastModifiedTime(file).toMillis();
      } catch (IOException | URISyntaxException | RuntimeException e) {
        // opening it says what is wrong with it
      }
    }
    // a session records its card's file and origin too (ModelSession#record)
    Key key = new Key(model.onnx().toString(), bytes, modified, model.card(), model.cardSha256(), model.bundled(),
        provider, calls);
    ModelSession session = OPEN.computeIfAbsent(key, k -> ModelSession.open(model, provider, calls));
    if (exiting) {
      // the stop came while it opened, and may have closed the others without it: close it too
      OPEN.remove(key, session);
      session.close();
      throw new IllegalStateException("the run is stopping: no model session opens");
    }
    return session;
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

  /**
   * Before a stopped run exits: waits for the networks running now to finish, closes every
   * session and opens no other, so that nothing runs in ONNX Runtime when its own shutdown hook
   * frees the native environment (which crashed the JVM under a running network).
   */
  public static void closeForExit() {
    exiting = true;
    closeAll();
  }

  /** After a test's {@link #closeForExit}: sessions open again. */
  static void openAgain() {
    exiting = false;
  }

  /** Closes every session; the next {@link #shared} call opens a new one. */
  static void closeAll() {
    List<ModelSession> sessions = new ArrayList<>(OPEN.values());
    OPEN.clear();
    sessions.forEach(ModelSession::close);
  }
}
