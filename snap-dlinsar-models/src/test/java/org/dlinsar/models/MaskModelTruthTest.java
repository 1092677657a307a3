package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.util.HashMap;
import java.util.Map;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelSessions;
import org.dlinsar.mask.MaskInputs;
import org.dlinsar.mask.MaskNetwork;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TrainingScenes;
import org.dlinsar.sim.TruthTile;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;

/**
 * The bundled DL mask against the simulator's truth, on scenes of seeds that neither its training
 * (1-800) nor its card's held-out set (900001-900048) used, run through DL-Mask as a user runs it.
 */
class MaskModelTruthTest {

  private static final int SIZE = 192;

  /** Intersection and union of the decorrelated class. */
  private static final class Iou {
    long intersection;
    long union;

    void add(byte[] predicted, byte[] truth) {
      for (int i = 0; i < truth.length; i++) {
        boolean p = predicted[i] == 0;
        boolean t = truth[i] == 0;
        intersection += p && t ? 1 : 0;
        union += p || t ? 1 : 0;
      }
    }

    double value() {
      return (double) intersection / union;
    }
  }

  private static byte[] mask(Product target, String band) throws Exception {
    int w = target.getSceneRasterWidth();
    int h = target.getSceneRasterHeight();
    ProductData data = ProductData.createInstance(ProductData.TYPE_UINT8, w * h);
    target.getBand(band).readRasterData(0, 0, w, h, data);
    return (byte[]) data.getElems();
  }

  @Test
  void dlMaskBeatsOtsuByATenthOfIouOnHeldOutScenes() throws Exception {
    Iou dl = new Iou();
    Iou otsu = new Iou();
    for (long seed = 950_001; seed <= 950_006; seed++) {
      Scene scene = TrainingScenes.scene(seed, SIZE);
      StackSimulator sim = new StackSimulator(scene);
      TruthTile truth = sim.truth(PixelBox.of(0, 0, SIZE, SIZE));
      Product stack = SimulatedProducts.stack(scene);
      Product byNetwork = GPF.createProduct("DL-Mask", Map.of("method", "DL", "provider", "CPU"), stack);
      Product byOtsu = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
      for (int p = 0; p < sim.pairs().size(); p++) {
        String band = "mask_ifg_" + suffix(stack, p);
        dl.add(mask(byNetwork, band), truth.mask(p));
        otsu.add(mask(byOtsu, band), truth.mask(p));
      }
    }
    System.out.printf("DL mask on held-out scenes 950001-950006: IoU decorrelated %.3f, Otsu %.3f%n",
        dl.value(), otsu.value());
    assertTrue(dl.value() >= otsu.value() + 0.10,
        String.format("IoU of the decorrelated class: DL %.3f, Otsu %.3f", dl.value(), otsu.value()));
  }

  @Test
  void dlMaskInSmallTilesEqualsTheNetworkOnTheWholeRaster() throws Exception {
    Scene scene = ScenePresets.mixed(950_101).withSize(SIZE, SIZE);
    StackSimulator sim = new StackSimulator(scene);
    StackTile stack = sim.simulate(PixelBox.of(0, 0, SIZE, SIZE));
    MaskNetwork network = new MaskNetwork(
        ModelSessions.forTask(ModelResolver.MASK, "", null, ExecutionProvider.CPU));
    byte[] whole = new byte[SIZE * SIZE];
    network.mask(stack.real(0), stack.imaginary(0), stack.coherence(0), SIZE, SIZE,
        MaskInputs.logAmplitudeReference(stack.real(0), stack.imaginary(0)), whole);
    Map<String, Object> params = new HashMap<>(Map.of("method", "DL", "provider", "CPU"));
    Product source = SimulatedProducts.stack(scene);
    // any tiles: the regions the network sees are aligned to its stride whatever tiles are asked
    // for (tiles of 37 x 53 or 128 x 5 changed 14 to 376 pixels a band before)
    for (Dimension tile : java.util.List.of(new Dimension(48, 48), new Dimension(37, 53), new Dimension(128, 5))) {
      Product tiled = GPF.createProduct("DL-Mask", params, new Product[] {source},
          new RenderingHints(GPF.KEY_TILE_SIZE, tile));
      byte[] inTiles = mask(tiled, "mask_ifg_" + suffix(source, 0));
      int differ = 0;
      for (int i = 0; i < whole.length; i++) {
        differ += whole[i] != inTiles[i] ? 1 : 0;
      }
      org.junit.jupiter.api.Assertions.assertEquals(0, differ, differ + " of " + whole.length
          + " pixels differ between tiles of " + tile.width + " x " + tile.height + " and the whole raster");
    }
  }

  @Test
  void dlMaskOnRegionsWiderThanOneNetworkTileEqualsSmallTiles() throws Exception {
    // 901 px: a tile of the whole width is a region the network runs in two tiles of its own,
    // the last ending at the frame's edge; they start on its stride, as small tiles' regions do
    Scene scene = ScenePresets.mixed(950_103).withSize(901, 72);
    Product source = SimulatedProducts.stack(scene);
    Map<String, Object> params = new HashMap<>(Map.of("method", "DL", "provider", "CPU"));
    String band = "mask_ifg_" + suffix(source, 0);
    byte[] small = mask(GPF.createProduct("DL-Mask", params, new Product[] {source},
        new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(64, 72))), band);
    byte[] wide = mask(GPF.createProduct("DL-Mask", params, new Product[] {source},
        new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(901, 72))), band);
    int differ = 0;
    for (int i = 0; i < small.length; i++) {
      differ += small[i] != wide[i] ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertEquals(0, differ, differ + " of " + small.length
        + " pixels differ between tiles of 64 and of the frame's width");
  }

  /** How a tile of a distributed run masks: the frame's amplitude references given, the same masks. */
  @Test
  void givenTheFramesAmplitudeReferencesTheMasksAreTheSame() throws Exception {
    Scene scene = ScenePresets.mixed(950_102).withSize(96, 96);
    StackTile tile = new StackSimulator(scene).simulate(PixelBox.of(0, 0, 96, 96));
    Product source = SimulatedProducts.stack(scene);
    int n = new StackSimulator(scene).pairs().size();
    double[] references = new double[n];
    for (int p = 0; p < n; p++) {
      references[p] = MaskInputs.logAmplitudeReference(tile.real(p), tile.imaginary(p));
    }
    Product computed = GPF.createProduct("DL-Mask", Map.of("method", "DL", "provider", "CPU"), source);
    Product given = GPF.createProduct("DL-Mask", Map.of("method", "DL", "provider", "CPU",
        "amplitudeReferences", references), source);
    // NaN, as a distributed run gives for a band without data: computed over the band
    double[] oneNaN = references.clone();
    oneNaN[0] = Double.NaN;
    Product givenNaN = GPF.createProduct("DL-Mask", Map.of("method", "DL", "provider", "CPU",
        "amplitudeReferences", oneNaN), source);

    for (int p = 0; p < n; p++) {
      String band = "mask_ifg_" + suffix(source, p);
      ProductData a = ProductData.createInstance(ProductData.TYPE_UINT8, 96 * 96);
      ProductData b = ProductData.createInstance(ProductData.TYPE_UINT8, 96 * 96);
      ProductData c = ProductData.createInstance(ProductData.TYPE_UINT8, 96 * 96);
      computed.getBand(band).readRasterData(0, 0, 96, 96, a);
      given.getBand(band).readRasterData(0, 0, 96, 96, b);
      givenNaN.getBand(band).readRasterData(0, 0, 96, 96, c);
      assertArrayEquals((byte[]) a.getElems(), (byte[]) b.getElems(), band);
      assertArrayEquals((byte[]) a.getElems(), (byte[]) c.getElems(), band + ", its reference NaN");
    }
  }

  /** The suffix of the p-th interferogram: its i_ifg_ band's name without the prefix. */
  private static String suffix(Product stack, int p) {
    int seen = 0;
    for (String name : stack.getBandNames()) {
      if (name.startsWith("i_ifg_") && seen++ == p) {
        return name.substring("i_ifg_".length());
      }
    }
    throw new IllegalStateException("no interferogram " + p + " in " + stack.getName());
  }
}
