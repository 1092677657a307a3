package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dlinsar.files.WindowsLineSeparator;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteClass;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionFilesTest {

  private static final DetectionsOrigin ORIGIN = new DetectionsOrigin("det.dim", "SUBSIDENCE", "CLASSICAL", null,
      java.time.Instant.now(), null, null);
  private static final List<Detection> ONE = List.of(new Detection(1, SiteClass.SUBSIDENCE, 0.9,
      new PixelBox(1, 2, 3, 4), List.of(), List.of()));

  /** Writes one detection's GeoJSON and CSV for the product given; run by the test below in a JVM of its own. */
  public static void main(String[] args) throws IOException {
    DetectionFiles.forParameter(Path.of(args[0])).write(List.of(new Detection(1, SiteClass.SUBSIDENCE, 0.9,
        new PixelBox(1, 2, 3, 4), List.of(), List.of(LocalDate.of(2021, 1, 4)))), ORIGIN);
  }

  /** The same bytes on every platform: SNAP on Windows indented the GeoJSON with CRLF, the CSV beside it with LF. */
  @Test
  void bothFilesEndTheirLinesInLfOnWindowsToo(@TempDir Path dir) throws Exception {
    WindowsLineSeparator.run(DetectionFilesTest.class, dir.resolve("det.dim").toString());

    WindowsLineSeparator.assertLfOnly(dir.resolve("det.detections.geojson"));
    WindowsLineSeparator.assertLfOnly(dir.resolve("det.detections.csv"));
    assertEquals(1, DetectionsRead.fromFile(dir.resolve("det.detections.geojson")).size());
  }

  @Test
  void aProductHeaderPutsBothFilesBesideTheProduct(@TempDir Path dir) throws IOException {
    DetectionFiles files = DetectionFiles.forParameter(dir.resolve("out/stack_det.dim"));
    files.write(ONE, ORIGIN);

    assertEquals(dir.resolve("out/stack_det.detections.geojson").toAbsolutePath(), files.geoJson());
    assertEquals(dir.resolve("out/stack_det.detections.csv").toAbsolutePath(), files.csv());
    assertTrue(Files.isRegularFile(files.geoJson()));
    List<String> csv = Files.readAllLines(files.csv());
    assertEquals(DetectionsCsv.HEADER, csv.get(0));
    assertEquals("1,subsidence,0.9000,1,2,3,4,,,,,,,,,", csv.get(1));
    try (var leftovers = Files.list(dir.resolve("out"))) {
      assertEquals(2, leftovers.count(), "no temporary file left");
    }
  }

  @Test
  void theGeoJsonAndTheCsvReadBackAsTheDetectionsWithTheirDates(@TempDir Path dir) throws IOException {
    List<LocalDate> dates = List.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 16));
    DetectionFiles files = DetectionFiles.forParameter(dir.resolve("bowls.geojson"));
    files.write(List.of(new Detection(1, SiteClass.SUBSIDENCE, 0.9, new PixelBox(1, 2, 3, 4),
        List.of(), dates)), ORIGIN);

    for (Path file : List.of(files.geoJson(), files.csv())) {
      List<DetectionsRead.Row> rows = DetectionsRead.fromFile(file);
      assertEquals(1, rows.size(), file.toString());
      assertEquals(new PixelBox(1, 2, 3, 4), rows.get(0).box(), file.toString());
      assertEquals(dates, rows.get(0).dates(), file.toString());
    }
  }

  /**
   * QGIS saves an edited layer through GDAL, which moves properties.id to the Feature's id: the
   * file must still read as its detections (fixture: FIXTURES.md).
   */
  @Test
  void aGeoJsonSavedByQgisOrOgr2ogrReadsBackWithItsIdsAndBoxes(@TempDir Path dir) throws IOException {
    Path saved = Files.copy(Path.of("src/test/resources/org/dlinsar/detect/qgis-saved.detections.geojson"),
        dir.resolve("edited.geojson"));

    List<DetectionsRead.Row> rows = DetectionsRead.fromFile(saved);

    assertEquals(List.of(1, 2), rows.stream().map(DetectionsRead.Row::id).toList());
    assertEquals(List.of(new PixelBox(156, 111, 192, 139), new PixelBox(238, 140, 245, 155)),
        rows.stream().map(DetectionsRead.Row::box).toList());
    assertEquals(List.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 5, 4)), rows.get(0).dates());

    // a feature drawn by hand has no bbox_px: refused, saying so
    Path drawn = Files.writeString(dir.resolve("drawn.geojson"), "{\"type\":\"FeatureCollection\",\"features\":"
        + "[{\"type\":\"Feature\",\"id\":9,\"properties\":{\"class\":\"landslide\"},\"geometry\":null}]}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectionsRead.fromFile(drawn));
    assertTrue(e.getMessage().contains(drawn + "' is not DL-Detect's GeoJSON or CSV: feature 1 lacks")
        && e.getMessage().endsWith("(got id 9, bbox_px none)"), e.getMessage());
  }

  /**
   * The CSV as spreadsheets save it back (fixtures: FIXTURES.md) reads as the rows DL-Detect wrote,
   * by the header's names: a BOM, CRLF, quoted cells, moved columns, a cleared row, ';' with
   * decimal commas.
   */
  @Test
  void aCsvSavedBackBySpreadsheetsReadsAsItsRows(@TempDir Path dir) throws IOException {
    List<PixelBox> boxes = List.of(new PixelBox(156, 111, 192, 139), new PixelBox(238, 140, 245, 155),
        new PixelBox(177, 201, 192, 219));
    for (String name : List.of("libreoffice-quoted", "european", "excel-utf8")) {
      Path saved = Files.copy(Path.of("src/test/resources/org/dlinsar/detect/" + name + ".detections.csv"),
          dir.resolve(name + ".csv"));

      List<DetectionsRead.Row> rows = DetectionsRead.fromFile(saved);

      assertEquals(List.of(1, 2, 3), rows.stream().map(DetectionsRead.Row::id).toList(), name);
      assertEquals(boxes, rows.stream().map(DetectionsRead.Row::box).toList(), name);
      assertEquals(List.of(0.9851, 0.9689, 0.9599), rows.stream().map(DetectionsRead.Row::score).toList(), name);
      assertEquals("landslide", rows.get(0).detectionClass(), name);
      assertEquals(List.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 5, 4)), rows.get(2).dates(), name);
    }
  }

  /**
   * A GeoJSON that is no JSON (saved half, or another file renamed) was refused in Jackson's words,
   * "... at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1,
   * column: 5]"; bin/dlinsar-spark printed the parser's message twice.
   */
  @Test
  void aGeoJsonThatIsNoJsonIsRefusedAtItsLineAndColumn(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("det.geojson"), "not json");
    Path cut = Files.writeString(dir.resolve("cut.geojson"), "{\"type\": \"FeatureCollection\",\n \"features\": [");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectionsRead.fromFile(text));
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> DetectionsRead.fromFile(cut));

    assertEquals("detections file '" + text + "' is not DL-Detect's GeoJSON or CSV: not JSON at line 1, column 5:"
        + " Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
        + " 'false')", e.getMessage());
    assertEquals("detections file '" + cut + "' is not DL-Detect's GeoJSON or CSV: not JSON at line 2, column 15:"
        + " Unexpected end-of-input: expected close marker for Array (start marker at line 2, column 14)",
        c.getMessage());
  }

  @Test
  void aCsvWhoseHeaderLacksABoxColumnIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("renamed.csv"), "id,class,score,left,y0,x1,y1\n1,landslide,0.9,1,2,3,4\n");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectionsRead.fromFile(csv));

    assertTrue(e.getMessage().contains(csv + "' is not DL-Detect's GeoJSON or CSV: the header lacks column(s) x0 "),
        e.getMessage());
  }

  /** Boxes decide which pixels Local-SBAS and DL-Unwrap process: a malformed one is refused, never guessed. */
  @Test
  void malformedBoxesDuplicateIdsAndShortRowsAreRefusedNamingTheFileAndWhere(@TempDir Path dir)
      throws IOException {
    String feature = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"id\":%s,\"class\":\"landslide\","
        + "\"score\":0.9,\"bbox_px\":%s}}";
    Map<String, String> geoJson = Map.of(
        "text.geojson", feature.formatted("1", "[\"abc\",40,50,50]"),
        "boolean.geojson", feature.formatted("1", "[true,40,50,50]"),
        "fraction.geojson", feature.formatted("1", "[40.9,40,50,50]"),
        "twice.geojson", feature.formatted("1", "[10,10,20,20]") + "," + feature.formatted("1", "[30,30,40,40]"));
    for (Map.Entry<String, String> file : geoJson.entrySet()) {
      Path path = Files.writeString(dir.resolve(file.getKey()),
          "{\"type\":\"FeatureCollection\",\"features\":[" + file.getValue() + "]}");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DetectionsRead.fromFile(path), file.getKey());
      assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
      assertTrue(e.getMessage().contains(file.getKey().startsWith("twice") ? "id 1 twice" : "feature 1"),
          e.getMessage());
    }
    Path csv = Files.writeString(dir.resolve("short.detections.csv"),
        DetectionsCsv.HEADER + "\n1,landslide,0.9000,10,10\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectionsRead.fromFile(csv));
    assertTrue(e.getMessage().contains(csv.toString()) && e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aDetectionsFileLargerThanItsCapIsRefusedNamingItAndTheCap(@TempDir Path dir) throws IOException {
    // sparse files one byte over 256 MiB, each beginning as DL-Detect's would
    for (String name : List.of("d.detections.csv", "d.detections.geojson")) {
      Path file = dir.resolve(name);
      Files.writeString(file, name.endsWith(".csv") ? "id,class,score,x0,y0,x1,y1\n" : "{\"features\": [");
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength((256 << 20) + 1L);
      }

      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectionsRead.fromFile(file));

      assertEquals("detections file " + file + ": 268435457 bytes, larger than the 256 MiB that a detections file"
          + " could need; is it the right file?", e.getMessage());
    }
  }

  @Test
  void aGeoJsonNameIsTakenAsItIsWithTheCsvBeside(@TempDir Path dir) {
    DetectionFiles files = DetectionFiles.forParameter(dir.resolve("bowls.geojson"));
    assertEquals("bowls.geojson", files.geoJson().getFileName().toString());
    assertEquals("bowls.csv", files.csv().getFileName().toString());
  }

  @Test
  void aNameWithoutEndingIsTheProductsAsWriteCompletesItAndReadsBackSo(@TempDir Path dir)
      throws IOException {
    // a graph's -Poutput=out/result: Write writes out/result.dim, the files go beside it
    DetectionFiles files = DetectionFiles.forParameter(dir.resolve("out/result"));
    files.write(ONE, ORIGIN);

    assertEquals(dir.resolve("out/result.detections.geojson").toAbsolutePath(), files.geoJson());
    assertEquals(dir.resolve("out/result.detections.csv").toAbsolutePath(), files.csv());
    for (String given : List.of("out/result", "out/result.dim", "out/result.detections.geojson",
        "out/result.detections.csv")) {
      assertEquals(1, DetectionsRead.fromFile(dir.resolve(given)).size(), given);
    }
    assertEquals("bowls.csv", DetectionFiles.forParameter(dir.resolve("bowls.json")).csv()
        .getFileName().toString());
  }

  @Test
  void aFolderIsRefusedSayingWhatToGive(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DetectionFiles.forParameter(dir));
    assertTrue(e.getMessage().contains(dir + " is a folder") && e.getMessage().contains(".geojson"), e.getMessage());
  }

  @Test
  void aCsvNameIsRefusedSayingWhatToGive(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DetectionFiles.forParameter(dir.resolve("dets.csv")));
    assertTrue(e.getMessage().contains("dets.csv") && e.getMessage().contains(".geojson"),
        e.getMessage());
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedAndLeavesNothing(@TempDir Path dir) throws IOException {
    // the CSV's place is held by a folder that is not empty: it cannot be replaced
    Files.createDirectories(dir.resolve("taken.csv").resolve("not-empty"));
    IOException e = assertThrows(IOException.class,
        () -> DetectionFiles.forParameter(dir.resolve("taken.geojson")).write(ONE, ORIGIN));

    assertTrue(e.getMessage().contains("taken.csv"), e.getMessage());
    assertFalse(Files.exists(dir.resolve(".taken.csv.tmp")));
  }

  /**
   * The GeoJSON and the CSV are renamed only once both are written: where the CSV cannot be (a
   * folder at its name), an earlier run's GeoJSON stays as it was, not replaced by this run's beside
   * no CSV of it.
   */
  @Test
  void whereTheCsvCannotBeWrittenTheEarlierGeoJsonStaysAsItWas(@TempDir Path dir) throws IOException {
    Path geoJson = Files.writeString(dir.resolve("det.detections.geojson"), "an earlier run's");
    Files.createDirectories(dir.resolve("det.detections.csv").resolve("not-empty"));

    IOException e = assertThrows(IOException.class,
        () -> DetectionFiles.forParameter(dir.resolve("det.dim")).write(ONE, ORIGIN));

    assertTrue(e.getMessage().contains("det.detections.csv"), e.getMessage());
    assertEquals("an earlier run's", Files.readString(geoJson));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left");
    }
  }

  @Test
  void aProductsDetectionsFileMustHoldThatProductsDetections(@TempDir Path dir) throws IOException {
    Path header = dir.resolve("det.dim");
    DetectionFiles.forParameter(header).write(ONE, ORIGIN);
    // the file an earlier DL-Detect product of that name left beside a later product without Detections
    writeProduct(header, null);
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> DetectionsRead.fromFile(header));
    assertTrue(none.getMessage().contains("is not that of product " + header.toAbsolutePath()
        + ": the product has no Detections metadata"), none.getMessage());

    writeProduct(header, List.of(new Detection(1, SiteClass.SUBSIDENCE, 0.9, new PixelBox(0, 0, 2, 2),
        List.of(), List.of())));
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> DetectionsRead.fromFile(dir.resolve("det")));
    assertTrue(other.getMessage().contains("the product lists 1 detection(s), the file 1 other ones"),
        other.getMessage());

    writeProduct(header, ONE);
    assertEquals(1, DetectionsRead.fromFile(header).size());
    assertEquals(1, DetectionsRead.fromFile(dir.resolve("det.detections.geojson")).size(),
        "the file itself is read as given");
  }

  /** A 4 x 4 product at {@code header}, with the Detections element of {@code detections} unless null. */
  private static void writeProduct(Path header, List<Detection> detections) throws IOException {
    Product product = new Product("det", "test", 4, 4);
    product.addBand("b", ProductData.TYPE_FLOAT32).setRasterData(ProductData.createInstance(new float[16]));
    if (detections != null) {
      product.getMetadataRoot().addElement(DetectionsMetadata.of(detections, "SUBSIDENCE", "CLASSICAL", null, "off", "off",
          Wgs84Positions.WGS84));
    }
    ProductIO.writeProduct(product, header.toFile(), "BEAM-DIMAP", false);
    product.dispose();
  }
}
