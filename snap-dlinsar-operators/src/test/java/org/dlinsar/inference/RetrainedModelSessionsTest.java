package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.logging.Logger;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.TrainingScenes;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SNAP Desktop's JVM runs for days while a user retrains a model in place and runs DL-Mask with it
 * after each training: each version of the file gets its own session, and the session of a
 * version no product reads through any more is closed, so the sessions open do not grow with the
 * versions. A product still open on an older version keeps computing with it meanwhile.
 */
class RetrainedModelSessionsTest {

  private static final Path MODELS = Path.of("../snap-dlinsar-models/src/main/resources/dlinsar-models");
  private static final int SIZE = 48;

  @TempDir
  Path dir;
  private Path onnx;

  @BeforeEach
  void copyTheMaskModel() throws IOException {
    ModelSessions.closeAll();
    onnx = Files.copy(MODELS.resolve("skrau-mask.onnx"), dir.resolve("mine.onnx"));
    Files.copy(MODELS.resolve("skrau-mask.card.json"), dir.resolve("mine.card.json"));
  }

  @AfterEach
  void closeSessions() {
    ModelSessions.closeAll();
  }

  @Test
  void aModelRetrainedRunAfterRunKeepsOneSessionOpen() throws Exception {
    float[] first = null;
    for (int version = 0; version < 6; version++) {
      retrain(version);
      Product stack = SimulatedProducts.stack(TrainingScenes.scene(3, SIZE));
      Product mask = mask(stack);
      float[] samples = firstMask(mask);
      mask.dispose();
      stack.dispose();
      if (first == null) {
        first = samples;
      }
      assertArrayEquals(first, samples, "version " + version + " (the same weights)");
      assertEquals(1, ModelSessions.openCount(), "sessions open after version " + version);
    }
  }

  @Test
  void anOlderVersionStaysOpenWhileAProductReadsThroughIt() throws Exception {
    retrain(0);
    Product stack = SimulatedProducts.stack(TrainingScenes.scene(3, SIZE));
    Product older = mask(stack);
    retrain(1);
    Product newer = mask(stack);
    float[] fromNewer = firstMask(newer);
    newer.dispose();
    assertEquals(2, ModelSessions.openCount(), "the older version's product is still open");

    assertArrayEquals(fromNewer, firstMask(older), "the older product computes with its session");
    older.dispose();
    assertEquals(1, ModelSessions.openCount(), "the newest version's session stays for the next run");
    stack.dispose();
  }

  /**
   * Versions the operator's network refuses (a card whose channels it does not take, say) are
   * given back at once: each stayed held, and open, until the JVM exited.
   */
  @Test
  void versionsTheOperatorRefusesAreNotKeptOpen() throws Exception {
    HeldModels held = new HeldModels();
    for (int version = 0; version < 4; version++) {
      retrain(version);
      OperatorException e = assertThrows(OperatorException.class,
          () -> OperatorModels.open("DL-Mask", "mask", null, onnx.toFile(), "CPU", ModelCalls.CONCURRENT,
              session -> {
                throw new ModelException("channels in another order");
              }, "method=OTSU", Logger.getLogger("test"), held));
      assertTrue(e.getMessage().contains("channels in another order"), e.getMessage());
    }

    assertEquals(1, ModelSessions.openCount(), "only the newest version's session stays for the next run");
  }

  /** A new version of the file: a training run rewrote it (here: a later time of change). */
  private void retrain(int version) throws IOException {
    Files.setLastModifiedTime(onnx, FileTime.fromMillis(1_700_000_000_000L + version * 60_000L));
  }

  private Product mask(Product stack) {
    return GPF.createProduct("DL-Mask", Map.of("method", "DL", "modelFile", onnx.toFile(),
        "provider", "CPU"), stack);
  }

  private static float[] firstMask(Product mask) throws IOException {
    for (Band band : mask.getBands()) {
      if (band.getName().startsWith("mask_ifg_")) {
        return band.readPixels(0, 0, SIZE, SIZE, new float[SIZE * SIZE]);
      }
    }
    throw new AssertionError("no mask band in " + mask.getName());
  }
}
