package org.dlinsar.bench;

import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dlinsar.cli.GridGeoCodings;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.ImportedStacks;
import org.dlinsar.imports.PlainGeoTiffs;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;

/**
 * The gradient stack and detections of a real stack of unwrapped interferograms (PyRate's test
 * data), wrapped again into unit phasors: the figures the README gives for real data. GeoTIFF
 * pairs ({@code geotiffs/*_unw.tif} / {@code *_cc.tif} and the DEM beside them) come in as
 * {@code bin/dlinsar import --format geotiff} brings them (geocoded, with elevation); GAMMA float32
 * {@code gamma_obs/*.unw} with {@code coherence/*.unw.cc}, which no importer takes (unwrapped
 * phase), are built here, with the {@code dem/} GeoTIFF and the {@code roipac_obs} grid. The
 * folder is given on the command line; nothing of the build reads it.
 *
 * <p>Usage: {@code RealStackCheck folder [width height]} (width and height for GAMMA files).
 * {@code -Dcoherence=false} gives every sample coherence 1 (for stacks whose coherence is
 * synthetic) and skips DL-Mask.
 */
public final class RealStackCheck {

  private static final Pattern PAIR = Pattern.compile("(\\d{8})-(\\d{8})");
  private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter BAND_DATE =
      DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH);

  private RealStackCheck() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(args));
  }

  private static void run(String[] args) throws IOException {
    BenchArguments given = new BenchArguments("bench/real-stack.sh folder [width height]", args);
    Product stack = load(given);
    File folder = new File(given.text(0, "folder"));
    boolean useCoherence = useCoherence();
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    Band elevation = stack.getBand(BandNames.ELEVATION);
    System.out.printf(Locale.ROOT, "%s: %d interferograms, %d x %d pixels, %s%n", folder.getName(),
        Arrays.stream(stack.getBandNames()).filter(n -> n.startsWith(BandNames.COHERENCE_PREFIX)).count(),
        w, h, elevation == null ? "no elevation" : "elevation " + elevation.getDescription());
    Product masked = useCoherence
        ? GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack) : stack;
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked);
    describeStack(gradients, w, h);
    float[] count = read(gradients, BandNames.GRADIENT_COUNT, w, h);
    detect("LANDSLIDE, rates weighted by grad_count and grad_stderr", "CLASSICAL", gradients,
        count, w);
    detect("LANDSLIDE, rates weighted by grad_count alone", "CLASSICAL",
        withoutError(gradients, w, h), count, w);
    detect("SUBSIDENCE", "CLASSICAL", masked, count, w);
    // DL-Detect's default: the bundled networks joined with the classical detector
    detect("LANDSLIDE, method DL", "DL", gradients, count, w);
    if (elevation != null) {
      detect("LANDSLIDE, method DL, no slope filter (minSlope 0)", "DL", gradients, count, w);
    }
    detect("SUBSIDENCE, method DL", "DL", masked, count, w);
  }

  /** False when {@code -Dcoherence=false}: the stack's coherence is synthetic. */
  static boolean useCoherence() {
    return Boolean.parseBoolean(System.getProperty("coherence", "true"));
  }

  /**
   * The stack of the command line ({@code folder [width height]}): GeoTIFF pairs through the
   * import, or PyRate's GAMMA files built here; a folder that is none, or GAMMA files without
   * their size, refused.
   */
  static Product load(BenchArguments given) throws IOException {
    File folder = new File(given.text(0, "folder"));
    if (!folder.isDirectory()) {
      throw given.refuse("folder " + folder + " is not a directory");
    }
    File tiffs = new File(folder, "geotiffs");
    if (tiffs.isDirectory()) {
      return ImportedStacks.product(PlainGeoTiffs.scan(tiffs.toPath(), 0), folder.getName());
    }
    // PyRate's GAMMA files carry no size: the command line gives it
    String gamma = " (of the GAMMA files: no geotiffs/ in " + folder + ")";
    int w = given.positive(given.text(1, "width" + gamma), "width");
    int h = given.positive(given.text(2, "height" + gamma), "height");
    return gammaStack(folder, w, h, useCoherence());
  }

  /**
   * PyRate's GAMMA-format stack: {@code gamma_obs/*.unw} and {@code coherence/*.unw.cc}, the heights
   * of the one GeoTIFF in {@code dem/} (0 is no data, as its GDAL_NODATA says), the lon/lat grid and
   * wavelength of the first {@code roipac_obs/*.rsc} (the same grid, geocoded by ROI_PAC).
   */
  private static Product gammaStack(File folder, int w, int h, boolean useCoherence) throws IOException {
    int[] size = {w, h};
    Map<String, float[][]> pairs = new TreeMap<>(); // suffix -> {phase, coherence}
    for (File f : sorted(new File(folder, "gamma_obs"), ".unw")) {
      File cc = new File(new File(folder, "coherence"), f.getName() + ".cc");
      pairs.put(suffix(f.getName()), new float[][] {gamma(f, size), gamma(cc, size)});
    }
    Product stack = new Product(folder.getName(), "InSAR Stack", w, h);
    for (Map.Entry<String, float[][]> e : pairs.entrySet()) {
      float[] phase = e.getValue()[0];
      float[] re = new float[w * h];
      float[] im = new float[w * h];
      float[] coh = new float[w * h];
      for (int i = 0; i < w * h; i++) {
        boolean data = phase[i] != 0f && Float.isFinite(phase[i]); // PyRate's no-data is 0
        re[i] = data ? (float) Math.cos(phase[i]) : 0f;
        im[i] = data ? (float) Math.sin(phase[i]) : 0f;
        coh[i] = !data ? 0f : useCoherence ? e.getValue()[1][i] : 1f;
      }
      add(stack, BandNames.real(e.getKey()), re);
      add(stack, BandNames.imaginary(e.getKey()), im);
      add(stack, BandNames.coherence(e.getKey()), coh);
    }
    File dem = new File(folder, "dem");
    if (dem.isDirectory()) {
      File tif = sorted(dem, ".tif").get(0);
      float[] heights = tiff(tif, new int[2]);
      for (int i = 0; i < heights.length; i++) {
        heights[i] = heights[i] == 0f ? Float.NaN : heights[i];
      }
      add(stack, BandNames.ELEVATION, heights);
      stack.getBand(BandNames.ELEVATION).setDescription(tif.toString());
    }
    File rsc = sorted(new File(folder, "roipac_obs"), ".rsc").get(0);
    Map<String, Double> keys = rscKeys(rsc);
    // ROI_PAC's X_FIRST/Y_FIRST: the outer corner of the first pixel
    double xStep = keys.get("X_STEP");
    double yStep = keys.get("Y_STEP");
    new GridGeoCodings().attach(stack, new GeoTiffGrid(w, h, keys.get("X_FIRST") + xStep / 2,
        keys.get("Y_FIRST") + yStep / 2, xStep, yStep));
    MetadataElement abs = new MetadataElement("Abstracted_Metadata");
    abs.setAttributeDouble("radar_frequency",
        RadarWavelength.SPEED_OF_LIGHT_M_PER_S / keys.get("WAVELENGTH") / 1e6);
    abs.setAttributeInt("is_terrain_corrected", 1);
    stack.getMetadataRoot().addElement(abs);
    return stack;
  }

  /** The numeric keys of a ROI_PAC {@code .rsc} file ({@code KEY value} per line). */
  private static Map<String, Double> rscKeys(File rsc) throws IOException {
    Map<String, Double> keys = new HashMap<>();
    for (String line : java.nio.file.Files.readAllLines(rsc.toPath())) {
      String[] tokens = line.trim().split("\\s+");
      if (tokens.length >= 2) {
        try {
          keys.put(tokens[0], Double.parseDouble(tokens[1]));
        } catch (NumberFormatException e) {
          // a date pair or text: not a number the check needs
        }
      }
    }
    return keys;
  }

  private static void describeStack(Product gradients, int w, int h) throws IOException {
    float[] count = read(gradients, BandNames.GRADIENT_COUNT, w, h);
    float[] az = read(gradients, BandNames.GRADIENT_AZIMUTH, w, h);
    float[] rg = read(gradients, BandNames.GRADIENT_RANGE, w, h);
    float[] se = read(gradients, BandNames.GRADIENT_STDERR, w, h);
    List<Float> counts = new ArrayList<>();
    List<Float> magnitudes = new ArrayList<>();
    List<Float> significances = new ArrayList<>();
    for (int i = 0; i < w * h; i++) {
      counts.add(count[i]);
      if (count[i] >= 2 && Float.isFinite(se[i])) {
        magnitudes.add((float) Math.hypot(az[i], rg[i]));
        significances.add((float) (Math.hypot(az[i], rg[i]) / se[i]));
      }
    }
    System.out.printf(Locale.ROOT, "grad_count: min %.0f, median %.0f, max %.0f; pixels with"
        + " fewer than half the most: %.1f %%%n", quantile(counts, 0), quantile(counts, 0.5),
        quantile(counts, 1), 100.0 * counts.stream().filter(c -> c < quantile(counts, 1) / 2)
            .count() / counts.size());
    System.out.printf(Locale.ROOT, "|grad| rad/pixel/year: median %.2f, 99th percentile %.2f;"
        + " |grad| / grad_stderr: median %.2f, 99th percentile %.2f%n",
        quantile(magnitudes, 0.5), quantile(magnitudes, 0.99), quantile(significances, 0.5),
        quantile(significances, 0.99));
  }

  private static void detect(String title, String method, Product source, float[] count, int w)
      throws IOException {
    Map<String, Object> params = new HashMap<>();
    params.put("mode", title.substring(0, title.indexOf(',') > 0 ? title.indexOf(',')
        : title.length()));
    params.put("minScore", 0.4);
    params.put("method", method);
    if (title.contains("minSlope 0")) {
      params.put("minSlope", 0.0);
    }
    Product detected = GPF.createProduct("DL-Detect", params, source);
    List<DetectionsRead.Row> rows = DetectionsRead.from(detected);
    System.out.printf(Locale.ROOT, "%s: %d detections at minScore 0.5 (%d at 0.4)%n", title,
        rows.stream().filter(r -> r.score() >= 0.5).count(), rows.size());
    for (DetectionsRead.Row r : rows) {
      List<Float> inBox = new ArrayList<>();
      for (int y = r.box().y0(); y < r.box().y1(); y++) {
        for (int x = r.box().x0(); x < r.box().x1(); x++) {
          inBox.add(count[y * w + x]);
        }
      }
      System.out.printf(Locale.ROOT, "  score %.2f box %d,%d-%d,%d, grad_count in the box: min"
          + " %.0f, median %.0f%s%n", r.score(), r.box().x0(), r.box().y0(), r.box().x1(),
          r.box().y1(), quantile(inBox, 0), quantile(inBox, 0.5),
          "subsidence".equals(r.detectionClass()) ? "; seen " + r.dates() : "");
    }
    detected.dispose();
  }

  /** The gradient stack without its grad_stderr band: detection as it was before issue 9's. */
  private static Product withoutError(Product gradients, int w, int h) throws IOException {
    Product p = new Product("count_only", "gradient stack", w, h);
    for (String name : new String[] {BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE,
        BandNames.GRADIENT_COUNT}) {
      add(p, name, read(gradients, name, w, h));
    }
    return p;
  }

  /** The value at quantile {@code q} of {@code values} (its index floored), NaN when empty. */
  static float quantile(List<Float> values, double q) {
    if (values.isEmpty()) {
      return Float.NaN;
    }
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    Arrays.sort(v);
    return v[(int) Math.min(v.length - 1, Math.floor(q * v.length))];
  }

  static void add(Product product, String name, float[] samples) {
    Band band = product.addBand(name, ProductData.TYPE_FLOAT32);
    band.setRasterData(ProductData.createInstance(samples));
  }

  static float[] read(Product product, String band, int w, int h) throws IOException {
    return product.getBand(band).readPixels(0, 0, w, h, new float[w * h]);
  }

  private static String suffix(String fileName) {
    Matcher m = PAIR.matcher(fileName);
    if (!m.find()) {
      throw new IllegalArgumentException("no yyyyMMdd-yyyyMMdd pair in " + fileName);
    }
    return "VV_" + BAND_DATE.format(LocalDate.parse(m.group(1), FILE_DATE)) + "_"
        + BAND_DATE.format(LocalDate.parse(m.group(2), FILE_DATE));
  }

  private static List<File> sorted(File dir, String ending) {
    File[] files = dir.listFiles((d, name) -> name.endsWith(ending));
    if (files == null || files.length == 0) {
      throw new IllegalArgumentException("no *" + ending + " in " + dir);
    }
    Arrays.sort(files);
    return List.of(files);
  }

  private static float[] tiff(File f, int[] size) throws IOException {
    BufferedImage image = ImageIO.read(f);
    if (image == null) {
      throw new IOException("cannot read " + f);
    }
    size[0] = image.getWidth();
    size[1] = image.getHeight();
    return image.getRaster().getSamples(0, 0, size[0], size[1], 0, (float[]) null);
  }

  /** A GAMMA raster: float32, big-endian, row-major. */
  private static float[] gamma(File f, int[] size) throws IOException {
    float[] values = new float[size[0] * size[1]];
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
        new FileInputStream(f)))) {
      for (int i = 0; i < values.length; i++) {
        values[i] = in.readFloat();
      }
    }
    return values;
  }
}
