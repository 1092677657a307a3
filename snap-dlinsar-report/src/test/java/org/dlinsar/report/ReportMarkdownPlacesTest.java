package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * report.md gives what the page gives besides the scores: each detection's place (lon, lat of its
 * box centre, as its card does) and the share of the frame processed after detection.
 */
class ReportMarkdownPlacesTest {

  private static final PixelBox BOX = new PixelBox(5, 5, 12, 10);

  private static DetectionEntry at(int id, double lon, double lat) {
    return new DetectionEntry(id, "landslide", 0.9, BOX, lon, lat, Optional.empty(),
        Optional.of(SamplePages.series(-20, 1)), Optional.of(SamplePages.patch(BOX, -20)));
  }

  @Test
  void inputReportPlacesEachDetectionAndGivesTheShareProcessed() {
    ReportPage page = new ReportPage("input", List.of(), List.of(),
        List.of(at(1, 8.093834, 46.462318), at(2, Double.NaN, Double.NaN)), Optional.empty(),
        List.of(), new ProcessedArea(35, 1200, "the patches Local-SBAS solved"), SamplePages.PROVENANCE);

    String md = InputReport.markdown(page, "frame_chain");

    assertTrue(md.contains("| 1 | landslide | 0.90 | 8.09383, 46.46232 | 5, 5, 12, 10 |"), md);
    assertTrue(md.contains("| 2 | landslide | 0.90 | not geocoded | 5, 5, 12, 10 |"), md);
    assertTrue(md.contains("Processed after detection: **35** pixels of the frame's 1200 (**2.9 %**),"
        + " the patches Local-SBAS solved.\n"), md);
  }

  /**
   * A velocity whose peak pixel has no temporal coherence (its valid pairs fix its series
   * exactly) is marked and explained, not left blank beside the others.
   */
  @Test
  void aVelocityWithoutTemporalCoherenceIsMarkedAndExplained() {
    TimeSeries unchecked = SamplePages.series(-10.8, 1);
    unchecked = new TimeSeries(unchecked.dates(), unchecked.displacementMm(), unchecked.errorMm(),
        unchecked.velocityMmPerYear(), Double.NaN, List.of());
    DetectionEntry d = new DetectionEntry(7, "landslide", 0.64, BOX, 8.1, 46.4, Optional.empty(),
        Optional.of(unchecked), Optional.empty());
    TimeSeries s = SamplePages.series(-4.5, 1);
    TimeSeries heap = new TimeSeries(s.dates(), s.displacementMm(), s.errorMm(), s.velocityMmPerYear(), 1.5,
        s.temporalCoherence(), List.of(), 12.5);
    DetectionEntry onHeap = new DetectionEntry(9, "subsidence", 0.9, BOX, 8.1, 46.4, Optional.empty(),
        Optional.of(heap), Optional.empty());
    ReportPage page = new ReportPage("input", List.of(), List.of(), List.of(at(1, 8.1, 46.4), d, onHeap),
        Optional.empty(), List.of(), new ProcessedArea(35, 1200, "the patches Local-SBAS solved"),
        SamplePages.PROVENANCE);

    String md = InputReport.markdown(page, "frame_chain");

    assertTrue(md.lines().anyMatch(l -> l.startsWith("| 1 |") && l.endsWith(" | -20.00 | 0.97 |  |  |")), md);
    assertTrue(md.lines().anyMatch(l -> l.startsWith("| 7 |") && l.endsWith(" | -10.80 | \u2013 |  |  |")), md);
    // the DEM's error Local-SBAS fitted at the peak, in the column after the temporal coherence
    assertTrue(md.lines().anyMatch(l -> l.startsWith("| 9 |") && l.endsWith(" | -4.50 \u00b1 1.50 | 0.97 | 12.50 |  |")),
        md);
    assertTrue(md.contains(DemoReport.UNCHECKED_NOTE), md);
    assertFalse(InputReport.markdown(new ReportPage("input", List.of(), List.of(), List.of(at(1, 8.1, 46.4)),
        Optional.empty(), List.of(), new ProcessedArea(35, 1200, "x"), SamplePages.PROVENANCE), "frame_chain")
        .contains(DemoReport.UNCHECKED_NOTE));
  }
}
