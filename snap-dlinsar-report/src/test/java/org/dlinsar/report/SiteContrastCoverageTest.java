package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * Site contrast counts the pixels the stack covers, as SiteVisibility does: a site under
 * decorrelated ground has noisy, steep phase in its box, which must not read as the site standing
 * out of its background.
 */
class SiteContrastCoverageTest {

  private static final int W = 40;
  private static final int H = 30;
  private static final PixelBox SHOWN = new PixelBox(5, 5, 12, 10);
  private static final PixelBox DECORRELATED = new PixelBox(25, 15, 32, 22);

  @Test
  void aBoxTheStackDoesNotCoverIsDecorrelatedNotContrasted() {
    float[] az = new float[W * H];
    float[] rg = new float[W * H];
    float[] count = new float[W * H];
    Arrays.fill(az, 1f);
    Arrays.fill(count, 10f);
    fill(az, SHOWN, 3f);
    fill(az, DECORRELATED, 18f); // the noise of decorrelated phase
    fill(count, DECORRELATED, 4f); // under half of the best-covered pixel's 10
    fill(az, new PixelBox(0, 25, 40, 30), 50f); // decorrelated background, no more a background
    fill(count, new PixelBox(0, 25, 40, 30), Float.NaN);

    SiteContrast contrast = TruthScores.siteContrast(az, rg, count, W, H, List.of(SHOWN, DECORRELATED), 3);

    assertEquals(3, contrast.ratios().get(0), 1e-6);
    assertTrue(Double.isNaN(contrast.ratios().get(1)), "decorrelated: " + contrast.ratios().get(1));
    assertEquals(1, contrast.backgroundMedian(), 1e-6);
  }

  @Test
  void aFieldWithoutCountsCountsEveryFinitePixel() {
    float[] az = new float[W * H];
    Arrays.fill(az, 1f);
    fill(az, DECORRELATED, 18f);

    SiteContrast contrast = TruthScores.siteContrast(az, new float[W * H], W, H, List.of(DECORRELATED), 3);

    assertEquals(18, contrast.ratios().get(0), 1e-6);
  }

  private static void fill(float[] field, PixelBox box, float value) {
    for (int y = box.y0(); y < box.y1(); y++) {
      Arrays.fill(field, y * W + box.x0(), y * W + box.x1(), value);
    }
  }
}
