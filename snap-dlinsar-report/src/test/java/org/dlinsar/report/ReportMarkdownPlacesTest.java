package org.dlinsar.report;

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
}
