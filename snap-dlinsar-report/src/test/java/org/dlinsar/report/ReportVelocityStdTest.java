package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The velocity's uncertainty (CONTRACT.md section 4's {@code velocity_std_mm_per_year}) from
 * the time-series CSV to the reports, where they show the velocity.
 */
class ReportVelocityStdTest {

  @Test
  void theCsvsStandardErrorIsReadByItsNameAndNaNInAnOlderFile(@TempDir Path folder) throws IOException {
    Path csv = Files.writeString(folder.resolve("t.timeseries.csv"), String.join("\n",
        "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,velocity_std_mm_per_year",
        "1,2021-01-04,0.000,-12.500,,,1.375", "1,2021-01-16,-0.410,-12.500,,,1.375",
        "2,2021-01-04,NaN,NaN,,,NaN", ""));
    Path older = Files.writeString(folder.resolve("o.timeseries.csv"), String.join("\n",
        "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat", "1,2021-01-04,0.000,-12.500,,", ""));

    Map<Integer, List<TimeSeriesCsvRead.Row>> rows = TimeSeriesCsvRead.read(csv);

    assertEquals(new TimeSeriesCsvRead.Row(LocalDate.of(2021, 1, 16), -0.41, -12.5, 1.375), rows.get(1).get(1));
    assertTrue(Double.isNaN(rows.get(2).get(0).velocityStdMmPerYear()), "a peak not inverted");
    assertTrue(Double.isNaN(TimeSeriesCsvRead.read(older).get(1).get(0).velocityStdMmPerYear()),
        "a file written before the column");
  }

  @Test
  void theSeriesCarriesItAndTheReportsShowVelocityPlusOrMinusIt() {
    PixelBox box = new PixelBox(5, 5, 12, 10);
    Map<Integer, List<TimeSeriesCsvRead.Row>> csv = Map.of(1, List.of(
        new TimeSeriesCsvRead.Row(LocalDate.of(2021, 1, 4), 0, -42, 3.1),
        new TimeSeriesCsvRead.Row(LocalDate.of(2021, 1, 16), -1.4, -42, 3.1)));
    LocalSbasResults sbas = LocalSbasResults.of(new float[0], new float[0], 30, 25,
        List.of(new DetectionsRead.Row(1, "landslide", 0.9, box, "")), csv);
    TimeSeries series = sbas.timeSeries().get(1);
    assertEquals(3.1, series.velocityStdMmPerYear());

    DetectionEntry with = entry(1, box, series);
    assertEquals("-42.00 \u00b1 3.10", DemoReport.velocityCell(with));
    TimeSeries without = new TimeSeries(series.dates(), series.displacementMm(), Double.NaN, -42,
        Double.NaN, List.of());
    assertEquals("-42.00", DemoReport.velocityCell(entry(1, box, without)), "no uncertainty, none shown");

    List<DetectionEntry> detections = new ArrayList<>(List.of(with));
    ReportPage page = new ReportPage("Sample report", List.of("a constructed page"), List.of(), detections,
        Optional.empty(), List.of(), new ProcessedArea(143, 750, "the patches Local-SBAS solved"),
        SamplePages.PROVENANCE);
    String md = InputReport.markdown(page, "frame_chain");
    assertTrue(md.contains("| velocity \u00b1 std (mm/year) |") && md.contains("| -42.00 \u00b1 3.10 |"), md);
    String html = HtmlReport.render(page);
    assertTrue(html.contains("velocity <b>-42.0 mm/year</b> \u00b1 3.1 (1 sigma)"), html);
    String plain = HtmlReport.render(new ReportPage("Sample report", List.of("a constructed page"), List.of(),
        List.of(entry(1, box, without)), Optional.empty(), List.of(),
        new ProcessedArea(143, 750, "the patches Local-SBAS solved"), SamplePages.PROVENANCE));
    assertFalse(plain.contains("1 sigma"), "no uncertainty, none shown");
  }

  private static DetectionEntry entry(int id, PixelBox box, TimeSeries series) {
    return new DetectionEntry(id, "landslide", 0.9, box, 8.1, 46.4, Optional.empty(), Optional.of(series),
        Optional.empty());
  }
}
