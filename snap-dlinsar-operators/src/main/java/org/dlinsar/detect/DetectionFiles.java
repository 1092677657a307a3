package org.dlinsar.detect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dlinsar.files.SideFiles;
import org.dlinsar.files.StagedFile;

/**
 * The files DL-Detect writes beside its product: {@code <name>.detections.geojson} and
 * {@code <name>.detections.csv} (CONTRACT.md section 3).
 *
 * <p>Where: {@code detectionsFile} names either the GeoJSON file itself ({@code .geojson} or
 * {@code .json}; the CSV goes beside it, that ending replaced by {@code .csv}) or the target
 * product, as a graph's {@code ${output}} gives it: its {@code .dim} header, or its name without
 * one, which SNAP's Write completes with {@code .dim} ({@link SideFiles#productName}: {@code x.DIM}
 * is the product {@code x.DIM}); both files then go beside that product. A
 * {@code .csv} is refused: the CSV goes beside the GeoJSON. Readers take the same names ({@link
 * #toRead}). Each file is written under a temporary name in its folder, and both are renamed once
 * both are complete, so a reader never sees half a file and a failed write leaves the pair as it was.
 *
 * @param geoJson the GeoJSON file
 * @param csv the CSV file
 */
public record DetectionFiles(Path geoJson, Path csv) {

  static final String GEOJSON_SUFFIX = SideFiles.DETECTIONS_GEOJSON;
  static final String CSV_SUFFIX = SideFiles.DETECTIONS_CSV;
  private static final List<String> GEOJSON = List.of(".geojson", ".json");
  private static final String CSV = ".csv";

  /**
   * The files for the {@code detectionsFile} parameter's value, see the class comment.
   *
   * @throws IllegalArgumentException for a {@code .csv} or a folder, saying what to give instead
   */
  static DetectionFiles forParameter(Path detectionsFile) {
    Path file = detectionsFile.toAbsolutePath();
    String name = file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("detectionsFile " + detectionsFile + " is a folder: give the"
          + " GeoJSON file's name (.geojson) or the target product's (.dim)");
    }
    if (endsWith(name, CSV)) {
      throw new IllegalArgumentException("detectionsFile " + detectionsFile + ": give the GeoJSON"
          + " file's name (.geojson) or the target product's (.dim); the CSV is written beside"
          + " either");
    }
    String geoJsonEnding = GEOJSON.stream().filter(e -> endsWith(name, e)).findFirst().orElse(null);
    if (geoJsonEnding != null) {
      String base = name.substring(0, name.length() - geoJsonEnding.length());
      return new DetectionFiles(file, file.resolveSibling(base + CSV));
    }
    String product = SideFiles.productName(file);
    return new DetectionFiles(file.resolveSibling(product + GEOJSON_SUFFIX),
        file.resolveSibling(product + CSV_SUFFIX));
  }

  /**
   * The file a reader of detections takes for {@code detectionsFile}: a {@code .geojson},
   * {@code .json} or {@code .csv} itself, else the GeoJSON beside the product it names.
   */
  public static Path toRead(Path detectionsFile) {
    return namesAFile(detectionsFile) ? detectionsFile : forParameter(detectionsFile).geoJson();
  }

  /**
   * The header of the product {@code detectionsFile} names ({@code <name>.dim}, there or not), or
   * null when it names a GeoJSON or CSV file itself.
   */
  static Path productHeader(Path detectionsFile) {
    if (namesAFile(detectionsFile)) {
      return null;
    }
    Path file = detectionsFile.toAbsolutePath();
    return file.resolveSibling(SideFiles.productName(file) + SideFiles.PRODUCT_HEADER);
  }

  /**
   * The header of the product whose detections {@code detectionsFile} names ({@code <name>.dim},
   * there or not): the product it names, or the one whose {@code <name>.detections.geojson} or
   * {@code .csv} it is; null for a GeoJSON or CSV of another name, which belongs to no product.
   */
  public static Path productOf(Path detectionsFile) {
    Path header = productHeader(detectionsFile);
    if (header != null) {
      return header;
    }
    String name = detectionsFile.getFileName().toString();
    for (String suffix : List.of(GEOJSON_SUFFIX, CSV_SUFFIX)) {
      if (endsWith(name, suffix)) {
        return detectionsFile.toAbsolutePath().resolveSibling(
            name.substring(0, name.length() - suffix.length()) + SideFiles.PRODUCT_HEADER);
      }
    }
    return null;
  }

  private static boolean namesAFile(Path detectionsFile) {
    String name = detectionsFile.getFileName().toString();
    return endsWith(name, CSV) || GEOJSON.stream().anyMatch(e -> endsWith(name, e));
  }

  /** Whether the name ends in {@code ending}, in any case. */
  private static boolean endsWith(String name, String ending) {
    return name.toLowerCase(Locale.ROOT).endsWith(ending);
  }

  /**
   * Refuses names longer than a file name may be ({@link SideFiles#checkNameFits}), so that a run
   * fails before the detections are computed rather than when they are written.
   *
   * @throws IllegalArgumentException naming the file, and the longest product name that fits
   */
  void checkNamesFit() {
    String remedy = "give a product name of at most " + SideFiles.longestProductName(GEOJSON_SUFFIX)
        + " bytes, or a shorter .geojson file as detectionsFile";
    SideFiles.checkNameFits(geoJson, "detections file", remedy);
    SideFiles.checkNameFits(csv, "detections file", remedy);
  }

  /**
   * Writes both files, each under a temporary name, and renames them once both are complete: a
   * write that fails (a full disk, a folder at the CSV's name) leaves the pair beside the product
   * as it was, not a new GeoJSON beside an older run's CSV; so does a rename that fails ({@link
   * StagedFile#commitBoth}).
   *
   * @throws IOException naming the file that could not be written
   */
  void write(List<Detection> detections, DetectionsOrigin origin) throws IOException {
    StagedFile.Staged features = StagedFile.stage(geoJson, "detections file",
        out -> DetectionsGeoJson.write(detections, origin, out));
    StagedFile.Staged rows;
    try {
      rows = StagedFile.stage(csv, "detections file", file -> {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
          DetectionsCsv.write(detections, out);
        }
      });
    } catch (IOException | RuntimeException e) {
      features.discard();
      throw e;
    }
    StagedFile.commitBoth(features, rows);
  }
}
