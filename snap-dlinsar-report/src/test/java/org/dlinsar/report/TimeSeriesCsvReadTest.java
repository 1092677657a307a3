package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeSeriesCsvReadTest {

  @Test
  void readsTheRowsOfSectionFourPerDetection(@TempDir Path folder) throws IOException {
    Path csv = Files.writeString(folder.resolve("t.timeseries.csv"), String.join("\n",
        "id,date,displacement_mm,velocity_mm_per_year", "2,2021-01-04,0.0,-12.5", "1,2021-01-04,0,3",
        "2,2021-01-16,-0.41,-12.5", "1,2021-01-16,NaN,3", ""));

    Map<Integer, List<TimeSeriesCsvRead.Row>> rows = TimeSeriesCsvRead.read(csv);

    assertEquals(List.of(2, 1), List.copyOf(rows.keySet()));
    assertEquals(new TimeSeriesCsvRead.Row(LocalDate.of(2021, 1, 16), -0.41, -12.5), rows.get(2).get(1));
    assertTrue(Double.isNaN(rows.get(1).get(1).displacementMm()), "NaN where Local-SBAS could not invert");
  }

  /** Local-SBAS appends peak_lon,peak_lat (empty without geocoding); files without them still read. */
  @Test
  void readsTheRowsWithThePeaksPositionAppended(@TempDir Path folder) throws IOException {
    Path csv = Files.writeString(folder.resolve("t.timeseries.csv"), String.join("\n",
        "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat",
        "1,2021-01-04,0.000,-12.500,-99.0584300,19.4103200", "1,2021-01-16,-0.410,-12.500,-99.0584300,19.4103200",
        "2,2021-01-04,NaN,NaN,,", ""));

    Map<Integer, List<TimeSeriesCsvRead.Row>> rows = TimeSeriesCsvRead.read(csv);

    assertEquals(List.of(1, 2), List.copyOf(rows.keySet()));
    assertEquals(new TimeSeriesCsvRead.Row(LocalDate.of(2021, 1, 16), -0.41, -12.5), rows.get(1).get(1));
    assertTrue(Double.isNaN(rows.get(2).get(0).velocityMmPerYear()), "a peak not inverted, not placed");
  }

  @Test
  void rejectsARowShortOfTheHeadersCells(@TempDir Path folder) throws IOException {
    Path csv = Files.writeString(folder.resolve("t.csv"),
        "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat\n1,2021-01-04,0,3\n");

    IOException e = assertThrows(IOException.class, () -> TimeSeriesCsvRead.read(csv));

    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("6 cells expected"), e.getMessage());
  }

  @Test
  void rejectsAnotherHeaderNamingTheFile(@TempDir Path folder) throws IOException {
    Path csv = Files.writeString(folder.resolve("t.csv"), "id,date,disp\n1,2021-01-04,0\n");

    IOException e = assertThrows(IOException.class, () -> TimeSeriesCsvRead.read(csv));

    assertTrue(e.getMessage().contains(csv.toString()) && e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void rejectsABadRowNamingItsLine(@TempDir Path folder) throws IOException {
    Path csv = Files.writeString(folder.resolve("t.csv"),
        "id,date,displacement_mm,velocity_mm_per_year\n1,2021-01-04,0,3\n1,04Jan2021,0,3\n");

    IOException e = assertThrows(IOException.class, () -> TimeSeriesCsvRead.read(csv));

    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  void aFileLargerThanItsCapIsRefusedNamingItAndTheCap(@TempDir Path folder) throws IOException {
    // a sparse file one byte over 1 GiB, beginning as Local-SBAS's would
    Path csv = Files.writeString(folder.resolve("t.timeseries.csv"), TimeSeriesCsvRead.HEADER + "\n");
    try (RandomAccessFile file = new RandomAccessFile(csv.toFile(), "rw")) {
      file.setLength((1L << 30) + 1);
    }

    IOException e = assertThrows(IOException.class, () -> TimeSeriesCsvRead.read(csv));

    assertEquals(csv + ": 1073741825 bytes, larger than the 1024 MiB that a time-series CSV could need; is it the"
        + " right file?", e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingIt(@TempDir Path folder) throws IOException {
    Path csv = Files.write(folder.resolve("t.timeseries.csv"),
        (TimeSeriesCsvRead.HEADER + "\n1,2021-01-04,0,3 \u00e9\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    IOException e = assertThrows(IOException.class, () -> TimeSeriesCsvRead.read(csv));

    assertTrue(e.getMessage().startsWith(csv + ": not UTF-8 text"), e.getMessage());
  }
}
