package org.dlinsar.inference;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns the ONNX Runtime sessions of the JVM: one per model file, execution provider and way of
 * calling ({@link ModelCalls}), opened on first use, shared by every operator and tile, closed at
 * JVM shutdown. A model file rewritten or given another card since (a model retrained in place,
 * in SNAP Desktop or a Spark executor, which live long) is a new model and gets its own session;
 * the old one stays for the operators that still hold it ({@link #held}) and is closed once the
 * last of them is disposed ({@link #release}): retrained again and again, a file would otherwise
 * keep one session, its weights and ONNX Runtime's buffers, per version until the JVM ends. A
 * session handed out by {@link #shared} to a caller that does not say when it is done stays open.
 */
public final class ModelSessions {

  /** The file as it is now: its size and time of change, -1 for a class-path resource. */
  private record Key(String onnx, long bytes, long modified, ModelCard card, String cardSha256,
      boolean bundled, ExecutionProvider provider, ModelCalls calls) {

    /** Whether {@code other} is a version of the same file, run on the same provider and calls. */
    boolean sameFile(Key other) {
      return onnx.equals(other.onnx) && provider == other.provider && calls == other.calls;
    }
  }

  private static final Map<Key, ModelSession> OPEN = new ConcurrentHashMap<>();
  /** Under the class's lock: how many operators hold each session, and those handed out for good. */
  private static final Map<ModelSession, Integer> HOLDERS = new IdentityHashMap<>();
  private static final Set<ModelSession> KEPT = Collections.newSetFromMap(new IdentityHashMap<>());
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
    return take(model, provider, calls, false);
  }

  /**
   * As {@link #shared(ResolvedModel, ExecutionProvider, ModelCalls)} for an operator, which
   * {@link #release}s it when disposed.
   */
  static ModelSession held(ResolvedModel model, ExecutionProvider provider, ModelCalls calls) {
    return take(model, provider, calls, true);
  }

  /**
   * An operator is done with {@code session} ({@link #held}); once no operator holds it and its
   * file has been rewritten or re-carded since (a newer session of the file is open), it is closed.
   */
  static void release(ModelSession session) {
    List<ModelSession> done;
    synchronized (ModelSessions.class) {
      Integer holders = HOLDERS.get(session);
      if (holders == null) {
        return;
      }
      if (holders > 1) {
        HOLDERS.put(session, holders - 1);
        return;
      }
      HOLDERS.remove(session);
      done = superseded(OPEN.entrySet().stream().filter(e -> e.getValue() == session)
          .map(Map.Entry::getKey).findFirst().orElse(null));
    }
    done.forEach(ModelSession::close);
  }

  private static ModelSession take(ResolvedModel model, ExecutionProvider provider, ModelCalls calls,
      boolean counted) {
    while (true) {
      Key key = keyOf(model, provider, calls);
      ModelSession session = open(key, model, provider, calls);
      List<ModelSession> done;
      synchronized (ModelSessions.class) {
        if (OPEN.get(key) != session) {
          continue; // closed as superseded between its opening and now: the file is read again
        }
        if (counted) {
          HOLDERS.merge(session, 1, Integer::sum);
        } else {
          KEPT.add(session);
        }
        done = new ArrayList<>();
        for (Key older : OPEN.keySet()) {
          if (!older.equals(key) && older.sameFile(key)) {
            done.addAll(superseded(older));
          }
        }
      }
      done.forEach(ModelSession::close);
      return session;
    }
  }

  /**
   * Under the class's lock: removes {@code key}'s session if nothing holds it and a newer
   * version of its file is open; the caller closes what is returned, outside the lock.
   */
  private static List<ModelSession> superseded(Key key) {
    ModelSession session = key == null ? null : OPEN.get(key);
    if (session == null || HOLDERS.containsKey(session) || KEPT.contains(session)) {
      return List.of();
    }
    boolean newer = OPEN.keySet().stream().anyMatch(k -> !k.equals(key) && k.sameFile(key)
        && OPEN.get(k) != null && OPEN.get(k).serial() > session.serial());
    if (!newer) {
      return List.of();
    }
    OPEN.remove(key, session);
    return List.of(session);
  }

  private static Key keyOf(ResolvedModel model, ExecutionProvider provider, ModelCalls calls) {
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
    return new Key(model.onnx().toString(), bytes, modified, model.card(), model.cardSha256(), model.bundled(),
        provider, calls);
  }

  private static ModelSession open(Key key, ResolvedModel model, ExecutionProvider provider, ModelCalls calls) {
    if (exiting) {
      throw new IllegalStateException("the run is stopping: no model session opens");
    }
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

  /** The sessions open now (tests). */
  static int openCount() {
    return OPEN.size();
  }

  /** Closes every session; the next {@link #shared} call opens a new one. */
  static void closeAll() {
    List<ModelSession> sessions;
    synchronized (ModelSessions.class) {
      sessions = new ArrayList<>(OPEN.values());
      OPEN.clear();
      HOLDERS.clear();
      KEPT.clear();
    }
    sessions.forEach(ModelSession::close);
  }
}
