package org.dlinsar.detect;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dlinsar.files.CappedRead;
import org.dlinsar.files.JsonWords;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Reads back what DL-Detect wrote (CONTRACT.md sections 2 and 3): the {@code Detections}
 * metadata element of a product, or its GeoJSON or CSV file. The one reader of those outputs, for
 * the stages after detection and for scoring against the truth.
 */
public final class DetectionsRead {

  /** Enough for DL-Detect's header, its columns moved or quoted by a spreadsheet. */
  private static final int HEADER_BYTES = 4096;
  private static final List<String> REQUIRED_COLUMNS = List.of("id", "class", "score", "x0", "y0", "x1", "y1");
  /**
   * A row of the CSV is a few hundred bytes with its dates, an indented GeoJSON feature about 800,
   * and a frame has tens to thousands of detections: 256 MiB holds hundreds of thousands, far more
   * than any real file, and a multi-GB file named by mistake is refused instead of filling the heap.
   */
  private static final int MAX_BYTES = 256 << 20;
  /** A row with more cells than the header, or an unclosed quote, is an error naming its line. */
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).build();

  private DetectionsRead() {}

  /**
   * One detection.
   *
   * @param id its id
   * @param detectionClass {@code landslide} or {@code subsidence}
   * @param score its score
   * @param box its pixel box
   * @param datesSeen its dates, ISO, joined by ','
   * @param corners its box's corners' WGS84 lon/lat as DL-Detect wrote them (ring order, or
   *     counter-clockwise in a GeoJSON), empty where it wrote none or a file lost them
   */
  public record Row(int id, String detectionClass, double score, PixelBox box, String datesSeen,
      List<LonLat> corners) {

    public Row {
      corners = List.copyOf(corners);
    }

    /** A detection without corners. */
    public Row(int id, String detectionClass, double score, PixelBox box, String datesSeen) {
      this(id, detectionClass, score, box, datesSeen, List.of());
    }

    /** The dates seen, in the order listed. */
    public List<LocalDate> dates() {
      return datesSeen.isBlank() ? List.of()
          : Arrays.stream(datesSeen.split(",")).map(d -> LocalDate.parse(d.trim())).toList();
    }
  }

  /** The method DL-Detect ran with ({@code CLASSICAL}, {@code DL}), or "" without Detections. */
  public static String method(Product product) {
    return attribute(product, "method").orElse("");
  }

  /** True when the product holds DL-Detect's {@code Detections} metadata element. */
  public static boolean inMetadata(Product product) {
    return product.getMetadataRoot().getElement(DetectionsMetadata.ELEMENT) != null;
  }

  /**
   * @throws IllegalArgumentException naming the product when it has no {@code Detections} element
   *     or a child whose {@code bbox_px} is not x0,y0,x1,y1
   */
  public static List<Row> from(Product product) {
    return from(product.getMetadataRoot(), product.getName());
  }

  /**
   * As {@link #from(Product)}, for the product named {@code productName} whose metadata is {@code
   * metadataRoot}: a runner that asks before the product is made (bin/dlinsar-spark) names it as
   * the operators will.
   */
  public static List<Row> from(MetadataElement metadataRoot, String productName) {
    MetadataElement element = metadataRoot.getElement(DetectionsMetadata.ELEMENT);
    if (element == null) {
      throw new IllegalArgumentException("product '" + productName
          + "' has no Detections metadata: not a DL-Detect product");
    }
    List<Row> rows = new ArrayList<>();
    for (MetadataElement e : element.getElements()) {
      PixelBox box = PixelBox.parse(e.getAttributeString("bbox_px", ""), "bbox_px of "
          + DetectionsMetadata.ELEMENT + " element '" + e.getName() + "' of product '"
          + productName + "'");
      rows.add(new Row(e.getAttributeInt("id"), e.getAttributeString("class"),
          e.getAttributeDouble("score"), box, e.getAttributeString("dates_seen", ""),
          corners(name -> e.getAttribute(name) == null ? null : e.getAttributeString(name), '.')));
    }
    requireUniqueIds(rows, "the Detections metadata of product '" + productName + "'");
    return rows;
  }

  /** Ids name detections in every output (the detection_id band, Local-SBAS's rows): one each. */
  private static void requireUniqueIds(List<Row> rows, String where) {
    Set<Integer> ids = new HashSet<>();
    for (Row row : rows) {
      if (!ids.add(row.id())) {
        throw new IllegalArgumentException(where + " lists detection id " + row.id() + " twice");
      }
    }
  }

  /**
   * What DL-Detect's slope filter did on {@code product}'s run (its {@code Detections} element's
   * {@code slope_filter}), or empty for a product without it (none, or one written before it).
   */
  public static Optional<String> slopeFilter(Product product) {
    return attribute(product, DetectionsMetadata.SLOPE_FILTER);
  }

  /**
   * What DL-Detect's line filter did on {@code product}'s run (its {@code Detections} element's
   * {@code line_filter}), or empty for a product without it (none, or one written before it).
   */
  public static Optional<String> lineFilter(Product product) {
    return attribute(product, DetectionsMetadata.LINE_FILTER);
  }

  /** An attribute of {@code product}'s {@code Detections} element, empty without it or the element. */
  private static Optional<String> attribute(Product product, String name) {
    MetadataElement element = product.getMetadataRoot().getElement(DetectionsMetadata.ELEMENT);
    return Optional.ofNullable(element == null ? null : element.getAttributeString(name, null));
  }

  /**
   * @param detectionsFile a DL-Detect target's {@code .dim} or name (its {@code
   *     <name>.detections.geojson} is read), a {@code .geojson} or a {@code .csv} of detections
   * @throws IllegalArgumentException naming the file when it is missing or malformed, or, given
   *     a product whose header is there, when the GeoJSON beside it is not that product's
   *     detections (see {@link #requireThoseOfTheProduct})
   */
  public static List<Row> fromFile(Path detectionsFile) {
    Path file = DetectionFiles.toRead(detectionsFile);
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("detections file '" + file + "' does not exist");
    }
    List<Row> rows;
    try {
      byte[] bytes = CappedRead.bytes(file, "a detections file", MAX_BYTES);
      rows = lower.endsWith(".csv") ? fromCsv(bytes) : fromGeoJson(bytes);
      requireUniqueIds(rows, "it");
    } catch (CappedRead.TooLarge e) {
      throw new IllegalArgumentException("detections file " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("detections file '" + file + "' is not DL-Detect's GeoJSON or CSV: "
          + e.getMessage(), e);
    }
    Path header = DetectionFiles.productHeader(detectionsFile);
    if (header != null && Files.isRegularFile(header)) {
      requireThoseOfTheProduct(header, file, rows);
    }
    return rows;
  }

  /**
   * Given a product, the GeoJSON beside it must hold that product's detections: the same ids with
   * the same boxes as its {@code Detections} metadata. A file left by an earlier product of that
   * name (a run that replaced it outside bin/dlinsar, or a version that left side files) is
   * refused, not read as the current product's.
   */
  private static void requireThoseOfTheProduct(Path header, Path file, List<Row> rows) {
    Product product;
    try {
      product = ProductIO.readProduct(header.toFile());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read product " + header + " to check that " + file.getFileName()
          + " beside it holds its detections: " + e.getMessage(), e);
    }
    if (product == null) {
      throw new IllegalArgumentException("cannot read product " + header + " to check that " + file.getFileName()
          + " beside it holds its detections: no reader for it");
    }
    try {
      String mismatch = null;
      if (!inMetadata(product)) {
        mismatch = "the product has no Detections metadata";
      } else {
        List<Row> listed = from(product);
        if (!boxesById(listed).equals(boxesById(rows))) {
          mismatch = "the product lists " + listed.size() + " detection(s), the file " + rows.size()
              + (listed.size() == rows.size() ? " other ones" : "");
        }
      }
      if (mismatch != null) {
        throw new IllegalArgumentException("detections file '" + file + "' is not that of product " + header
            + ": " + mismatch + " (a later product of that name?); run DL-Detect again, or give the file itself");
      }
    } finally {
      product.dispose();
    }
  }

  private static Map<Integer, PixelBox> boxesById(List<Row> rows) {
    Map<Integer, PixelBox> boxes = new HashMap<>();
    rows.forEach(row -> boxes.put(row.id(), row.box()));
    return boxes;
  }

  /**
   * Whether {@code file} is a CSV of detections, as DL-Detect writes it or a spreadsheet saves it
   * back ({@link #fromCsv}): its header names the box columns.
   */
  public static boolean isDetectionsCsv(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    // the header's start alone: the first line of a large file may be anything long
    try (InputStream in = Files.newInputStream(file)) {
      String start = withoutByteOrderMark(new String(in.readNBytes(HEADER_BYTES), StandardCharsets.UTF_8));
      String header = start.lines().findFirst().orElse("");
      List<String> names = Arrays.stream(header.replace("\"", "").split(String.valueOf(separator(header))))
          .map(String::trim).toList();
      return names.containsAll(REQUIRED_COLUMNS);
    } catch (IOException e) {
      return false;
    }
  }

  /** The boxes of the rows scoring at least {@code minScore}. */
  public static List<PixelBox> boxes(List<Row> rows, double minScore) {
    return rows.stream().filter(r -> r.score() >= minScore).map(Row::box).toList();
  }

  private static List<Row> fromGeoJson(byte[] file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + JsonWords.of(e), e);
    }
    JsonNode features = root == null ? null : root.get("features");
    if (features == null || !features.isArray()) {
      throw new IllegalArgumentException("no 'features' array (not a GeoJSON FeatureCollection)");
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode feature : features) {
      JsonNode p = feature.path("properties");
      // GDAL's GeoJSON driver, so QGIS saving an edited layer, moves an integer id property to
      // the Feature's id
      JsonNode id = p.hasNonNull("id") ? p.get("id") : feature.path("id");
      JsonNode b = p.path("bbox_px");
      if (!whole(id) || !b.isArray() || b.size() != 4 || !whole(b.get(0)) || !whole(b.get(1))
          || !whole(b.get(2)) || !whole(b.get(3))) {
        throw new IllegalArgumentException("feature " + (rows.size() + 1)
            + " lacks an integer id (properties.id, or the Feature's id as QGIS and ogr2ogr write it) or a"
            + " properties.bbox_px of 4 integers (got id " + shown(id) + ", bbox_px " + shown(b) + ")");
      }
      List<String> dates = new ArrayList<>();
      p.path("dates_seen").forEach(d -> dates.add(d.asText()));
      rows.add(new Row(id.asInt(), p.path("class").asText(""), p.path("score").asDouble(Double.NaN),
          new PixelBox(b.get(0).asInt(), b.get(1).asInt(), b.get(2).asInt(), b.get(3).asInt()),
          String.join(",", dates), polygonCorners(feature.path("geometry"))));
    }
    return rows;
  }

  /**
   * The four corners a Polygon's exterior ring starts with (DL-Detect's box), empty for anything
   * else: no geometry, or the MultiPolygon of a box across the antimeridian.
   */
  private static List<LonLat> polygonCorners(JsonNode geometry) {
    JsonNode ring = geometry.path("coordinates").path(0);
    if (!"Polygon".equals(geometry.path("type").asText()) || ring.size() < 4) {
      return List.of();
    }
    List<LonLat> corners = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      JsonNode p = ring.get(c);
      if (!p.path(0).isNumber() || !p.path(1).isNumber()) {
        return List.of();
      }
      try {
        corners.add(new LonLat(p.get(0).asDouble(), p.get(1).asDouble()));
      } catch (IllegalArgumentException e) {
        return List.of();
      }
    }
    return corners;
  }

  /**
   * The corners named {@code first_near_lon}, ... by {@code values} (metadata attributes, CSV
   * cells), empty where one is missing, blank or not a position: they only check that the boxes
   * are this stack's ({@link DetectionsInFrame}), which a file without them is not refused for.
   *
   * @param decimal the decimal mark of the values ({@code ','} from a European spreadsheet)
   */
  private static List<LonLat> corners(Function<String, String> values, char decimal) {
    List<LonLat> corners = new ArrayList<>();
    for (String corner : DetectionsMetadata.CORNERS) {
      String lon = values.apply(corner + "_lon");
      String lat = values.apply(corner + "_lat");
      if (lon == null || lat == null || lon.isBlank() || lat.isBlank()) {
        return List.of();
      }
      try {
        corners.add(new LonLat(Double.parseDouble(lon.trim().replace(decimal, '.')),
            Double.parseDouble(lat.trim().replace(decimal, '.'))));
      } catch (IllegalArgumentException e) {
        return List.of();
      }
    }
    return corners;
  }

  /** A value as the file has it, "none" where it has none. */
  private static String shown(JsonNode node) {
    return node.isMissingNode() ? "none" : node.toString();
  }

  /** A JSON number holding a whole int (5 or 5.0, not "5", 5.5 or true). */
  private static boolean whole(JsonNode node) {
    return node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt();
  }

  /**
   * Reads the CSV by its header's names, as spreadsheets save it back: a byte order mark (Excel's
   * "CSV UTF-8"), CRLF, quoted cells (RFC 4180, by jackson-dataformat-csv), columns moved, cleared
   * rows, and, from a European locale, ';' between cells with decimal commas.
   */
  private static List<Row> fromCsv(byte[] file) throws IOException {
    // strict UTF-8, as Files.readAllLines: a byte that is none is an error, not a replacement
    String text = withoutByteOrderMark(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString());
    String header = text.lines().findFirst().orElse("");
    if (header.isBlank()) {
      throw new IllegalArgumentException("it is empty, without the header 'id,class,score,x0,y0,x1,y1,...'");
    }
    char separator = separator(header);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> lines = CSV.readerForMapOf(String.class).with(schema).readValues(text)) {
      boolean any = lines.hasNextValue(); // reads the header into the parser's schema
      CsvSchema read = (CsvSchema) lines.getParser().getSchema();
      List<String> lacking = REQUIRED_COLUMNS.stream().filter(name -> read.column(name) == null).toList();
      if (!lacking.isEmpty()) {
        throw new IllegalArgumentException("the header lacks column(s) " + String.join(", ", lacking)
            + " (DL-Detect's header is 'id,class,score,x0,y0,x1,y1,...'; '" + separator + "' taken as separator)");
      }
      while (any && lines.hasNextValue()) {
        long line = lines.getCurrentLocation().getLineNr(); // the row's, before it is read
        Map<String, String> cells = lines.nextValue();
        if (cells.values().stream().allMatch(String::isBlank)) {
          continue; // a row a spreadsheet cleared rather than deleted
        }
        rows.add(row(cells, separator, line));
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException("line " + e.getLocation().getLineNr() + ": " + JsonWords.of(e), e);
    }
    return rows;
  }

  /** Excel's "CSV UTF-8" begins with one. */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** ';' where a spreadsheet in a European locale wrote the header so (';' and no ','), else ','. */
  private static char separator(String header) {
    return header.contains(",") || !header.contains(";") ? ',' : ';';
  }

  private static Row row(Map<String, String> cells, char separator, long line) {
    try {
      // the CSV joins a detection's dates by ';' in its column
      String dates = cells.getOrDefault("dates_seen", "").trim().replace(';', ',');
      // a European locale's spreadsheet writes the score 0,9851 between ';'
      String score = cells.get("score").trim();
      return new Row(whole(cells, "id"), cells.get("class").trim(),
          Double.parseDouble(separator == ';' ? score.replace(',', '.') : score),
          new PixelBox(whole(cells, "x0"), whole(cells, "y0"), whole(cells, "x1"), whole(cells, "y1")), dates,
          corners(cells::get, separator == ';' ? ',' : '.'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
    }
  }

  private static int whole(Map<String, String> cells, String name) {
    String cell = cells.get(name).trim();
    try {
      return Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + cell + "' is not a whole pixel number", e);
    }
  }
}
