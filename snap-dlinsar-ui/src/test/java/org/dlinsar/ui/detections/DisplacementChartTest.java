package org.dlinsar.ui.detections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's displacement axis over the dates that have a displacement. */
class DisplacementChartTest {

  @Test
  void aDateWithoutADisplacementLeavesTheAxisAsTheOthersSetIt() {
    LocalDate start = LocalDate.of(2021, 1, 4);
    DisplacementSeries series = new DisplacementSeries(
        List.of(start, start.plusDays(12), start.plusDays(24), start.plusDays(36)),
        List.of(0.0, Double.NaN, -5.5, 1.25));

    // before: Math.min and Math.max over NaN, and every label read "NaN mm"
    assertArrayEquals(new double[] {-5.5, 1.25}, DisplacementChart.range(series));
  }
}
