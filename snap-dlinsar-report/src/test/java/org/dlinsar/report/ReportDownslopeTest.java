package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The velocity down the slope Local-SBAS gave at a detection's peak (CONTRACT.md section 4's
 * {@code velocity_downslope_mm_per_year}, with its uncertainty {@code
 * velocity_downslope_std_mm_per_year}) from the time-series CSV to the report's tables and card,
 * beside the true one of the landslide it hits (its LOS velocity over its C); NaN, or a CSV
 * without the column, shows none.
 */
class ReportDownslopeTest {

  @TempDir Path dir;

  @Test
  void theCsvsDownslopeVelocityReachesTheTablesAndTheCardBesideTheTruth() throws IOException {
    Path csv = Files.writeString(dir.resolve("out.timeseries.csv"),
        "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,velocity_std_mm_per_year,dem_error_m,"
            + "velocity_downslope_mm_per_year,velocity_downslope_std_mm_per_year\n"
            + "1,2021-01-04,0.000,-42.000,,,3.100,NaN,61.250,4.500\n"
            + "1,2021-01-16,-1.400,-42.000,,,3.100,NaN,61.250,4.500\n"
            + "2,2021-01-04,0.000,-8.000,,,1.000,NaN,NaN,NaN\n");
    PixelBox box = new PixelBox(5, 5, 12, 10);
    LocalSbasResults sbas = LocalSbasResults.of(new float[0], new float[0], 30, 25,
        List.of(new DetectionsRead.Row(1, "landslide", 0.9, box, ""),
            new DetectionsRead.Row(2, "landslide", 0.8, box, "")), TimeSeriesCsvRead.read(csv));
    assertEquals(61.25, sbas.timeSeries().get(1).velocityDownslopeMmPerYear());
    assertEquals(4.5, sbas.timeSeries().get(1).velocityDownslopeStdMmPerYear());
    assertTrue(Double.isNaN(sbas.timeSeries().get(2).velocityDownslopeMmPerYear()));

    Site slide = SamplePages.site(3, box, -40);
    Site withC = new Site(slide.id(), SiteClass.LANDSLIDE, box, slide.peakX(), slide.peakY(), -40, slide.history(),
        slide.timeSeriesMm(), -0.64);
    DetectionEntry onSlope = new DetectionEntry(1, "landslide", 0.9, box, 8.1, 46.4, Optional.of(withC),
        Optional.of(sbas.timeSeries().get(1)), Optional.empty());
    DetectionEntry flat = new DetectionEntry(2, "landslide", 0.8, box, 8.1, 46.4, Optional.empty(),
        Optional.of(sbas.timeSeries().get(2)), Optional.empty());
    assertEquals("61.25 \u00b1 4.50", DemoReport.downslopeCell(onSlope));
    assertEquals("62.50", DemoReport.trueDownslopeCell(onSlope), "-40 mm/year over C = -0.64");
    assertEquals("", DemoReport.downslopeCell(flat), "none projected, none shown");
    assertEquals("", DemoReport.trueDownslopeCell(flat), "no true site");

    StringBuilder table = new StringBuilder();
    DemoReport.appendLocalSbas(table, List.of(onSlope, flat), "");
    String md = table.toString();
    assertTrue(md.contains("| DEM error (m) | down the slope \u00b1 std (mm/year) | true down the slope (mm/year) |"), md);
    assertTrue(md.contains(" |  | 61.25 \u00b1 4.50 | 62.50 |\n"), md);

    String html = HtmlReport.render(new ReportPage("Sample report", List.of("a constructed page"), List.of(),
        List.of(onSlope, flat), Optional.empty(), List.of(), new ProcessedArea(143, 750, "the patches"),
        SamplePages.PROVENANCE));
    assertTrue(html.contains(" \u00b7 down the slope 61.3 \u00b1 4.5 mm/year</p>"), html);
    assertEquals(1, html.split("down the slope", -1).length - 1, "only the first card has one");
    String card = DetectionHtml.of(onSlope, true);
    assertTrue(card.contains("Hits true site 3 (landslide, peak velocity -40.0 mm/year, 62.50 mm/year down its"
        + " slope)"), card);

    Map<Integer, List<TimeSeriesCsvRead.Row>> older = TimeSeriesCsvRead.read(Files.writeString(
        dir.resolve("older.timeseries.csv"), "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,"
            + "velocity_std_mm_per_year,dem_error_m\n1,2021-01-04,0.000,-42.000,,,3.100,2.5\n"));
    assertTrue(Double.isNaN(older.get(1).get(0).velocityDownslopeMmPerYear()), "a file written before the column");
    assertEquals(2.5, older.get(1).get(0).demErrorMetres());
    Map<Integer, List<TimeSeriesCsvRead.Row>> beforeStd = TimeSeriesCsvRead.read(Files.writeString(
        dir.resolve("before-std.timeseries.csv"), "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,"
            + "velocity_std_mm_per_year,dem_error_m,velocity_downslope_mm_per_year\n1,2021-01-04,0.000,-42.000,,,3.100,"
            + "2.5,61.250\n"));
    TimeSeriesCsvRead.Row row = beforeStd.get(1).get(0);
    assertEquals(61.25, row.velocityDownslopeMmPerYear());
    assertTrue(Double.isNaN(row.velocityDownslopeStdMmPerYear()), "a file written before its uncertainty");
    TimeSeries withoutStd = new TimeSeries(List.of(row.date()), List.of(0.0), Double.NaN, -42, 3.1, 0.9, List.of(),
        2.5, 61.25);
    assertEquals("61.25", DemoReport.downslopeCell(new DetectionEntry(1, "landslide", 0.9, box, 8.1, 46.4,
        Optional.empty(), Optional.of(withoutStd), Optional.empty())), "no uncertainty, none shown");
  }
}
