package org.dlinsar.sim;

import org.esa.snap.core.datamodel.Product;

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
}
