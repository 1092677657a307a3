package org.dlinsar.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Applies an {@link ExecutionProvider} to ONNX Runtime session options and says where models
 * run, logged once per JVM and outcome: CUDA asked for and not available is an error; AUTO
 * without CUDA falls back to the CPU and says why.
 *
 * @param used the provider the session will use: CPU or CUDA
 * @param note one line saying so, and why when AUTO fell back
 */
record ProviderChoice(ExecutionProvider used, String note) {

  private static final Logger LOG = Logger.getLogger(ProviderChoice.class.getName());
  private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

  /**
   * @param asked the provider asked for
   * @param options the options of the session to be; modified: CUDA added when chosen
   * @param modelName the model, for the error
   * @return the provider the session will use, and the note to log
   * @throws ModelException when CUDA was asked for and cannot be had
   */
  static ProviderChoice apply(ExecutionProvider asked, SessionOptions options, String modelName) {
    if (asked == ExecutionProvider.CPU) {
      return new ProviderChoice(ExecutionProvider.CPU, "ONNX Runtime runs models on the CPU (provider CPU)");
    }
    String whyNot = addCuda(options);
    if (whyNot == null) {
      return new ProviderChoice(ExecutionProvider.CUDA,
          "ONNX Runtime runs models on CUDA device 0 (provider " + asked + ")");
    }
    if (asked == ExecutionProvider.CUDA) {
      throw new ModelException("model " + modelName + ": provider CUDA was asked for but " + whyNot
          + "; expected the GPU build of ONNX Runtime (build with mvn -Pgpu) and a CUDA device,"
          + " or use provider CPU or AUTO");
    }
    return new ProviderChoice(ExecutionProvider.CPU,
        "ONNX Runtime runs models on the CPU: provider AUTO found no CUDA (" + whyNot + ")");
  }

  /**
   * AUTO's fallback when the CUDA device, added to the options, failed as the session opened (a
   * driver older than the runtime, no visible device): the session opens on the CPU instead.
   *
   * @param why ONNX Runtime's message
   */
  static ProviderChoice cpuAfterCudaFailed(String why) {
    return new ProviderChoice(ExecutionProvider.CPU, "ONNX Runtime runs models on the CPU: provider AUTO's"
        + " CUDA device 0 failed as the session opened (" + why + ")");
  }

  /**
   * Where models asked to run on {@code asked} would run, in one line, without opening a session
   * (SNAP's model dialogs show it): a CUDA device is only tried when a session opens.
   *
   * @return the line, and whether a run could start at all (CUDA asked for without the GPU build: no)
   */
  static Where where(ExecutionProvider asked) {
    if (asked == ExecutionProvider.CPU) {
      return new Where("runs on the CPU (provider CPU)", true);
    }
    String whyNot = cudaMissing();
    if (whyNot == null) {
      return new Where("runs on CUDA device 0 (provider " + asked + ")"
          + (asked == ExecutionProvider.AUTO ? ", else on the CPU" : ""), true);
    }
    return asked == ExecutionProvider.CUDA
        ? new Where("cannot run: provider CUDA was asked for but " + whyNot + "; use CPU or AUTO", false)
        : new Where("runs on the CPU: provider AUTO finds no CUDA (" + whyNot + ")", true);
  }

  /** Where a model would run ({@link #where}). */
  record Where(String line, boolean runs) {}

  /**
   * @return null when this ONNX Runtime build has a CUDA provider, else why not; also when its
   *     native library cannot load here (an Error SNAP's dialogs would show as a stack trace),
   *     which the session's opening then names in its own line
   */
  private static String cudaMissing() {
    try {
      return OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA) ? null
          : "this ONNX Runtime build has no CUDA provider: the CPU build com.microsoft.onnxruntime:onnxruntime"
              + " is on the class path";
    } catch (LinkageError e) {
      return "ONNX Runtime's native library cannot load on this machine (" + e + ")";
    }
  }

  /** @return null when CUDA was added, else why not */
  private static String addCuda(SessionOptions options) {
    String missing = cudaMissing();
    if (missing != null) {
      return missing;
    }
    try {
      options.addCUDA(0);
      return null;
    } catch (OrtException e) {
      return "CUDA device 0 cannot be used: " + e.getMessage();
    }
  }

  /** Logs the note, unless this JVM has logged it already. */
  void logOnce() {
    if (LOGGED.add(note)) {
      LOG.info(note);
    }
  }
}
