package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * A score with nothing to count reads as a dash, not 1.00: a run with no detection showed a bold
 * "Detection precision 1.00", a scene without visible sites a perfect recall.
 */
class NothingToCountTest {

  @Test
  void noDetectionsGiveADashedPrecisionAndSitesStillTheirRecall() {
    // two sites, both visible, no detection
    DetectionScores none = DetectionScores.of(List.of(),
        List.of(new PixelBox(5, 5, 12, 10), new PixelBox(20, 20, 30, 30)), List.of(true, true));
    TruthSummary truth = new TruthSummary("OTSU", 0.8, 0.6, 0.7, 3, none, none, none, 0, List.of());
    ReportPage sample = SamplePages.withOneTimeSeries(-42, -45);
    ReportPage page = new ReportPage(sample.title(), sample.facts(), sample.quicklooks(), List.of(),
        Optional.of(truth), sample.timings(), sample.processed(), sample.provenance());

    String html = TruthHtml.of(page);

    assertTrue(html.contains("Detection precision</th><td class=\"num\"><b>\u2013</b>"), html);
    assertTrue(html.contains("Detection recall, all sites</th><td class=\"num\"><b>0.00</b>"), html);
    assertEquals("\u2013", Share.of(0, 0));
    assertEquals("0.67", Share.of(2, 3));
  }
}
