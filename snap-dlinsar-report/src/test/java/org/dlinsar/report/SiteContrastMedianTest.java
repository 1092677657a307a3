package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * The report's medians are RobustSpread's: of an even count, the mean of the two middle values,
 * as detection's floors and Local-SBAS take them.
 */
class SiteContrastMedianTest {

  @Test
  void anEvenBackgroundTakesTheMeanOfItsTwoMiddleMagnitudes() {
    int w = 10;
    int h = 10;
    float[] az = new float[w * h];
    Arrays.fill(az, 0, w * h / 2, 1f);
    Arrays.fill(az, w * h / 2, w * h, 2f);
    // the site covers two pixels of each half: 48 background pixels of 1 and 48 of 2 remain
    PixelBox site = new PixelBox(0, 4, 2, 6);

    SiteContrast contrast = TruthScores.siteContrast(az, new float[w * h], w, h, List.of(site), 0);

    assertEquals(1.5, contrast.backgroundMedian(), 1e-9);
  }

  @Test
  void anEvenNumberOfSitesTakesTheMeanOfTheTwoMiddleRatios() {
    assertEquals(2.5, new SiteContrast(List.of(1.0, 4.0, 2.0, 3.0), 1).median(), 1e-12);
    assertEquals(2, new SiteContrast(List.of(Double.NaN, 4.0), 1).median(), 1e-12); // NaN counts 0
  }
}
