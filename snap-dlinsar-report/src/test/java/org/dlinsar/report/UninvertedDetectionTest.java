package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * A detection Local-SBAS could not invert (its reference ring without data): the reports say so
 * as its card does, and count none of its patch as solved.
 */
class UninvertedDetectionTest {

  private static final PixelBox BOX = new PixelBox(5, 5, 12, 10);
  private static final PixelBox PATCH = new PixelBox(2, 2, 15, 13);

  /** A series of NaN, as Local-SBAS writes it for a pixel it could not invert. */
  private static DetectionEntry uninverted() {
    List<Double> nan = Collections.nCopies(SamplePages.DATES.size(), Double.NaN);
    TimeSeries series = new TimeSeries(SamplePages.DATES, nan, Double.NaN, Double.NaN, Double.NaN,
        List.of());
    float[] velocity = new float[PATCH.width() * PATCH.height()];
    Arrays.fill(velocity, Float.NaN);
    return new DetectionEntry(1, "landslide", 0.95, BOX, 8.1, 46.4,
        Optional.of(SamplePages.site(1, BOX, -44.5)), Optional.of(series),
        Optional.of(new VelocityPatch(PATCH, velocity)));
  }

  @Test
  void theDemosReportSaysTheVelocityCouldNotBeInverted() {
    StringBuilder md = new StringBuilder();
    DemoReport.appendLocalSbas(md, List.of(uninverted()), "");

    assertFalse(md.toString().contains("NaN"), md.toString());
    assertTrue(md.toString().contains("| 1 | landslide | 0.95 | 1 | could not invert | -44.50 |  |  |"),
        md.toString());
  }

  @Test
  void theInputReportSaysTheVelocityCouldNotBeInverted() {
    ReportPage page = new ReportPage("input", List.of(), List.of(), List.of(uninverted()),
        Optional.empty(), List.of(), new ProcessedArea(0, 100, "none"), SamplePages.PROVENANCE);
    String md = InputReport.markdown(page, "frame_chain");

    assertFalse(md.contains("NaN"), md);
    assertTrue(md.contains("| 5, 5, 12, 10 | could not invert |"), md);
  }

  @Test
  void onlyFiniteVelocitiesCountAsSolved() {
    DetectionEntry none = uninverted();
    float[] some = new float[PATCH.width() * PATCH.height()];
    Arrays.fill(some, Float.NaN);
    some[0] = -3f;
    some[PATCH.width() + 1] = -4f;
    PixelBox overlapping = new PixelBox(3, 3, 16, 14); // its first pixel is the other's second solved one
    float[] other = new float[overlapping.width() * overlapping.height()];
    Arrays.fill(other, Float.NaN);
    other[0] = -4f;
    List<DetectionsRead.Row> rows = List.of();

    assertEquals(0, DemoPage.processed(new LocalSbasResults(Map.of(1, none.velocity().orElseThrow()),
        Map.of(), ""), rows, SamplePages.WIDTH, SamplePages.HEIGHT).patchPixels());
    assertEquals(2, DemoPage.processed(new LocalSbasResults(Map.of(1, new VelocityPatch(PATCH, some),
        2, new VelocityPatch(overlapping, other)), Map.of(), ""), rows, SamplePages.WIDTH,
        SamplePages.HEIGHT).patchPixels());
  }
}
