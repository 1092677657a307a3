package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dlinsar.detect.LonLat;
import org.dlinsar.files.WindowsLineSeparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** timeSeriesFile names its CSV as detectionsFile names DL-Detect's files, never an input. */
class TimeSeriesCsvTest {

  @Test
  void aCsvIsItselfAndAProductNameWithOrWithoutDimGetsTheCsvBeside(@TempDir Path dir) {
    assertEquals(dir.resolve("series.csv"), TimeSeriesCsv.resolve(dir.resolve("series.csv")));
    assertEquals(dir.resolve("out.timeseries.csv"), TimeSeriesCsv.resolve(dir.resolve("out.dim")));
    // a graph's -Poutput=out/result: Write writes out/result.dim
    assertEquals(dir.resolve("result.timeseries.csv"), TimeSeriesCsv.resolve(dir.resolve("result")));
    // any other name is a product's too: a source's band file or a GeoJSON is never written over
    assertEquals(dir.resolve("det.geojson.timeseries.csv"), TimeSeriesCsv.resolve(dir.resolve("det.geojson")));
    assertEquals(dir.resolve("s.data/coh.img.timeseries.csv"),
        TimeSeriesCsv.resolve(dir.resolve("s.data/coh.img")));
    assertNull(TimeSeriesCsv.resolve(Path.of(" ")));
  }

  /**
   * The product as SNAP's DIMAP writer names it (FileUtils.ensureExtension: a case-sensitive
   * check of .dim, one trailing dot dropped): out.DIM is written as out.DIM.dim, out. as out.dim.
   */
  @Test
  void theProductIsNamedAsSnapsDimapWriterNamesIt(@TempDir Path dir) {
    assertEquals(dir.resolve("out.DIM.timeseries.csv"), TimeSeriesCsv.resolve(dir.resolve("out.DIM")));
    assertEquals(dir.resolve("out.DIM.timeseries.csv"), TimeSeriesCsv.resolve(dir.resolve("out.DIM.dim")));
    assertEquals(dir.resolve("out.timeseries.csv"), TimeSeriesCsv.resolve(dir.resolve("out.")));
  }

  @Test
  void aFolderOrDlDetectsCsvIsRefusedSayingWhatToGive(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("out"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeSeriesCsv.resolve(folder));
    assertTrue(e.getMessage().contains(folder + " is a folder") && e.getMessage().contains(".dim"), e.getMessage());
    Path detections = dir.resolve("det.detections.csv");
    e = assertThrows(IllegalArgumentException.class, () -> TimeSeriesCsv.resolve(detections));
    assertTrue(e.getMessage().contains("detections CSV"), e.getMessage());
    // DL-Detect given dd.geojson writes dd.csv beside it: known by its header
    Path besideGeoJson = Files.writeString(dir.resolve("dd.csv"), "id,class,score,x0,y0,x1,y1,first_near_lon\n");
    e = assertThrows(IllegalArgumentException.class, () -> TimeSeriesCsv.resolve(besideGeoJson));
    assertTrue(e.getMessage().contains("detections CSV"), e.getMessage());
    // the same saved back by spreadsheets (byte order mark, quotes, ';', columns moved), renamed
    for (String saved : List.of("excel-utf8", "libreoffice-quoted", "european")) {
      Path renamed = dir.resolve(saved + ".csv");
      try (var in = TimeSeriesCsvTest.class.getResourceAsStream("/org/dlinsar/detect/" + saved + ".detections.csv")) {
        Files.copy(in, renamed);
      }
      e = assertThrows(IllegalArgumentException.class, () -> TimeSeriesCsv.resolve(renamed), saved);
      assertTrue(e.getMessage().contains("detections CSV"), e.getMessage());
    }
  }

  /** Writes a two-date series to the file given; run by the test below in a JVM of its own. */
  public static void main(String[] args) throws Exception {
    TimeSeriesCsv.write(Path.of(args[0]), List.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 16)),
        List.of(new TimeSeriesCsv.Series(1, new double[] {0, -3.25}, -98.8, 1.25, new LonLat(11.5, 46.25), 2.5, 247, 12.5)));
  }

  /** The same bytes on every platform: SNAP on Windows wrote the rows with CRLF after an LF header. */
  @Test
  void theRowsEndInLfAsTheHeaderDoesOnWindowsToo(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("out.timeseries.csv");
    WindowsLineSeparator.run(TimeSeriesCsvTest.class, csv.toString());

    WindowsLineSeparator.assertLfOnly(csv);
    assertEquals(TimeSeriesCsv.HEADER + "\n1,2021-01-04,0.000,-98.800,11.5000000,46.2500000,1.250,2.500,247.000,12.500\n"
        + "1,2021-01-16,-3.250,-98.800,11.5000000,46.2500000,1.250,2.500,247.000,12.500\n", Files.readString(csv));
  }
}
