package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import org.dlinsar.parts.EngineThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class ModelSessionTest {

  @TempDir
  Path dir;

  @Test
  void opensTheFixtureOnTheCpu() {
    try (ModelSession session = ModelFixtures.open(ModelFixtures.tinyFcn(dir))) {
      assertEquals(ExecutionProvider.CPU, session.provider());
      assertEquals("phase", session.layout().inputName());
      assertEquals(2, session.layout().inputChannels());
      assertEquals(-1, session.layout().fixedWidth(), "the fixture's width is free");
    }
  }

  @Test
  void closingWhileOtherThreadsRunWaitsForTheirBatchesThenRefusesMore() throws Exception {
    ModelSession session = ModelFixtures.open(ModelFixtures.tinyFcn(dir));
    int side = 256;
    java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
    java.util.List<Throwable> endings = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(2);
    Thread[] threads = new Thread[2];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        java.nio.FloatBuffer in = direct(session.layout().inputChannels() * side * side);
        java.nio.FloatBuffer out = direct(session.layout().outputChannels() * side * side);
        running.countDown();
        try {
          while (true) {
            session.run(in, out, 1, side, side);
            batches.incrementAndGet();
          }
        } catch (Throwable e) {
          endings.add(e);
        }
      });
      threads[t].start();
    }
    running.await();
    Thread.sleep(100);
    // as a shutdown hook does on Ctrl-C: closing under a run used to crash the JVM in ONNX Runtime
    session.close();
    for (Thread thread : threads) {
      thread.join(30_000);
    }
    assertTrue(batches.get() > 0, "no batch ran before the close");
    assertEquals(2, endings.size());
    for (Throwable e : endings) {
      assertTrue(e instanceof IllegalStateException && e.getMessage().contains("is closed"), e.toString());
    }
  }

  private static java.nio.FloatBuffer direct(int floats) {
    return java.nio.ByteBuffer.allocateDirect(floats * Float.BYTES).order(java.nio.ByteOrder.nativeOrder())
        .asFloatBuffer();
  }

  @Test
  void aDamagedModelWhoseOutputIsNaNIsOneErrorNamingIt() {
    // tiny-fcn-nan.onnx: one NaN bias, so every output is NaN (make_test_fixture.py)
    Path onnx = ModelFixtures.write(dir, "tiny-fcn-nan.onnx", ModelFixtures.bytes("tiny-fcn-nan.onnx"), card -> {});
    try (ModelSession session = ModelFixtures.open(onnx)) {
      int side = 16;
      ModelException e = assertThrows(ModelException.class, () -> session.run(
          direct(session.layout().inputChannels() * side * side), direct(side * side), 1, side, side));
      assertMessage(e, "model file " + onnx);
      assertMessage(e, "gave 256 non-finite values (NaN or infinite) of 256");
    }
  }

  @Test
  void aMissingModelFileIsNamed() throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    ResolvedModel model = ModelFixtures.resolved(onnx);
    Files.delete(onnx);
    ModelException e = assertThrows(ModelException.class,
        () -> ModelSession.open(model, ExecutionProvider.CPU));
    assertMessage(e, onnx + " does not exist");
  }

  @Test
  void aTruncatedModelFileIsNamed() {
    byte[] whole = ModelFixtures.bytes(ModelFixtures.TINY_FCN);
    Path onnx = ModelFixtures.write(dir, "cut.onnx", Arrays.copyOf(whole, whole.length / 2), c -> {});
    ModelException e = assertThrows(ModelException.class, () -> ModelFixtures.open(onnx));
    assertMessage(e, onnx + " is truncated or not an ONNX model");
  }

  @Test
  void anUnsupportedOpsetIsNamed() {
    Path onnx = ModelFixtures.write(dir, "future.onnx", ModelFixtures.bytes(ModelFixtures.OPSET_99),
        card -> card.put("opset", 99));
    ModelException e = assertThrows(ModelException.class, () -> ModelFixtures.open(onnx));
    assertMessage(e, onnx + " uses ONNX opset 99, which this ONNX Runtime does not implement");
    assertMessage(e, "expected opset " + ModelSession.MAX_OPSET + " or lower");
  }

  @Test
  void aCardOfAnotherOpsetIsNamed() {
    Path onnx = edited(card -> card.put("opset", 13));
    ModelException e = assertThrows(ModelException.class, () -> ModelFixtures.open(onnx));
    assertMessage(e, onnx + " uses ONNX opset 17 but its card says 13");
  }

  @Test
  void wrongInputNameIsNamedWithTheExpectedOne() {
    Path onnx = edited(card -> ((ObjectNode) card.get("input")).put("tensor", "coherence"));
    ModelException e = assertThrows(ModelException.class, () -> ModelFixtures.open(onnx));
    assertMessage(e, onnx + " has inputs [phase]; its card expects the one input 'coherence'");
  }

  @Test
  void wrongOutputNameIsNamed() {
    Path onnx = edited(card -> ((ObjectNode) card.get("output")).put("tensor", "mask"));
    ModelException e = assertThrows(ModelException.class, () -> ModelFixtures.open(onnx));
    assertMessage(e, onnx + " has outputs [score]; its card expects an output 'mask'");
  }

  @Test
  void wrongChannelCountIsNamedWithBothShapes() {
    Path onnx = edited(card -> ((ObjectNode) card.get("input")).withArray("channels")
        .addObject().put("name", "amplitude").put("mean", 0).put("std", 1));
    ModelException e = assertThrows(ModelException.class, () -> ModelFixtures.open(onnx));
    assertMessage(e, "input 'phase' has shape [-1, 2, -1, -1]; its card expects 3 channels");
  }

  @Test
  @DisabledIfSystemProperty(named = CudaInferenceTest.PROPERTY, matches = "true")
  void cudaAskedForWhereItCannotBeUsedIsOneClearError() {
    ResolvedModel model = ModelFixtures.resolved(ModelFixtures.tinyFcn(dir));
    ModelException e = assertThrows(ModelException.class,
        () -> ModelSession.open(model, ExecutionProvider.CUDA));
    // the CPU build: "has no CUDA provider"; the GPU build without a device: "cannot be used"
    assertMessage(e, "model tiny-fcn: provider CUDA was asked for but ");
    assertMessage(e, "expected the GPU build of ONNX Runtime (build with mvn -Pgpu) and a CUDA device");
  }

  @Test
  @DisabledIfSystemProperty(named = CudaInferenceTest.PROPERTY, matches = "true")
  void autoFallsBackToTheCpuAndSaysWhy() {
    ResolvedModel model = ModelFixtures.resolved(ModelFixtures.tinyFcn(dir));
    try (var options = new ai.onnxruntime.OrtSession.SessionOptions()) {
      ProviderChoice choice = ProviderChoice.apply(ExecutionProvider.AUTO, options, "tiny-fcn");
      assertEquals(ExecutionProvider.CPU, choice.used());
      assertMessage(choice.note(), "on the CPU: provider AUTO found no CUDA");
    }
    try (ModelSession session = ModelSession.open(model, ExecutionProvider.AUTO)) {
      assertEquals(ExecutionProvider.CPU, session.provider());
    }
  }

  @Test
  void sessionsAreSharedPerModelFileAndProviderAndUnusableAfterClose() {
    ResolvedModel model = ModelFixtures.resolved(ModelFixtures.tinyFcn(dir));
    ModelSession first = ModelSessions.shared(model, ExecutionProvider.CPU);
    assertSame(first, ModelSessions.shared(model, ExecutionProvider.CPU));
    ModelSessions.closeAll();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> first.run(
        java.nio.FloatBuffer.allocate(0), java.nio.FloatBuffer.allocate(0), 1, 1, 1));
    assertMessage(e, "is closed");
    ModelSession second = ModelSessions.shared(model, ExecutionProvider.CPU);
    assertTrue(second != first, "a new session after closeAll");
  }

  @Test
  void aModelFileGivenAnotherCardOrRewrittenIsANewModel() throws Exception {
    // a long-lived JVM (SNAP Desktop, a Spark executor) sees a model retrained or re-carded in place
    Path onnx = ModelFixtures.tinyFcn(dir);
    ModelSession first = ModelSessions.shared(ModelFixtures.resolved(onnx), ExecutionProvider.CPU);
    Path card = onnx.resolveSibling(ModelCards.cardName(onnx.getFileName().toString()));
    Files.writeString(card, Files.readString(card).replace("\"mean\":0.5", "\"mean\":0.9"));

    ModelSession recarded = ModelSessions.shared(ModelFixtures.resolved(onnx), ExecutionProvider.CPU);

    assertTrue(recarded != first, "the new card's session");
    assertEquals(0.9, recarded.card().input().channels().get(1).mean());
    Files.setLastModifiedTime(onnx, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(onnx).toMillis() + 2000));
    assertTrue(ModelSessions.shared(ModelFixtures.resolved(onnx), ExecutionProvider.CPU) != recarded,
        "the rewritten file's session");
  }

  @Test
  void concurrentCallsRunOnOneThreadEachAndOneCallAtATimeOnTheEnginesThreads() {
    assertEquals(1, ModelCalls.CONCURRENT.threadsPerCall());
    String before = System.getProperty(EngineThreads.PROPERTY);
    try {
      System.setProperty(EngineThreads.PROPERTY, "3");
      assertEquals(3, ModelCalls.ONE_AT_A_TIME.threadsPerCall(), "gpt -q 3");
      System.clearProperty(EngineThreads.PROPERTY);
      assertEquals(Runtime.getRuntime().availableProcessors(),
          ModelCalls.ONE_AT_A_TIME.threadsPerCall());
    } finally {
      if (before != null) {
        System.setProperty(EngineThreads.PROPERTY, before);
      }
    }
  }

  @Test
  void aModelGivesTheSameOutputWhateverItsThreadsPerCall() {
    ResolvedModel model = ModelFixtures.resolved(ModelFixtures.tinyFcn(dir));
    ModelSession one = ModelSessions.shared(model, ExecutionProvider.CPU, ModelCalls.CONCURRENT);
    ModelSession all = ModelSessions.shared(model, ExecutionProvider.CPU, ModelCalls.ONE_AT_A_TIME);
    assertTrue(one != all, "one session per way of calling");
    assertEquals("CPU, 1 thread per call", one.describeWhere());
    int side = 512;
    Random random = new Random(7);
    float[][] input = new float[one.layout().inputChannels()][side * side];
    for (float[] plane : input) {
      for (int i = 0; i < plane.length; i++) {
        plane[i] = (float) random.nextGaussian();
      }
    }
    float[][] onOne = new float[one.layout().outputChannels()][side * side];
    float[][] onAll = new float[one.layout().outputChannels()][side * side];
    new TiledInference(one).run(input, side, side, onOne);
    new TiledInference(all).run(input, side, side, onAll);
    for (int c = 0; c < onOne.length; c++) {
      assertArrayEquals(onOne[c], onAll[c], 1e-6f, "channel " + c);
    }
  }

  @Test
  void anOperatorGetsTheSessionOfItsModelFileOrTheRegistrysReason() {
    Path onnx = ModelFixtures.tinyFcn(dir);
    ModelSession session = ModelSessions.forTask("fixture", "", onnx.toFile(), ExecutionProvider.CPU);
    assertEquals("tiny-fcn", session.card().name());
    assertSame(session, ModelSessions.shared(ModelFixtures.resolved(onnx), ExecutionProvider.CPU));
    ModelException e = assertThrows(ModelException.class,
        () -> ModelSessions.forTask(ModelResolver.UNWRAP, null, null, ExecutionProvider.CPU));
    assertMessage(e, "no bundled model for task 'unwrap'");
  }

  private Path edited(Consumer<ObjectNode> edit) {
    return ModelFixtures.write(dir, "edited.onnx", ModelFixtures.bytes(ModelFixtures.TINY_FCN), edit);
  }

  private static void assertMessage(Exception e, String part) {
    assertMessage(e.getMessage(), part);
  }

  private static void assertMessage(String message, String part) {
    assertTrue(message.contains(part), "expected '" + part + "' in: " + message);
  }
}
