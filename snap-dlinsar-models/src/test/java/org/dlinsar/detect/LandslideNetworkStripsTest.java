package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelSessions;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;

/**
 * The landslide network over a frame in strips finds what it finds on the whole frame: strips
 * read the halo of context the card asks for, and their proposals are merged once.
 */
class LandslideNetworkStripsTest {

  // no multiple of 8: the network pads what it is given to its cell grid
  private static final int SIZE = 380;

  @Test
  void stripsOfAFrameGiveTheBoxesOfTheWholeFrame() throws IOException {
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(62_001).withSize(SIZE, SIZE));
    Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked);
    float[][] bands = new float[4][];
    String[] names = {"grad_az", "grad_rg", "grad_count", "grad_stderr"};
    for (int b = 0; b < 4; b++) {
      bands[b] = gradients.getBand(names[b]).readPixels(0, 0, SIZE, SIZE, new float[SIZE * SIZE]);
    }
    LandslideNetwork net = new LandslideNetwork(ModelSessions.forTask(
        ModelResolver.DETECT_LANDSLIDE, "", null, ExecutionProvider.CPU));

    List<BoxSuppression.Proposal> whole = BoxSuppression.suppress(
        net.propose(planes(bands, 0, SIZE), SIZE, SIZE, 0, 0, SIZE, SIZE, 0.5));
    List<BoxSuppression.Proposal> inStrips = new ArrayList<>();
    int rows = 128;
    for (int from = 0; from < SIZE; from += rows) {
      int y0 = Math.max(0, from - net.halo());
      int y1 = Math.min(SIZE, from + rows + net.halo());
      inStrips.addAll(net.propose(planes(bands, y0, y1), SIZE, y1 - y0, y0, from, from + rows,
          SIZE, 0.5));
    }
    inStrips = BoxSuppression.suppress(inStrips);

    assertTrue(whole.size() >= 3, whole.size() + " slides found on the whole frame");
    assertEquals(whole.size(), inStrips.size(), whole + " vs " + inStrips);
    for (int k = 0; k < whole.size(); k++) {
      assertTrue(BoxOverlap.iou(whole.get(k).box(), inStrips.get(k).box()) >= 0.8,
          whole.get(k) + " vs " + inStrips.get(k));
      assertEquals(whole.get(k).score(), inStrips.get(k).score(), 0.05);
    }
  }

  @Test
  void everyCellProposesOnceThePartialLastOnesToo() throws IOException {
    // 2 columns and 1 row over a multiple of 4: the last column and row of cells are partial
    int width = 378;
    int height = 377;
    Product stack = SimulatedProducts.stack(
        ScenePresets.landslides(62_001).withSize(width, height));
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS,
        GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack));
    float[][] bands = new float[4][];
    String[] names = {"grad_az", "grad_rg", "grad_count", "grad_stderr"};
    for (int b = 0; b < 4; b++) {
      bands[b] = gradients.getBand(names[b]).readPixels(0, 0, width, height,
          new float[width * height]);
    }
    LandslideNetwork net = new LandslideNetwork(ModelSessions.forTask(
        ModelResolver.DETECT_LANDSLIDE, "", null, ExecutionProvider.CPU));
    int cells = (width + 3) / 4 * ((height + 3) / 4);

    // at score 0 every cell proposes a box, inside the frame
    List<BoxSuppression.Proposal> whole = net.propose(planes(bands, width, 0, height), width,
        height, 0, 0, height, height, 0);
    List<BoxSuppression.Proposal> inStrips = new ArrayList<>();
    for (int from = 0; from < height; from += 128) {
      int y0 = Math.max(0, from - net.halo());
      int y1 = Math.min(height, from + 128 + net.halo());
      inStrips.addAll(net.propose(planes(bands, width, y0, y1), width, y1 - y0, y0, from,
          Math.min(height, from + 128), height, 0));
    }
    assertEquals(cells, whole.size());
    assertEquals(cells, inStrips.size());
    for (BoxSuppression.Proposal p : whole) {
      assertTrue(p.cellX() < width && p.cellY() < height && p.box().x1() <= width
          && p.box().y1() <= height && p.score() >= 0 && p.score() <= 1, p.toString());
    }
    assertEquals(height - 1, whole.stream().mapToInt(BoxSuppression.Proposal::cellY).max()
        .orElseThrow());
    assertEquals(width - 1, whole.stream().mapToInt(BoxSuppression.Proposal::cellX).max()
        .orElseThrow());
  }

  private static float[][] planes(float[][] bands, int y0, int y1) {
    return planes(bands, SIZE, y0, y1);
  }

  /** The network's inputs over rows [y0, y1) as LandslideRun makes them from a strip. */
  private static float[][] planes(float[][] bands, int width, int y0, int y1) {
    float[][] strip = new float[4][];
    for (int b = 0; b < 4; b++) {
      strip[b] = java.util.Arrays.copyOfRange(bands[b], y0 * width, y1 * width);
    }
    float[][] planes = new float[2][strip[0].length];
    GradientStackInputs.fill(strip[0], strip[1], strip[2], strip[3], planes);
    return planes;
  }
}
