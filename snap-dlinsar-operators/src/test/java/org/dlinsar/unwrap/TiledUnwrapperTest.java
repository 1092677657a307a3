package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TruthTile;
import org.junit.jupiter.api.Test;

/** Tiles stitched by cycle offsets against one whole-raster solution of the same interferogram. */
class TiledUnwrapperTest {

  private static final double TWO_PI = 2 * Math.PI;

  @Test
  void tiledAndWholeAgreeUpToOneGlobalCycleOffset() {
    StackSimulator sim = new StackSimulator(ScenePresets.mining(31).withSize(200, 176));
    PixelBox box = PixelBox.of(0, 0, 200, 176);
    StackTile stack = sim.simulate(box);
    TruthTile truth = sim.truth(box);
    UnwrapCase c = UnwrapCase.of(sim, stack, truth, 3);

    float[] whole = new McfUnwrapper().unwrap(c.phase(), c.weight(), c.width(), c.height());
    // 3 x 3 tiles, the last row and column pulled back: uneven overlaps on purpose
    float[] tiled = Unwrappers.classical(80, 16).unwrap(c.phase(), c.weight(), c.width(), c.height());

    UnwrapScore agreement = UnwrapScore.of(tiled, whole, valid(whole));
    System.out.printf(Locale.ROOT, "tiled vs whole: %.5f of %d pixels agree after one offset; truth %.4f tiled, %.4f whole%n",
        agreement.success(), agreement.scored(), c.score(tiled).success(), c.score(whole).success());
    assertEquals(0, agreement.missing(), "tiling dropped pixels the whole solution has");
    assertTrue(agreement.success() >= 0.995, "tiled and whole agree on only " + agreement.success());
    assertTrue(c.score(tiled).success() >= 0.99, "tiled success " + c.score(tiled).success());
    for (int i = 0; i < whole.length; i++) {
      assertEquals(Float.isNaN(whole[i]), Float.isNaN(tiled[i]), "NaN pattern differs at pixel " + i);
      if (!Float.isNaN(tiled[i])) {
        double cycles = (tiled[i] - c.phase()[i]) / TWO_PI;
        assertEquals(Math.rint(cycles), cycles, 1e-4, "tiled output not congruent at pixel " + i);
      }
    }
  }

  @Test
  void aStripWithoutDataAcrossTheTilesStaysNaNAndEachSideIsRight() {
    int w = 120;
    // a band of no data cuts the raster in two: each side is unwrapped on its own
    Ramp r = Ramp.of(w, 60, 0.9f, 0.4f, (x, y) -> x >= 50 && x < 62, false);
    float[] out = Unwrappers.classical(40, 8).unwrap(r.phase(), r.weight(), w, 60);
    boolean[] left = new boolean[w * 60];
    for (int i = 0; i < w * 60; i++) {
      left[i] = i % w < 50;
      assertEquals(r.weight()[i] == 0, Float.isNaN(out[i]), "NaN only where the weight is 0, pixel " + i);
    }
    assertEquals(1.0, UnwrapScore.of(out, r.truth(), left).success());
  }

  /**
   * A river 6 pixels wide from the left edge to x = 140: unwrapped whole, its banks are joined
   * where it ends. In tiles of 128 the first tile solves its banks apart and takes one offset, so
   * one bank may come out a cycle off (README, "Unwrapping": letting parts vote apart mended this
   * and measured worse on masked dense fringes).
   */
  @Test
  void aStripWithoutDataEndingInTheRasterIsJoinedWhereItEndsWhenUnwrappedWhole() {
    Ramp r = Ramp.of(250, 200, 0.1f, 0.5f, (x, y) -> y >= 60 && y < 66 && x < 140, true);

    float[] whole = new McfUnwrapper().unwrap(r.phase(), r.weight(), 250, 200);

    assertEquals(1.0, UnwrapScore.of(whole, r.truth(), valid(r.phase())).success());
  }

  /** A phase ramp, wrapped, with weight 0 (and, if asked, NaN phase) where {@code gap} says. */
  private record Ramp(float[] phase, float[] weight, float[] truth) {

    interface Gap {
      boolean at(int x, int y);
    }

    static Ramp of(int w, int h, float alongX, float alongY, Gap gap, boolean nanInGap) {
      float[] phase = new float[w * h];
      float[] weight = new float[w * h];
      float[] truth = new float[w * h];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int i = y * w + x;
          truth[i] = alongX * x + alongY * y;
          boolean none = gap.at(x, y);
          phase[i] = none && nanInGap ? Float.NaN : WrappedGradients.wrap(truth[i]);
          weight[i] = none ? 0 : 1;
        }
      }
      return new Ramp(phase, weight, truth);
    }
  }

  private static boolean[] valid(float[] values) {
    boolean[] valid = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      valid[i] = !Float.isNaN(values[i]);
    }
    return valid;
  }
}
