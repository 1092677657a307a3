package org.dlinsar.detect;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.files.StagedFile;

/**
 * The files DL-Detect writes beside its product: {@code <name>.detections.geojson} and
 * {@code <name>.detections.csv} (CONTRACT.md section 3).
 *
 * <p>Where: {@code detectionsFile} names either the GeoJSON file itself (the CSV goes beside it,
 * {@code .geojson} replaced by {@code .csv}) or the target product's {@code .dim} header, as a
 * graph's {@code ${output}} gives it, and then both go beside that product. Each file is written
 * under a temporary name in its folder and renamed when complete, so a reader never sees half a
 * file and a failed run leaves none.
 *
 * @param geoJson the GeoJSON file
 * @param csv the CSV file
 */
record DetectionFiles(Path geoJson, Path csv) {

  static final String GEOJSON_SUFFIX = ".detections.geojson";
  static final String CSV_SUFFIX = ".detections.csv";
  private static final String PRODUCT_HEADER = ".dim";
  private static final String GEOJSON = ".geojson";

  /** The files for the {@code detectionsFile} parameter's value, see the class comment. */
  static DetectionFiles forParameter(Path detectionsFile) {
    Path file = detectionsFile.toAbsolutePath();
    String name = file.getFileName().toString();
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(PRODUCT_HEADER)) {
      String product = name.substring(0, name.length() - PRODUCT_HEADER.length());
      return new DetectionFiles(file.resolveSibling(product + GEOJSON_SUFFIX),
          file.resolveSibling(product + CSV_SUFFIX));
    }
    String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(GEOJSON)
        ? name.substring(0, name.length() - GEOJSON.length()) : name;
    return new DetectionFiles(file, file.resolveSibling(base + ".csv"));
  }

  /**
   * Writes both files, each under a temporary name then renamed.
   *
   * @throws IOException naming the file that could not be written
   */
  void write(List<Detection> detections) throws IOException {
    StagedFile.write(geoJson, "detections file", tmp -> {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        DetectionsGeoJson.write(detections, out);
      }
    });
    StagedFile.write(csv, "detections file", tmp -> {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        DetectionsCsv.write(detections, out);
      }
    });
  }
}
