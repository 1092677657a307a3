package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DEM's error Local-SBAS fitted at a detection's peak (CONTRACT.md section 4's {@code
 * dem_error_m}) from the time-series CSV to the report's table and card; a CSV without the column,
 * or with NaN in it, shows none.
 */
class ReportDemErrorTest {

  @TempDir Path dir;

  @Test
  void theCsvsDemErrorReachesTheTableAndTheCard() throws IOException {
    Path csv = Files.writeString(dir.resolve("out.timeseries.csv"),
        "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,velocity_std_mm_per_year,dem_error_m\n"
            + "1,2021-01-04,0.000,-42.000,,,3.100,12.500\n"
            + "1,2021-01-16,-1.400,-42.000,,,3.100,12.500\n"
            + "2,2021-01-04,0.000,-8.000,,,1.000,NaN\n"
            + "2,2021-01-16,-0.300,-8.000,,,1.000,NaN\n");
    PixelBox box = new PixelBox(5, 5, 12, 10);
    LocalSbasResults sbas = LocalSbasResults.of(new float[0], new float[0], 30, 25,
        List.of(new DetectionsRead.Row(1, "subsidence", 0.9, box, ""),
            new DetectionsRead.Row(2, "subsidence", 0.8, box, "")), TimeSeriesCsvRead.read(csv));
    assertEquals(12.5, sbas.timeSeries().get(1).demErrorMetres());
    assertTrue(Double.isNaN(sbas.timeSeries().get(2).demErrorMetres()));

    DetectionEntry heap = entry(1, box, sbas.timeSeries().get(1));
    DetectionEntry plain = entry(2, box, sbas.timeSeries().get(2));
    assertEquals("12.50", DemoReport.demErrorCell(heap));
    assertEquals("", DemoReport.demErrorCell(plain), "none fitted, none shown");
    String html = HtmlReport.render(new ReportPage("Sample report", List.of("a constructed page"), List.of(),
        List.of(heap, plain), Optional.empty(), List.of(), new ProcessedArea(143, 750, "the patches"),
        SamplePages.PROVENANCE));
    assertTrue(html.contains("temporal coherence unknown (the peak's valid pairs fix its series exactly, or none"
        + " is recorded) \u00b7 DEM error 12.5 m</p>"), html);
    assertEquals(1, html.split("DEM error", -1).length - 1, "only the first card has one");

    Map<Integer, List<TimeSeriesCsvRead.Row>> older = TimeSeriesCsvRead.read(Files.writeString(
        dir.resolve("older.timeseries.csv"), "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,"
            + "velocity_std_mm_per_year\n1,2021-01-04,0.000,-42.000,,,3.100\n"));
    assertTrue(Double.isNaN(older.get(1).get(0).demErrorMetres()), "a file written before the column");
  }

  private static DetectionEntry entry(int id, PixelBox box, TimeSeries series) {
    return new DetectionEntry(id, "subsidence", 0.9, box, 8.1, 46.4, Optional.empty(), Optional.of(series),
        Optional.empty());
  }
}
