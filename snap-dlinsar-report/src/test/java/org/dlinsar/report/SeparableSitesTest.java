package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.StackSimulator;
import org.junit.jupiter.api.Test;

/**
 * The ideal observer's test: on a stack that is the slides' true gradient field, and against the
 * visibility bar on simulated landslide scenes run through the chain (DL-Mask OTSU,
 * Phase-Gradient-Stack).
 */
class SeparableSitesTest {

  private static final List<DetectionTrial> TRIALS = IntStream.rangeClosed(62_002, 62_004)
      .mapToObj(seed -> DetectionTrial.run(ScenePresets.landslides(seed), "LANDSLIDE", 0.5))
      .toList();

  @Test
  void aSlideTheVisibilityBarCallsInvisibleIsNeverSeparableWhileSomeVisibleOnesAreNot() {
    int visibleNotSeparable = 0;
    for (DetectionTrial t : TRIALS) {
      for (int s = 0; s < t.sites().size(); s++) {
        assertFalse(t.separable().get(s) && !t.visible().get(s),
            "seed " + t.scene().seed() + " slide " + t.sites().get(s).id());
        visibleNotSeparable += t.visible().get(s) && !t.separable().get(s) ? 1 : 0;
      }
    }
    assertTrue(visibleNotSeparable > 0, "every visible slide was separable");
  }

  @Test
  void aStackOfTheTrueGradientsSeparatesEverySlideButOneWipedOut() {
    StackSimulator sim = new StackSimulator(ScenePresets.landslides(62_002));
    int w = sim.scene().width();
    int h = sim.scene().height();
    float[] v = sim.truth(new PixelBox(0, 0, w, h)).velocityMmPerYear();
    double perMm = sim.scene().radar().phasePerMm();
    float[] azimuth = new float[w * h];
    float[] range = new float[w * h];
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        azimuth[i] = (float) (perMm * (v[i + w] - v[i - w]) / 2);
        range[i] = (float) (perMm * (v[i + 1] - v[i - 1]) / 2);
      }
    }
    float[] count = new float[w * h];
    float[] standardError = new float[w * h];
    Arrays.fill(count, 10);
    Arrays.fill(standardError, 0.1f);
    List<Site> slides = sim.sites().stream().filter(s -> s.siteClass() == SiteClass.LANDSLIDE)
        .toList();
    assertEquals(Collections.nCopies(slides.size(), true),
        new SeparableSites(sim, azimuth, range, count, standardError).of(slides));

    // the first slide's rates lost: no longer told from the background
    PixelBox wiped = slides.get(0).box().grownWithin(SeparableSites.CLEARANCE + 1, w, h);
    for (int y = wiped.y0(); y < wiped.y1(); y++) {
      Arrays.fill(azimuth, y * w + wiped.x0(), y * w + wiped.x1(), 0f);
      Arrays.fill(range, y * w + wiped.x0(), y * w + wiped.x1(), 0f);
    }
    assertFalse(new SeparableSites(sim, azimuth, range, count, standardError)
        .separation(slides.get(0)).separable());
  }
}
