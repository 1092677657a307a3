package org.dlinsar.inference;

import java.io.File;
import java.util.function.Function;
import java.util.logging.Logger;
import org.esa.snap.core.gpf.OperatorException;

/**
 * What a DL operator does with its {@code model}, {@code modelFile} and {@code provider}
 * parameters: opens the model of its task and wraps it in the operator's network, or fails with
 * one {@link OperatorException} that names the operator, says why, and offers the classical
 * method instead.
 */
public final class OperatorModels {

  private OperatorModels() {}

  /**
   * @param operator the operator's alias, e.g. {@code DL-Mask}
   * @param task the model task ({@link ModelResolver})
   * @param model the {@code model} parameter
   * @param modelFile the {@code modelFile} parameter
   * @param provider the {@code provider} parameter
   * @param calls how the operator calls the model
   * @param network what the operator makes of the session; may throw {@link ModelException}
   * @param otherwise the other methods, as the message offers them, e.g. {@code method=OTSU}
   * @param log where the model used is logged
   * @param held the operator's sessions, which it releases when disposed; the session is added
   * @return the operator's network
   * @throws OperatorException naming the operator and the reason
   */
  public static <T> T open(String operator, String task, String model, File modelFile,
      String provider, ModelCalls calls, Function<ModelSession, T> network, String otherwise,
      Logger log, HeldModels held) {
    try {
      ExecutionProvider asked = ExecutionProvider.ofParameter(provider,
          operator + " parameter 'provider'");
      ModelSession session = ModelSessions.held(
          ModelResolver.resolve(task, model, modelFile, BundledModels.onClassPath()), asked, calls);
      T opened;
      try {
        opened = network.apply(session);
      } catch (RuntimeException e) {
        // refused by the operator's network: no product will read through it
        ModelSessions.release(session);
        throw e;
      }
      held.add(session);
      log.info(() -> operator + " method=DL: model " + session.card().name() + " "
          + session.card().version() + " on " + session.describeWhere());
      return opened;
    } catch (ModelException e) {
      throw new OperatorException(operator + " method=DL: " + e.getMessage() + "; or use "
          + otherwise, e);
    }
  }

  /**
   * Says in one warning that {@code model} or {@code modelFile} is not used when the operator's
   * {@code method} is not DL: a user who gave a model of their own would otherwise take the
   * classical method's output for their network's.
   */
  public static void warnIfUnused(String operator, String method, String model, File modelFile, Logger log) {
    boolean named = model != null && !model.isBlank();
    boolean file = modelFile != null && !modelFile.getPath().isBlank();
    if ("DL".equals(method) || !named && !file) {
      return;
    }
    log.warning(() -> operator + ": " + (file ? "modelFile '" + modelFile + "'" : "model '" + model + "'")
        + " is not used: method=" + method + " runs no network (give method=DL to use it)");
  }
}
