package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dlinsar.ifg.Pair;
import org.junit.jupiter.api.Test;

class StackSimulatorTest {

  private static final Scene SMALL_MIXED = ScenePresets.mixed(11).withSize(96, 80);

  @Test
  void sameSeedGivesIdenticalPixels() {
    PixelBox box = PixelBox.of(0, 0, 96, 80);
    StackTile a = new StackSimulator(SMALL_MIXED).simulate(box);
    StackTile b = new StackSimulator(SMALL_MIXED).simulate(box);
    for (int p = 0; p < 3; p++) {
      assertArrayEquals(a.real(p), b.real(p));
      assertArrayEquals(a.imaginary(p), b.imaginary(p));
      assertArrayEquals(a.coherence(p), b.coherence(p));
    }
    assertArrayEquals(a.elevation(), b.elevation());
  }

  /**
   * The dates' perpendicular baselines follow the radar's orbital tube: Sentinel-1's 50 m by
   * default, ERS's or ENVISAT's hundreds when asked (the same draws, scaled); the first date is
   * the reference, 0.
   */
  @Test
  void theBaselinesSpreadAsTheRadarsOrbitalTube() {
    double[] sentinel = new StackSimulator(SMALL_MIXED).perpendicularBaselinesMetres();
    double[] wide = new StackSimulator(SMALL_MIXED.withRadar(SMALL_MIXED.radar().withBaselineSpread(300)))
        .perpendicularBaselinesMetres();
    assertEquals(0, sentinel[0]);
    double squares = 0;
    for (int d = 0; d < sentinel.length; d++) {
      assertEquals(6 * sentinel[d], wide[d], 1e-9);
      squares += sentinel[d] * sentinel[d];
    }
    double spread = Math.sqrt(squares / (sentinel.length - 1));
    assertTrue(spread > 20 && spread < 100, "Sentinel-1's baselines spread " + spread + " m");
    assertThrows(IllegalArgumentException.class, () -> SMALL_MIXED.radar().withBaselineSpread(-1));
  }

  @Test
  void otherSeedGivesDifferentPixels() {
    PixelBox box = PixelBox.of(0, 0, 96, 80);
    StackTile a = new StackSimulator(SMALL_MIXED).simulate(box);
    StackTile b = new StackSimulator(SceneFixtures.withSeed(SMALL_MIXED, 12)).simulate(box);
    assertFalse(Arrays.equals(a.real(0), b.real(0)));
    assertFalse(Arrays.equals(a.coherence(0), b.coherence(0)));
    assertFalse(Arrays.equals(a.elevation(), b.elevation()));
  }

  @Test
  void tileComputedAloneEqualsTheSamePixelsOfTheWholeImage() {
    StackSimulator sim = new StackSimulator(SMALL_MIXED);
    PixelBox whole = PixelBox.of(0, 0, 96, 80);
    StackTile all = sim.simulate(whole);
    TruthTile allTruth = sim.truth(whole);
    // interior tile, tiles touching each edge, and a one-pixel tile: halos cut differently
    for (PixelBox tile : List.of(PixelBox.of(37, 21, 23, 17), PixelBox.of(0, 0, 10, 7),
        PixelBox.of(80, 70, 16, 10), PixelBox.of(50, 40, 1, 1))) {
      StackTile part = sim.simulate(tile);
      TruthTile partTruth = sim.truth(tile);
      for (int p = 0; p < sim.pairs().size(); p++) {
        assertArrayEquals(crop(all.real(p), whole, tile), part.real(p), "real " + p + " " + tile);
        assertArrayEquals(crop(all.imaginary(p), whole, tile), part.imaginary(p), "imag " + p);
        assertArrayEquals(crop(all.coherence(p), whole, tile), part.coherence(p), "coh " + p + " " + tile);
        assertArrayEquals(crop(allTruth.trueCoherence(p), whole, tile), partTruth.trueCoherence(p));
      }
      for (int d = 0; d < sim.dates().size(); d++) {
        assertArrayEquals(crop(all.intensity(d), whole, tile), part.intensity(d));
      }
      assertArrayEquals(crop(all.elevation(), whole, tile), part.elevation());
      assertArrayEquals(crop(allTruth.velocityMmPerYear(), whole, tile), partTruth.velocityMmPerYear());
    }
  }

  @Test
  void truthSlopeIsTheTerrainsAtEveryPixelWaterIncluded() {
    // a lake's pixels once took the slope of the pixel computed before them (a bank's, in the
    // whole image; 0 alone), so the band depended on the tiling
    StackSimulator sim = new StackSimulator(ScenePresets.mining(7).withSize(128, 128));
    PixelBox whole = PixelBox.of(0, 0, 128, 128);
    TruthTile truth = sim.truth(whole);
    int water = 0;
    for (int y = 0; y < 128; y++) {
      for (int x = 0; x < 128; x++) {
        int i = y * 128 + x;
        water += truth.terrainClass()[i] == Terrain.WATER ? 1 : 0;
        assertEquals((float) sim.slopeDeg(x, y), truth.slopeDeg()[i], "pixel " + x + ", " + y);
        assertEquals(truth.slopeDeg()[i], sim.truth(PixelBox.of(x, y, 1, 1)).slopeDeg()[0]);
      }
    }
    assertTrue(water > 100, water + " water pixels");
  }

  @Test
  void estimatedCoherenceTracksTrueCoherenceAndIsBiasedHighWhereItIsLow() {
    // no deformation: fringes inside the window would lower the estimate
    Scene scene = ScenePresets.mixed(5).withSize(128, 128).withDeformation(DeformationSpec.NONE)
        .withAcquisitions(new AcquisitionPlan(ScenePresets.mixed(5).acquisitions().start(), 12, 6, 5, 0))
        .withDecorrelation(new DecorrelationSpec(0.95, 0.3, 40, 0.6, 0.0, 10, 0.5, 0.3));
    StackSimulator sim = new StackSimulator(scene);
    PixelBox box = PixelBox.of(0, 0, 128, 128);
    StackTile stack = sim.simulate(box);
    TruthTile truth = sim.truth(box);
    int bins = 10;
    double[] sumEstimate = new double[bins];
    double[] sumTrue = new double[bins];
    int[] count = new int[bins];
    for (int p = 0; p < sim.pairs().size(); p++) {
      for (int i = 0; i < 128 * 128; i++) {
        double g = truth.trueCoherence(p)[i];
        int bin = Math.min(bins - 1, (int) (g * bins));
        sumEstimate[bin] += stack.coherence(p)[i];
        sumTrue[bin] += g;
        count[bin]++;
      }
    }
    // theory for N = 4 looks x 25 window pixels: E|est| at gamma 0 is sqrt(pi / 4N) ~ 0.09
    assertTrue(count[0] > 100, "too few decorrelated pixels to test: " + count[0]);
    double lowEstimate = sumEstimate[0] / count[0];
    double lowTrue = sumTrue[0] / count[0];
    assertTrue(lowEstimate > lowTrue + 0.04, "estimate " + lowEstimate + " vs true " + lowTrue);
    int tested = 0;
    for (int b = 3; b < bins; b++) {
      if (count[b] > 200) {
        double estimate = sumEstimate[b] / count[b];
        double expected = sumTrue[b] / count[b];
        assertEquals(expected, estimate, 0.03, "bin " + b + " (" + count[b] + " pixels)");
        tested++;
      }
    }
    assertTrue(tested >= 3, "only " + tested + " coherence bins above 0.3 had enough pixels");
  }

  @Test
  void phaseOfSiteDeformationIsMinusFourPiOverLambdaTimesLosDisplacement() {
    Scene scene = SceneFixtures.noiseFree(ScenePresets.mixed(3).withSize(160, 160));
    StackSimulator sim = new StackSimulator(scene);
    PixelBox box = PixelBox.of(0, 0, 160, 160);
    StackTile stack = sim.simulate(box);
    TruthTile truth = sim.truth(box);
    double lambda = scene.radar().wavelengthMetres();
    assertFalse(sim.sites().isEmpty());
    int checked = 0;
    for (Site site : sim.sites()) {
      int i = site.peakY() * 160 + site.peakX();
      if (truth.terrainClass()[i] != Terrain.LAND) {
        continue;
      }
      for (int p = 0; p < sim.pairs().size(); p++) {
        Pair pair = sim.pairs().get(p);
        double dMetres = (site.timeSeriesMm().get(sim.dates().indexOf(pair.secondary()))
            - site.timeSeriesMm().get(sim.dates().indexOf(pair.reference()))) / 1000.0;
        double expected = -4 * Math.PI / lambda * dMetres;
        assertEquals(0, wrap(stack.phase(p, i) - expected), 1e-3, "site " + site.id() + " pair " + pair);
        checked++;
      }
    }
    assertTrue(checked > 0);
  }

  /**
   * A seam steps every pair's phase by its rate times the pair's span on its shifted side and
   * nowhere else, and is no deformation: the true velocity does not see it.
   */
  @Test
  void aSeamStepsEachPairByItsRateTimesTheSpanOnItsShiftedSideOnly() {
    Scene plain = ScenePresets.landslides(5).withSize(96, 96);
    StackSimulator without = new StackSimulator(plain);
    StackSimulator with = new StackSimulator(plain.withSeams(new SeamSpec(3, 2.5)));
    PixelBox box = PixelBox.of(0, 0, 96, 96);
    assertEquals(3, with.seams().size());
    for (Seam seam : with.seams()) {
      assertTrue(Math.abs(seam.radPerYear()) >= 1.25 && Math.abs(seam.radPerYear()) <= 3.75, seam.toString());
    }
    int shifted = 0;
    for (int p = 0; p < with.pairs().size(); p++) {
      float[] a = without.unwrappedPhaseRad(p, box);
      float[] b = with.unwrappedPhaseRad(p, box);
      for (int i = 0; i < a.length; i++) {
        double step = 0;
        for (Seam seam : with.seams()) {
          step += seam.shifts(i % 96, i / 96) ? seam.radPerYear() * with.pairs().get(p).spanYears() : 0;
        }
        shifted += step != 0 ? 1 : 0;
        assertEquals(step, b[i] - a[i], 1e-4, "pair " + p + " pixel " + i);
      }
    }
    assertTrue(shifted > 0);
    assertArrayEquals(without.truth(box).velocityMmPerYear(), with.truth(box).velocityMmPerYear());
  }

  /**
   * A tilted seam (a map grid's) turns its line off the axis by the tilt either way: across the
   * frame its first shifted row (or column) moves by tan(tilt) per column (or row) from the frame's
   * middle, where it is at.
   */
  @Test
  void aTiltedSeamRunsOffItsAxisByItsTilt() {
    StackSimulator sim = new StackSimulator(ScenePresets.landslides(5).withSize(200, 200)
        .withSeams(SeamSpec.atDefaultRate(4).tilted(12)));
    for (Seam seam : sim.seams()) {
      assertEquals(12, Math.abs(seam.tiltDegrees()), 0, seam.toString());
      assertEquals(100, seam.pivot());
      for (int along : new int[] {0, 100, 199}) {
        if (along < seam.from() || along >= seam.to()) {
          continue;
        }
        int first = seam.at() + (int) Math.round((along - 100) * Math.tan(Math.toRadians(seam.tiltDegrees())));
        int x = seam.alongRows() ? along : first;
        int y = seam.alongRows() ? first : along;
        assertTrue(seam.shifts(x, y), seam + " at " + along);
        assertFalse(seam.shifts(seam.alongRows() ? x : x - 1, seam.alongRows() ? y - 1 : y), seam + " before");
      }
    }
    assertThrows(IllegalArgumentException.class, () -> SeamSpec.atDefaultRate(1).tilted(45));
  }

  @Test
  void truthMaskIsOneExactlyOnLandWithTrueCoherenceAtLeastTheCutoff() {
    Scene scene = ScenePresets.mining(4).withSize(128, 128);
    StackSimulator sim = new StackSimulator(scene);
    PixelBox box = PixelBox.of(0, 0, 128, 128);
    TruthTile truth = sim.truth(box);
    StackTile stack = sim.simulate(box);
    double cutoff = scene.decorrelation().maskCutoff();
    int water = 0;
    double waterCoherence = 0;
    for (int p = 0; p < sim.pairs().size(); p++) {
      for (int i = 0; i < 128 * 128; i++) {
        boolean coherent = truth.terrainClass()[i] == Terrain.LAND && truth.trueCoherence(p)[i] >= cutoff;
        assertEquals(coherent ? 1 : 0, truth.mask(p)[i], "pair " + p + " pixel " + i);
        if (truth.terrainClass()[i] == Terrain.WATER) {
          assertEquals(0f, truth.trueCoherence(p)[i]);
          water++;
          waterCoherence += stack.coherence(p)[i];
        }
      }
    }
    assertTrue(water > 0, "the mining preset has a lake");
    assertTrue(waterCoherence / water < 0.2, "mean estimated coherence on water " + waterCoherence / water);
  }

  @Test
  void rejectsABoxReachingOutsideTheScene() {
    StackSimulator sim = new StackSimulator(SMALL_MIXED);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> sim.simulate(PixelBox.of(90, 0, 10, 10)));
    assertTrue(e.getMessage().contains("96x80"), e.getMessage());
  }

  private static double wrap(double phase) {
    return Math.atan2(Math.sin(phase), Math.cos(phase));
  }

  private static float[] crop(float[] values, PixelBox whole, PixelBox box) {
    float[] out = new float[box.width() * box.height()];
    for (int y = box.y0(); y < box.y1(); y++) {
      System.arraycopy(values, (y - whole.y0()) * whole.width() + box.x0() - whole.x0(),
          out, (y - box.y0()) * box.width(), box.width());
    }
    return out;
  }
}
