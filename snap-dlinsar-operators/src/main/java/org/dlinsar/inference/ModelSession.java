package org.dlinsar.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.RunOptions;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One model loaded into ONNX Runtime, checked against its card, shared by every tile and thread
 * ({@link OrtSession#run} is thread-safe). Obtain it from {@link ModelSessions}, which owns and
 * closes it; use after close throws {@link IllegalStateException}.
 *
 * <p>Opening fails with one {@link ModelException} naming the file and what was expected when
 * the file is missing, truncated or not ONNX, keeps weights in an external data file, uses an
 * opset this ONNX Runtime lacks or another than its card's, has input or output names, ranks
 * or channel counts other than its card's, or an output of another batch, height or width than
 * its input on a small probe batch.
 */
public final class ModelSession implements AutoCloseable {

  /**
   * The newest official ONNX opset of ONNX Runtime 1.29 (it refuses newer ones, saying they are
   * under development); raise with the runtime.
   */
  static final int MAX_OPSET = 26;

  /** The side of the probe tile a model with free height and width runs as it opens (a multiple of its stride). */
  static final int PROBE_SIDE = 64;

  /** Counts the sessions opened: a later one has a larger serial (a newer version of a file). */
  private static final AtomicLong OPENED = new AtomicLong();

  private final long serial = OPENED.incrementAndGet();
  private final ResolvedModel model;
  private final OrtSession session;
  private final TensorLayout layout;
  private final ExecutionProvider provider;
  /** The SHA-256 of the bytes loaded, taken once per session (not per tile). */
  private final String onnxSha256;
  private final int threadsPerCall;
  private final ThreadLocal<TileBuffers> buffers = ThreadLocal.withInitial(TileBuffers::new);
  /** Runs hold it shared, closing alone: a run in flight finishes before the native session goes. */
  private final ReentrantReadWriteLock inUse = new ReentrantReadWriteLock();
  private boolean closed;

  private ModelSession(ResolvedModel model, OrtSession session, TensorLayout layout,
      ExecutionProvider provider, String onnxSha256, int threadsPerCall) {
    this.model = model;
    this.session = session;
    this.layout = layout;
    this.provider = provider;
    this.onnxSha256 = onnxSha256;
    this.threadsPerCall = threadsPerCall;
  }

  /**
   * Loads and checks a model; callers go through {@link ModelSessions#shared}.
   *
   * @param model the model and its card
   * @param asked the execution provider asked for
   * @return the open session
   * @throws ModelException naming the file and what was expected
   */
  static ModelSession open(ResolvedModel model, ExecutionProvider asked) {
    return open(model, asked, ModelCalls.CONCURRENT);
  }

  /**
   * As above, its calls on as many threads as {@code calls} says.
   *
   * @param calls how the model will be called
   */
  static ModelSession open(ResolvedModel model, ExecutionProvider asked, ModelCalls calls) {
    ModelCard card = model.card();
    byte[] bytes = model.readOnnx();
    checkHeader(model, bytes);
    OrtEnvironment env = environment(model);
    int threads = calls.threadsPerCall();
    try (SessionOptions options = new SessionOptions()) {
      ProviderChoice choice = ProviderChoice.apply(asked, options, card.name());
      options.setIntraOpNumThreads(threads);
      OrtSession session;
      try {
        session = env.createSession(bytes, options);
      } catch (OrtException e) {
        if (asked != ExecutionProvider.AUTO || choice.used() != ExecutionProvider.CUDA) {
          throw e;
        }
        // AUTO: a CUDA device that fails only as the session opens means the CPU, as CONTRACT says
        choice = ProviderChoice.cpuAfterCudaFailed(e.getMessage());
        session = openOnCpu(env, bytes, threads);
      }
      choice.logOnce();
      try {
        TensorLayout layout = TensorLayout.check(model, session);
        checkOutputShape(model, session, layout);
        return new ModelSession(model, session, layout, choice.used(), Sha256.of(bytes), threads);
      } catch (RuntimeException | OrtException e) {
        // the session's native memory goes with a model the checks refuse
        session.close();
        throw e;
      }
    } catch (OrtException e) {
      throw new ModelException("model file " + model.location() + " cannot be loaded by ONNX"
          + " Runtime: " + e.getMessage() + "; expected an ONNX model of opset " + card.opset()
          + " as its card says", e);
    }
  }

  private static OrtSession openOnCpu(OrtEnvironment env, byte[] bytes, int threads) throws OrtException {
    try (SessionOptions cpu = new SessionOptions()) {
      cpu.setIntraOpNumThreads(threads);
      return env.createSession(bytes, cpu);
    }
  }

  /**
   * ONNX Runtime's environment. Its native library loads on first use, unpacked into the
   * temporary folder: a folder that is missing or mounted noexec fails it with an Error.
   *
   * <p>ONNX Runtime 1.29 sends usage telemetry to Microsoft unless told otherwise; the plugin turns
   * it off. Only ORT_DISABLE_TELEMETRY=1 in the environment, which bin/dlinsar sets, stops it
   * before the library loads; turned off here, the runtime logs no more than its start.
   */
  private static OrtEnvironment environment(ResolvedModel model) {
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      UnpackedRuntime.removeAtExit();
      turnOffTelemetry(environment);
      return environment;
    } catch (LinkageError e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (NativePlatforms.lackThisMachine(cause)) {
        List<String> carried = NativePlatforms.carried();
        throw new ModelException("ONNX Runtime as bundled has no native library for this machine ("
            + NativePlatforms.thisMachine() + "), so model " + model.location() + " cannot run"
            + (carried.isEmpty() ? "" : "; it has them for " + String.join(", ", carried))
            + "; -Donnxruntime.native.path may name a folder holding ONNX Runtime's libraries"
            + " built for this machine (" + cause + ")", e);
      }
      throw new ModelException("ONNX Runtime cannot load its native library on this machine, so"
          + " model " + model.location() + " cannot run (" + cause + "); it unpacks the library"
          + " into java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + "), which must exist"
          + " and allow running programs, or loads it from the folder -Donnxruntime.native.path"
          + " names", e);
    }
  }

  private static void turnOffTelemetry(OrtEnvironment environment) {
    try {
      environment.setTelemetry(false);
    } catch (OrtException e) {
      // a runtime built without telemetry has none to turn off
    }
  }

  private static void checkHeader(ResolvedModel model, byte[] bytes) {
    OnnxModelHeader header;
    try {
      header = OnnxModelHeader.parse(bytes);
    } catch (IllegalArgumentException e) {
      throw new ModelException("model file " + model.location() + " is truncated or not an ONNX"
          + " model (" + bytes.length + " bytes): " + e.getMessage() + "; expected the ONNX model"
          + " of card '" + model.card().name() + "'", e);
    }
    if (header.externalData() != null) {
      // ONNX Runtime, given the bytes, would read it from the working directory, and the
      // recorded onnx_sha256 would not cover the weights
      throw new ModelException("model file " + model.location() + " keeps its weights in an"
          + " external data file (" + (header.externalData().isEmpty() ? "unnamed"
          : header.externalData()) + "); expected one self-contained ONNX file: export it with"
          + " torch.onnx.export(..., external_data=False), or load it with onnx.load and write it"
          + " again with onnx.save(model, path, save_as_external_data=False)");
    }
    if (header.opset() > MAX_OPSET) {
      throw new ModelException("model file " + model.location() + " uses ONNX opset "
          + header.opset() + ", which this ONNX Runtime does not implement; expected opset "
          + MAX_OPSET + " or lower (its card says " + model.card().opset() + ")");
    }
    if (header.opset() != model.card().opset()) {
      throw new ModelException("model file " + model.location() + " uses ONNX opset "
          + header.opset() + " but its card says " + model.card().opset()
          + "; expected the file the card was written for");
    }
  }

  /**
   * Runs one small batch of zeros (each channel at its mean) as the model opens: a network whose
   * free axes give an output other than the card's channels at the input's batch, height and
   * width (a strided head, a crop) is refused here, not on a product's first tile. A network that
   * cannot run this tile at all is left to its real tiles, whose error says why.
   */
  private static void checkOutputShape(ResolvedModel model, OrtSession session, TensorLayout layout) {
    int stride = model.card().tile().stride();
    int free = (PROBE_SIDE + stride - 1) / stride * stride;
    long batch = layout.fixedBatch() > 0 ? layout.fixedBatch() : 1;
    long height = layout.fixedHeight() > 0 ? layout.fixedHeight() : free;
    long width = layout.fixedWidth() > 0 ? layout.fixedWidth() : free;
    long[] in = {batch, layout.inputChannels(), height, width};
    long[] expected = {batch, layout.outputChannels(), height, width};
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (RunOptions quiet = new RunOptions();
        OnnxTensor zeros = OnnxTensor.createTensor(env,
            FloatBuffer.allocate(Math.toIntExact(batch * in[1] * height * width)), in)) {
      quiet.setLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
      try (OrtSession.Result result = session.run(Map.of(layout.inputName(), zeros),
          Set.of(layout.outputName()), quiet)) {
        long[] out = ((TensorInfo) result.get(0).getInfo()).getShape();
        if (!Arrays.equals(out, expected)) {
          throw new ModelException("model file " + model.location() + " maps input '"
              + layout.inputName() + "' of shape " + Arrays.toString(in) + " to output '"
              + layout.outputName() + "' of shape " + Arrays.toString(out) + "; expected "
              + Arrays.toString(expected) + ": the output of the card's channels at the input's"
              + " batch, height and width (docs/CONTRACT.md, section 8)");
        }
      }
    } catch (OrtException e) {
      // left to the tiles
    }
  }

  /** @return the order in which this session was opened among the JVM's sessions */
  long serial() {
    return serial;
  }

  /** @return the model's card */
  public ModelCard card() {
    return model.card();
  }

  /**
   * Checks that the card's input channels are {@code inputs}, in order, and that it gives one
   * output channel: what an operator's network is fed and read as.
   *
   * @param kind the model the operator expects, for the message, e.g. {@code a mask model}
   * @throws ModelException naming the model file, what it takes and what its card says
   */
  public void requireChannels(String kind, List<String> inputs) {
    List<String> outputs = card().output().channels();
    if (outputs.size() != 1) {
      throw new ModelException(location() + ": " + kind + " takes " + inputs
          + " and gives one channel; its card says " + inputNames() + " and " + outputs);
    }
    requireChannels(kind, inputs, outputs);
  }

  /**
   * Checks that the card's input and output channels are {@code inputs} and {@code outputs}, in
   * order.
   *
   * @throws ModelException naming the model file, what it takes and what its card says
   */
  public void requireChannels(String kind, List<String> inputs, List<String> outputs) {
    if (!inputNames().equals(inputs) || !card().output().channels().equals(outputs)) {
      throw new ModelException(location() + ": " + kind + " takes " + inputs + " and gives "
          + outputs + "; its card says " + inputNames() + " and " + card().output().channels());
    }
  }

  private List<String> inputNames() {
    return card().input().channels().stream().map(ModelCard.Channel::name).toList();
  }

  /** @return the model file as messages name it */
  public String location() {
    return model.location();
  }

  /** @return where the model runs: CPU or CUDA */
  public ExecutionProvider provider() {
    return provider;
  }

  /**
   * @return which network this is and where it runs, as a product records it: the card, the
   *     SHA-256 of the ONNX bytes loaded and of the card, bundled or a user's file, CPU or CUDA
   */
  public ModelRecord record() {
    ModelCard card = card();
    return new ModelRecord(card.name(), card.version(), card.task(), model.bundled(),
        model.location(), onnxSha256, model.cardSha256(), provider, card.ensemble());
  }

  /** @return where the model runs, as a log says it: CUDA, or the CPU with its threads per call */
  public String describeWhere() {
    return provider == ExecutionProvider.CPU
        ? "CPU, " + threadsPerCall + (threadsPerCall == 1 ? " thread" : " threads") + " per call"
        : provider.toString();
  }

  /** @return the calling thread's tensor buffers for this model, kept from run to run */
  TileBuffers buffersOfThisThread() {
    return buffers.get();
  }

  /** @return the tensor shapes the model accepts */
  TensorLayout layout() {
    return layout;
  }

  /**
   * Runs one batch; thread-safe. The buffers are direct and in native order, so ONNX Runtime
   * reads and writes them in place.
   *
   * @param input {@code [batch, channels, height, width]} from index 0; not modified
   * @param output receives {@code [batch, outputChannels, height, width]} from index 0; modified
   * @throws IllegalStateException after {@link #close()}
   * @throws ModelException when ONNX Runtime fails, naming the model file
   */
  void run(FloatBuffer input, FloatBuffer output, int batch, int height, int width) {
    inUse.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("model session of " + model.location() + " is closed");
      }
      runOpen(input, output, batch, height, width);
    } finally {
      inUse.readLock().unlock();
    }
  }

  private void runOpen(FloatBuffer input, FloatBuffer output, int batch, int height, int width) {
    long[] inShape = {batch, layout.inputChannels(), height, width};
    long[] outShape = {batch, layout.outputChannels(), height, width};
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OnnxTensor in = OnnxTensor.createTensor(env, view(input, inShape), inShape);
        OnnxTensor out = OnnxTensor.createTensor(env, view(output, outShape), outShape);
        OrtSession.Result ignored = session.run(Map.of(layout.inputName(), in),
            Map.of(layout.outputName(), out))) {
      // the result is written into 'output' (a pinned output)
    } catch (OrtException e) {
      throw new ModelException("model file " + model.location() + " failed on a batch of "
          + batch + " tiles of " + width + " x " + height + ": " + e.getMessage(), e);
    }
    checkFinite(output, Math.toIntExact(outShape[0] * outShape[1] * outShape[2] * outShape[3]), batch, height, width);
  }

  /**
   * Inputs reach a network finite (no data normalised to 0), so a non-finite output is a damaged
   * model (a NaN weight, an fp16 conversion that overflows): one error, never a product of NaN
   * or, through a mask's threshold, of nothing.
   */
  private void checkFinite(FloatBuffer output, int count, int batch, int height, int width) {
    int bad = 0;
    for (int i = 0; i < count; i++) {
      float v = output.get(i);
      if (v - v != 0f) { // NaN or infinite
        bad++;
      }
    }
    if (bad > 0) {
      throw new ModelException(String.format(java.util.Locale.ROOT, "model file %s gave %d non-finite"
          + " values (NaN or infinite) of %d on a batch of %d tiles of %d x %d from finite inputs: its"
          + " weights are damaged or overflow; retrain or re-export it", model.location(), bad, count,
          batch, width, height));
    }
  }

  private static FloatBuffer view(FloatBuffer buffer, long[] shape) {
    long count = shape[0] * shape[1] * shape[2] * shape[3];
    return buffer.duplicate().position(0).limit(Math.toIntExact(count));
  }

  /**
   * Releases the native session once the runs in flight have finished (closing it under a run,
   * as a shutdown hook on Ctrl-C would, crashes the JVM in ONNX Runtime); later runs throw
   * {@link IllegalStateException}.
   */
  @Override
  public void close() {
    inUse.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        session.close();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("closing the model session of " + model.location(), e);
    } finally {
      inUse.writeLock().unlock();
    }
  }
}
