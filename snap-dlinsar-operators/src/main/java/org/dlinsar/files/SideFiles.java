package org.dlinsar.files;

import java.nio.file.Path;
import java.util.List;
import org.esa.snap.core.util.io.FileUtils;

/**
 * The files written beside a product and named after it, {@code <name><suffix>} (CONTRACT.md
 * sections 3 and 4, and the simulator's site list): they belong to that product, so a run that
 * puts another product in place under that name takes them away with the old one
 * ({@link RunJournal#placingProduct}).
 */
public final class SideFiles {

  /** DL-Detect's detections, GeoJSON. */
  public static final String DETECTIONS_GEOJSON = ".detections.geojson";
  /** DL-Detect's detections, CSV. */
  public static final String DETECTIONS_CSV = ".detections.csv";
  /** Local-SBAS's time series. */
  public static final String TIME_SERIES_CSV = ".timeseries.csv";
  /** The simulator's list of the sites it put into a stack. */
  public static final String SITES_JSON = ".sites.json";

  /** The product header's extension, as SNAP's DIMAP writer spells it. */
  public static final String PRODUCT_HEADER = ".dim";

  private static final List<String> SUFFIXES = List.of(DETECTIONS_GEOJSON, DETECTIONS_CSV,
      TIME_SERIES_CSV, SITES_JSON);

  private SideFiles() {}

  /** The side files of the product whose header is {@code dimFile}, there or not. */
  public static List<Path> of(Path dimFile) {
    String base = productName(dimFile);
    return SUFFIXES.stream().map(suffix -> dimFile.resolveSibling(base + suffix)).toList();
  }

  /**
   * The name of the product SNAP's DIMAP writer writes when given {@code file}: the file's name
   * without {@code .dim}, as the writer completes it ({@link FileUtils#ensureExtension(String, String)}), which checks
   * {@code .dim} in that case only and drops one trailing dot: {@code x.dim} and {@code x} are
   * the product {@code x}, so is {@code x.} ({@code x.dim}); {@code x.DIM} is the product
   * {@code x.DIM} ({@code x.DIM.dim}, {@code x.DIM.data}).
   */
  public static String productName(Path file) {
    String header = FileUtils.ensureExtension(file.getFileName().toString(), PRODUCT_HEADER);
    return header.substring(0, header.length() - PRODUCT_HEADER.length());
  }

  /**
   * Refuses a file whose name is longer than a file name may be ({@link HiddenNames#MAX_NAME_BYTES}
   * UTF-8 bytes): called before the run computes what goes into it, since writing it would fail
   * only at the end. A product name that fits its {@code .data} folder can still be too long for
   * its side files, whose suffixes are longer.
   *
   * @param what what the file is, as errors name it ("detections file")
   * @param remedy what to do instead, the end of the line
   * @throws IllegalArgumentException one line naming the file, its length and the limit, and the remedy
   */
  public static void checkNameFits(Path file, String what, String remedy) {
    int bytes = HiddenNames.utf8Bytes(file.getFileName().toString());
    if (bytes > HiddenNames.MAX_NAME_BYTES) {
      throw new IllegalArgumentException("cannot write " + what + " " + file + ": its name is " + bytes
          + " bytes, more than the " + HiddenNames.MAX_NAME_BYTES + " a file name may have; " + remedy);
    }
  }

  /** The longest product name, in UTF-8 bytes, whose side file of {@code suffix} can be written. */
  public static int longestProductName(String suffix) {
    return HiddenNames.MAX_NAME_BYTES - HiddenNames.utf8Bytes(suffix);
  }
}
