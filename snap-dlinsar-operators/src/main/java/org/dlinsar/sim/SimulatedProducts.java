package org.dlinsar.sim;

import java.io.IOException;
import org.dlinsar.ifg.BandNames;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * Simulated products in memory, for tests and tools: the stack and the truth of a {@link Scene},
 * computed tile by tile on demand by {@link SimulateStackOp} (read them with
 * {@code readPixels}, {@code getSourceTile} or write them with {@code GPF.writeProduct}).
 */
public final class SimulatedProducts {

  private SimulatedProducts() {}

  /** The interferogram stack of {@code scene}, bands as SNAP's InterferogramOp names them. */
  public static Product stack(Scene scene) {
    return stack(scene, null);
  }

  /** As {@link #stack(Scene)}, named {@code name} (null: {@code simulated_<scene>}). */
  public static Product stack(Scene scene, String name) {
    SimulateStackOp op = new SimulateStackOp();
    op.useScene(scene, false, name);
    return op.getTargetProduct();
  }

  /** The truth rasters of {@code scene}: masks, velocity, site ids, terrain class, slope, elevation. */
  public static Product truth(Scene scene) {
    return truth(scene, null);
  }

  /** As {@link #truth(Scene)}, named {@code name} (null: {@code simulated_<scene>_truth}). */
  public static Product truth(Scene scene, String name) {
    SimulateStackOp op = new SimulateStackOp();
    op.useScene(scene, true, name);
    return op.getTargetProduct();
  }

  /**
   * The stack of {@code scene} with every interferogram conjugated, in memory: the same scene with
   * the ground moving the other way (a mining scene's bowls become rising domes).
   */
  public static Product conjugated(Scene scene) throws IOException {
    Product stack = stack(scene);
    for (Band band : stack.getBands()) {
      if (band.getName().startsWith(BandNames.IMAGINARY_PREFIX)) {
        int w = band.getRasterWidth();
        int h = band.getRasterHeight();
        float[] q = band.readPixels(0, 0, w, h, new float[w * h]);
        for (int i = 0; i < q.length; i++) {
          q[i] = -q[i];
        }
        band.setSourceImage(null);
        band.setRasterData(ProductData.createInstance(q));
      }
    }
    return stack;
  }
}
