package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;
import org.junit.jupiter.api.Test;

/** A detection's card is scored against the true site its box stands for, not the first it touches. */
class SiteCreditTest {

  @Test
  void aBoxOverTwoSitesStandsForTheOneItOverlapsMost() {
    // mostly on B (IoU 0.625), touching A (0.24): it was credited to A, the first hit in id order
    Site a = SamplePages.site(1, new PixelBox(90, 100, 112, 120), -30);
    Site b = SamplePages.site(2, new PixelBox(115, 100, 140, 120), -80);

    assertEquals(Optional.of(b), DemoPage.siteHit(new PixelBox(100, 100, 140, 120), List.of(a, b)));
    assertEquals(Optional.of(a), DemoPage.siteHit(new PixelBox(90, 100, 112, 120), List.of(a, b)));
    assertEquals(Optional.empty(), DemoPage.siteHit(new PixelBox(0, 0, 10, 10), List.of(a, b)));
  }
}
