package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.DecorrelationSpec;
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
 * truth after removing one whole-cycle offset; the share on the deformation sites alone (the
 * dense-fringe patches, where the project's design asks for 99 %) is printed beside it and has its own floor.
 */
class ClassicalUnwrapTruthTest {

  /** Bare ground decorrelating within weeks and much vegetation: bowls with decorrelated flanks. */
  private static final DecorrelationSpec DECORRELATED =
      new DecorrelationSpec(0.85, 0.25, 30, 0.6, 0.05, 12, 0.5, DecorrelationSpec.DEFAULT_MASK_CUTOFF);

  /** The project's design bar for dense-fringe patches. */
  private static final double SITE_FLOOR = 0.99;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case, seed, bowls (0 = the preset's), bowl mm/year, decorrelated flanks, floor overall, floor worst
    "mining preset, 21, 0, 0, false, 0.95, 0.90",
    "bowls to 2 rad/px, 22, 4, 950, false, 0.95, 0.90",
    "bowls to 3 rad/px, 23, 4, 2000, false, 0.95, 0.90",
    "decorrelated flanks, 24, 4, 950, true, 0.95, 0.90",
  })
  void unwrapsSimulatedInterferograms(String name, long seed, int bowls, double mmPerYear, boolean decorrelated,
      double overallFloor, double worstFloor) {
    Scene scene = ScenePresets.mining(seed).withSize(128, 128);
    if (bowls > 0) {
      scene = scene.withDeformation(new DeformationSpec(bowls, mmPerYear, mmPerYear, 8, 12, 0, 10, 10, 10, 10, 20))
          .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 6, 2, 0));
    }
    if (decorrelated) {
      scene = scene.withDecorrelation(DECORRELATED);
    }
    StackSimulator sim = new StackSimulator(scene);
    PixelBox box = PixelBox.of(0, 0, scene.width(), scene.height());
    StackTile stack = sim.simulate(box);
    TruthTile truth = sim.truth(box);
    PhaseUnwrapper unwrapper = Unwrappers.classical();
    UnwrapScore total = new UnwrapScore(0, 0, 0);
    UnwrapScore sites = new UnwrapScore(0, 0, 0);
    int[] siteId = truth.siteId();
    double worst = 1;
    double steepest = 0;
    long start = System.nanoTime();
    for (int p = 0; p < sim.pairs().size(); p++) {
      UnwrapCase c = UnwrapCase.of(sim, stack, truth, p);
      float[] unwrapped = unwrapper.unwrap(c.phase(), c.weight(), c.width(), c.height());
      UnwrapScore s = c.score(unwrapped);
      total = total.plus(s);
      boolean[] onSite = new boolean[siteId.length];
      for (int i = 0; i < onSite.length; i++) {
        onSite[i] = c.coherent()[i] && siteId[i] != 0;
      }
      sites = sites.plus(UnwrapScore.of(unwrapped, c.truth(), onSite));
      worst = Math.min(worst, s.success());
      steepest = Math.max(steepest, c.steepestRadPerPixel());
    }
    System.out.printf(Locale.ROOT, "unwrap %s: success %.4f overall, %.4f on the sites (%d px), worst %.4f, steepest %.2f rad/px, missing %d of %d, %.1f s%n",
        name, total.success(), sites.success(), sites.scored(), worst, steepest, total.missing(), total.scored() + total.missing(),
        (System.nanoTime() - start) / 1e9);
    assertTrue(total.success() >= overallFloor, "overall success " + total.success() + " below " + overallFloor);
    assertTrue(sites.success() >= SITE_FLOOR, "success on the sites " + sites.success() + " below " + SITE_FLOOR);
    assertTrue(worst >= worstFloor, "worst interferogram " + worst + " below " + worstFloor);
  }
}
