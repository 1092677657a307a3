package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.TruthTile;
import org.dlinsar.unwrap.Unwrappers;
import org.junit.jupiter.api.Test;

/**
 * {@code velocity_std} against the simulator's truth (CONTRACT.md section 5): how often v +- 2
 * sigma covers the true velocity (relative to the ring's median, as Local-SBAS measures it), at
 * each site's peak (the pixel {@link PatchResult#peakIndex} picks in the site's box, as for a
 * detection), over the patch pixels with a velocity, and over those whose network closes
 * (temporal coherence at least 0.9). Local-SBAS as a whole: the classical unwrapper, the
 * presets' own plan (11 dates, each paired with its next 2), seeds 4100001 on. The fit's
 * standard error alone covered about half (the dates' residuals are not independent: {@link
 * VelocityStdTest#onNoiseOfThePairsTheEstimatedSigmaFallsShortOfTheSpread}); with the still ring's
 * velocity scatter added, 0.94 to 0.95 of the pixels whose network closes, as 2 sigma should. The
 * bounds asserted are the figures measured (README, Local-SBAS) with a margin; the fit's standard
 * error alone fails every pixel bound.
 */
class VelocityStdTruthTest {

  static final int MARGIN = 32;

  /** Measured: peaks 21/24, pixels 0.865, pixels whose network closes 0.942 (fit alone 0.52). */
  @Test
  void twoSigmaCoversTheTrueVelocityOnLandslides() {
    Coverage c = measure(ScenePresets.LANDSLIDES, 4100001, 3);
    assertTrue(c.peaks() >= 20, "too few sites: " + c.peaks());
    assertTrue(c.peakCoverage() >= 0.7, "at the peaks: " + c);
    assertTrue(c.pixelCoverage() >= 0.8, "over the patches: " + c);
    assertTrue(c.closingCoverage() >= 0.9, "where the network closes: " + c);
  }

  /** Measured: peaks 12/15, pixels 0.890, pixels whose network closes 0.953 (fit alone 0.60). */
  @Test
  void twoSigmaCoversTheTrueVelocityOnMiningBowls() {
    Coverage c = measure(ScenePresets.MINING, 4100101, 3);
    assertTrue(c.peaks() >= 12, "too few sites: " + c.peaks());
    assertTrue(c.peakCoverage() >= 0.65, "at the peaks: " + c);
    assertTrue(c.pixelCoverage() >= 0.8, "over the patches: " + c);
    assertTrue(c.closingCoverage() >= 0.9, "where the network closes: " + c);
  }

  /**
   * What 2 sigma misses over the pixels is not the unwrapper's: with the oracle that knows the
   * deformation the coverage over the patches is the classical unwrapper's within a point.
   */
  @Test
  void anOracleUnwrapperCoversAboutAsOftenSoUnwrappingIsNotWhatSigmaMisses() {
    Coverage classical = measure(ScenePresets.LANDSLIDES, 4100001, 3);
    Coverage oracle = measure(ScenePresets.LANDSLIDES, 4100001, 3, true);
    assertTrue(Math.abs(oracle.pixelCoverage() - classical.pixelCoverage()) < 0.02,
        "oracle " + oracle + ", classical " + classical);
  }

  /** Coverage counts; every pixel with a velocity had a finite sigma (else the test failed). */
  record Coverage(int peaks, int peaksCovered, long pixels, long pixelsCovered, int coherentPeaks,
      int coherentPeaksCovered, long closingPixels, long closingPixelsCovered) {
    double peakCoverage() {
      return peaksCovered / (double) peaks;
    }

    double pixelCoverage() {
      return pixelsCovered / (double) pixels;
    }

    double closingCoverage() {
      return closingPixelsCovered / (double) closingPixels;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "peaks %d/%d (%.2f), pixels %d/%d (%.3f); peaks truly"
          + " coherent in half the pairs %d/%d, pixels of temporal coherence >= 0.9 %d/%d (%.3f)",
          peaksCovered, peaks, peakCoverage(), pixelsCovered, pixels, pixelCoverage(),
          coherentPeaksCovered, coherentPeaks, closingPixelsCovered, closingPixels,
          closingCoverage());
    }
  }

  static Coverage measure(String preset, long firstSeed, int seeds) {
    return measure(preset, firstSeed, seeds, false);
  }

  /** @param oracle unwrap by the oracle that knows the deformation (to tell unwrapping errors apart) */
  static Coverage measure(String preset, long firstSeed, int seeds, boolean oracle) {
    int coherentPeaks = 0;
    int coherentPeaksCovered = 0;
    long closingPixels = 0;
    long closingPixelsCovered = 0;
    int peaks = 0;
    int peaksCovered = 0;
    long pixels = 0;
    long pixelsCovered = 0;
    for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
      Scene scene = ScenePresets.named(preset, seed);
      StackSimulator sim = new StackSimulator(scene);
      SbasNetwork network = SbasNetwork.of(sim.pairs());
      PatchSbas sbas = new PatchSbas(new SbasInversion(network, scene.radar().wavelengthMetres(),
          Math.max(1, (network.pairCount() + 1) / 2)), Unwrappers.classical());
      for (Site site : sim.sites()) {
        PixelBox patch = site.box().grownWithin(MARGIN, scene.width(), scene.height());
        List<PixelBox> others = SimulatedPatches.otherBoxes(sim.sites(), site);
        PatchResult r = sbas.run(oracle ? SimulatedPatches.oracleUnwrapped(sim, patch)
            : SimulatedPatches.wrapped(sim, patch), site.box(), others, MARGIN / 2);
        TruthTile truth = sim.truth(patch);
        boolean[] ring = ReferenceRing.of(patch, site.box(), others, MARGIN / 2);
        double ringVelocity = SimulatedPatches.ringMedian(truth.velocityMmPerYear(), ring);
        float[] v = r.velocityMmPerYear();
        float[] sigma = r.velocityStdMmPerYear();
        int patchPixels = 0;
        int patchCovered = 0;
        for (int i = 0; i < v.length; i++) {
          if (Float.isNaN(v[i])) {
            assertTrue(Float.isNaN(sigma[i]), "sigma without a velocity at " + i);
            continue;
          }
          assertTrue(Float.isFinite(sigma[i]), "no sigma where the velocity is " + v[i]);
          boolean covered = Math.abs(v[i] - (truth.velocityMmPerYear()[i] - ringVelocity)) <= 2 * sigma[i];
          patchPixels++;
          patchCovered += covered ? 1 : 0;
          if (r.temporalCoherence()[i] >= 0.9) {
            closingPixels++;
            closingPixelsCovered += covered ? 1 : 0;
          }
        }
        pixels += patchPixels;
        pixelsCovered += patchCovered;
        int peak = r.peakIndex(site.box());
        if (peak < 0) {
          continue;
        }
        double trueVelocity = truth.velocityMmPerYear()[peak] - ringVelocity;
        boolean covered = Math.abs(v[peak] - trueVelocity) <= 2 * sigma[peak];
        peaks++;
        peaksCovered += covered ? 1 : 0;
        if (SimulatedPatches.coherentPeak(sim, site)) {
          coherentPeaks++;
          coherentPeaksCovered += covered ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%s seed %d site %d: true %.1f, estimated %.1f +- %.1f"
            + " mm/year (%s); patch pixels covered %d/%d%n", preset, seed, site.id(), trueVelocity,
            v[peak], sigma[peak], covered ? "covered" : "NOT covered", patchCovered, patchPixels);
      }
    }
    Coverage c = new Coverage(peaks, peaksCovered, pixels, pixelsCovered, coherentPeaks,
        coherentPeaksCovered, closingPixels, closingPixelsCovered);
    System.out.println(preset + (oracle ? " (oracle unwrapping)" : "") + " seeds " + firstSeed + "-" + (firstSeed + seeds - 1) + ": " + c);
    return c;
  }
}
