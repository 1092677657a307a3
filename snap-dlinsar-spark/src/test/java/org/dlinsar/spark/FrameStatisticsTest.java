package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.lite.graph.PixelRegionSubset;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;

/**
 * The frame statistics of a distributed run, gathered tile by tile, check and warn as DL-Mask
 * does on one machine: a constant coherence band is warned of once, coherence outside 0..1 is
 * refused with DL-Mask's message.
 */
class FrameStatisticsTest {

  private static final Path STACK = Path.of(System.getProperty("dlinsar.root", ".."))
      .resolve("test-products/landslides-256.dim");

  @Test
  void warnsOfAConstantCoherenceBandAsDlMaskDoes() throws IOException {
    Product stack = ProductIO.readProduct(STACK.toFile());
    Interferogram first = InterferogramStack.of(stack).interferograms().get(0);
    fill(first.coherence(), 0.6f);
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();

    // two tiles, each read as a task reads its part of the frame, merged as the driver merges them
    Rectangle top = new Rectangle(0, 0, w, h / 2);
    Rectangle bottom = new Rectangle(0, h / 2, w, h - h / 2);
    List<String> distributed = warnings(() -> FrameStatistics.of(PixelRegionSubset.of(stack, top),
        new Rectangle(top.getSize()), true, false).merge(FrameStatistics.of(PixelRegionSubset.of(stack, bottom),
        new Rectangle(bottom.getSize()), true, false)).thresholds());
    List<String> oneMachine = warnings(() -> GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack)
        .getBand(BandNames.mask(first.suffix())).readPixels(0, 0, w, h, new float[w * h]));

    assertEquals(1, oneMachine.size(), oneMachine.toString());
    assertTrue(oneMachine.get(0).startsWith("DL-Mask OTSU: product '" + stack.getName() + "': coherence band "),
        oneMachine.get(0));
    assertEquals(oneMachine, distributed);
  }

  @Test
  void refusesCoherenceOutside0To1AsDlMaskDoes() throws IOException {
    Product stack = ProductIO.readProduct(STACK.toFile());
    Interferogram first = InterferogramStack.of(stack).interferograms().get(0);
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    float[] coherence = first.coherence().readPixels(0, 0, w, h, new float[w * h]);
    for (int i = 0; i < coherence.length; i++) {
      coherence[i] *= 255;
    }
    first.coherence().setPixels(0, 0, w, h, coherence);

    OperatorException distributed = assertThrows(OperatorException.class,
        () -> FrameStatistics.of(stack, new Rectangle(0, 0, w, h), true, false));
    Exception oneMachine = assertThrows(Exception.class, () -> GPF.createProduct("DL-Mask",
        Map.of("method", "OTSU"), stack).getBand(BandNames.mask(first.suffix())).readPixels(0, 0, w, h,
        new float[w * h]));

    assertEquals(refusal(oneMachine).getMessage(), distributed.getMessage());
  }

  private static void fill(Band band, float value) {
    int w = band.getRasterWidth();
    int h = band.getRasterHeight();
    float[] samples = new float[w * h];
    Arrays.fill(samples, value);
    band.setPixels(0, 0, w, h, samples);
  }

  /** The innermost OperatorException of {@code e}'s causes: the operator's own refusal. */
  private static OperatorException refusal(Throwable e) {
    OperatorException refusal = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      refusal = t instanceof OperatorException o ? o : refusal;
    }
    if (refusal == null) {
      throw new AssertionError("no operator refused", e);
    }
    return refusal;
  }

  private interface Work {
    Object run() throws IOException;
  }

  /** The WARNING messages logged anywhere while {@code work} runs. */
  private static List<String> warnings(Work work) throws IOException {
    List<String> messages = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          messages.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(handler);
    try {
      work.run();
    } finally {
      root.removeHandler(handler);
    }
    return List.copyOf(messages);
  }
}
