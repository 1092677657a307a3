package org.dlinsar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.dlinsar.ifg.StackFixtures;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;

/**
 * No operator writes into an array it did not allocate. In SNAP a source tile's data buffer, raw
 * samples and (without a valid mask) {@code getSamplesFloat} array are the source image's own
 * raster (snap-engine 14.x, snap-gpf {@code internal/TileImpl}); the headless engine shares a
 * band's in-memory data the same way, so a write into a source array would change these bands.
 * The whole raster is one tile, so the operators get the shared arrays themselves.
 */
class SourceArraysUntouchedTest {

  private static final int W = 24;
  private static final int H = 18;

  private static Product noisyStack() {
    Random random = new Random(7);
    Product p = StackFixtures.product("stack", W, H);
    for (String suffix : new String[] {"VV_03Jan2020_15Jan2020", "VV_15Jan2020_27Jan2020"}) {
      float[] re = new float[W * H];
      float[] im = new float[W * H];
      float[] coh = new float[W * H];
      for (int i = 0; i < re.length; i++) {
        re[i] = i % 7 == 0 ? 0f : (float) random.nextGaussian();
        im[i] = i % 7 == 0 ? 0f : (float) random.nextGaussian();
        coh[i] = i % 11 == 0 ? Float.NaN : random.nextFloat();
      }
      StackFixtures.addInterferogram(p, suffix, re, im, coh);
    }
    return p;
  }

  private static Map<String, Object> snapshot(Product product) {
    Map<String, Object> copies = new HashMap<>();
    for (Band band : product.getBands()) {
      copies.put(band.getName(), ((float[]) band.getRasterData().getElems()).clone());
    }
    return copies;
  }

  private static void computeAll(Product target) throws IOException {
    for (Band band : target.getBands()) {
      band.readRasterData(0, 0, W, H, band.createCompatibleRasterData(W, H));
    }
  }

  @Test
  void maskAndGradientStackLeaveTheirSourcesAsTheyWere() throws IOException {
    Product stack = noisyStack();
    Map<String, Object> before = snapshot(stack);
    RenderingHints oneTile = new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(W, H));

    Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), new Product[] {stack}, oneTile);
    computeAll(masked);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, new Product[] {stack}, oneTile);
    computeAll(gradients);

    for (Band band : stack.getBands()) {
      assertArrayEquals((float[]) before.get(band.getName()), (float[]) band.getRasterData().getElems(), band.getName());
    }
  }
}
