package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.dlinsar.sim.DeformationSpec;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TruthTile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classical unwrapper against the simulator's noise-free unwrapped phase, on every
 * interferogram of each case: success is the share of truly coherent pixels within pi of the
 * truth after removing one whole-cycle offset.
 */
class ClassicalUnwrapTruthTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case, preset, seed, bowls (0 = preset's), bowl mm/year, bowl sigma px, floor overall, floor worst
    "mining preset, mining, 21, 0, 0, 0, 0.95, 0.90",
    "dense bowls, mining, 22, 4, 3000, 10, 0.95, 0.85",
  })
  void unwrapsSimulatedInterferograms(String name, String preset, long seed, int bowls, double mmPerYear,
      double sigma, double overallFloor, double worstFloor) {
    Scene scene = ScenePresets.named(preset, seed).withSize(128, 128);
    if (bowls > 0) {
      scene = scene.withDeformation(new DeformationSpec(bowls, mmPerYear, mmPerYear, sigma, sigma, 0, 10, 10, 10, 10, 20));
    }
    StackSimulator sim = new StackSimulator(scene);
    PixelBox box = PixelBox.of(0, 0, scene.width(), scene.height());
    StackTile stack = sim.simulate(box);
    TruthTile truth = sim.truth(box);
    PhaseUnwrapper unwrapper = Unwrappers.classical();
    UnwrapScore total = new UnwrapScore(0, 0, 0);
    double worst = 1;
    double steepest = 0;
    long start = System.nanoTime();
    for (int p = 0; p < sim.pairs().size(); p++) {
      UnwrapCase c = UnwrapCase.of(sim, stack, truth, p);
      UnwrapScore s = c.score(unwrapper.unwrap(c.phase(), c.weight(), c.width(), c.height()));
      total = total.plus(s);
      worst = Math.min(worst, s.success());
      steepest = Math.max(steepest, c.steepestRadPerPixel());
    }
    System.out.printf(Locale.ROOT, "unwrap %s: success %.4f overall, worst %.4f, steepest %.2f rad/px, missing %d of %d, %.1f s%n",
        name, total.success(), worst, steepest, total.missing(), total.scored() + total.missing(),
        (System.nanoTime() - start) / 1e9);
    assertTrue(total.success() >= overallFloor, "overall success " + total.success() + " below " + overallFloor);
    assertTrue(worst >= worstFloor, "worst interferogram " + worst + " below " + worstFloor);
  }
}
