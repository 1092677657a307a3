package org.dlinsar.ifg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.time.LocalDate;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;

/**
 * All interferograms found in one or more source products, sorted by pair, then tag.
 *
 * <p>Discovery follows CONTRACT.md section 1: every {@code i_ifg_<suffix>} band with its
 * {@code q_ifg_<suffix>} band (and {@code coh_<suffix>} when present) in the same product is one
 * interferogram; {@code Phase_ifg_*} bands are ignored. Interferograms of several products are
 * pooled when the products have one raster size; a product of {@code mask_ifg_<suffix>} bands
 * alone (DL-Mask's, written by {@code graphs/mask.xml}) pools too, its masks applying to the
 * interferograms of those suffixes. The radar wavelength comes from the first
 * product whose {@code Abstracted_Metadata} gives a {@code radar_frequency}, else Sentinel-1
 * C-band (see {@link RadarWavelength}); it is checked when the stack is found and logged only when
 * asked for, by the stages that turn phase into millimetres, not by every stage of a chain.
 *
 * <p>Errors are {@link IllegalArgumentException}s with one line naming the product or band: a
 * product without interferogram bands, products of different raster sizes or radar frequencies,
 * an i, q, coherence or mask band smaller or larger than its product's scene raster, an i band
 * without its q band or the reverse, a date token that does not parse, one interferogram given
 * twice (one suffix in two products, or one pair and tag named in both date orders), or one mask
 * in two products.
 */
public final class InterferogramStack {

  private static final Comparator<Interferogram> ORDER =
      Comparator.comparing(Interferogram::pair).thenComparing(Interferogram::tag)
          .thenComparing(Interferogram::suffix);
  private static final String EXPECTED =
      "expected band pairs i_ifg_<tag>_<ref>_<sec> and q_ifg_<tag>_<ref>_<sec>"
          + " (e.g. i_ifg_IW1_VV_15Jan2020_27Jan2020), optionally coh_<tag>_<ref>_<sec>";

  private final List<Product> products;
  private final List<Interferogram> interferograms;
  private final Map<String, Interferogram> bySuffix;
  private final int width;
  private final int height;
  /** The product whose metadata give the wavelength (or, giving none, say so). */
  private final Product wavelengthSource;
  private final AcquisitionTimes acquisitionTimes;

  private InterferogramStack(List<Product> products, List<Interferogram> interferograms,
      Product wavelengthSource) {
    this.products = List.copyOf(products);
    this.interferograms = List.copyOf(interferograms);
    this.bySuffix = new HashMap<>();
    for (Interferogram ifg : interferograms) {
      bySuffix.put(ifg.suffix(), ifg);
    }
    this.width = products.get(0).getSceneRasterWidth();
    this.height = products.get(0).getSceneRasterHeight();
    this.wavelengthSource = wavelengthSource;
    this.acquisitionTimes = AcquisitionTimes.of(products, acquisitionDates());
  }

  /**
   * Finds the interferograms of the given products.
   *
   * @param products one or more products of one raster size; not modified
   * @throws IllegalArgumentException as described in the class comment
   */
  public static InterferogramStack of(Product... products) {
    if (products == null || products.length == 0) {
      throw new IllegalArgumentException("no source product given; " + EXPECTED);
    }
    List<Product> list = List.of(products);
    checkSameRasterSize(list);
    // keyed by tag and date-ordered pair, not by name: a pair named later date first is the
    // conjugate of the same interferogram, and counted twice it would weigh twice in every stage
    Map<String, Interferogram> found = new HashMap<>();
    for (int p = 0; p < list.size(); p++) {
      List<Interferogram> ofProduct = findIn(list.get(p), p);
      if (ofProduct.isEmpty() && masksOf(list.get(p)).isEmpty()) {
        throw new IllegalArgumentException(
            "product '" + list.get(p).getName() + "' has no interferogram bands; " + EXPECTED);
      }
      for (Interferogram ifg : ofProduct) {
        Interferogram before = found.putIfAbsent(ifg.tag() + "/" + ifg.pair(), ifg);
        if (before != null) {
          throw new IllegalArgumentException(duplicate(list, before, ifg));
        }
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("products " + names(list) + " hold masks but no interferogram bands;"
          + " give the stack they mask too; " + EXPECTED);
    }
    List<Interferogram> sorted = new ArrayList<>(found.values());
    sorted.sort(ORDER);
    checkMasksGivenOnce(list, sorted);
    return new InterferogramStack(list, sorted, wavelengthSource(list));
  }

  /** The {@code mask_ifg_*} bands of {@code product}, each checked to be of the scene's size. */
  private static List<Band> masksOf(Product product) {
    List<Band> masks = new ArrayList<>();
    for (Band band : product.getBands()) {
      if (band.getName().startsWith(BandNames.MASK_PREFIX)) {
        masks.add(sceneSized(band));
      }
    }
    return masks;
  }

  /**
   * Refuses a mask given in two products (the stack's own and a DL-Mask product, say): which one
   * applies would hang on the order the products are given in.
   */
  private static void checkMasksGivenOnce(List<Product> products, List<Interferogram> interferograms) {
    for (Interferogram ifg : interferograms) {
      List<Product> holding = products.stream().filter(p -> p.getBand(ifg.maskBandName()) != null).toList();
      if (holding.size() > 1) {
        throw new IllegalArgumentException("mask band '" + ifg.maskBandName() + "' is in products "
            + names(holding) + "; give each interferogram's mask once");
      }
    }
  }

  private static String names(List<Product> products) {
    return products.stream().map(p -> "'" + p.getName() + "'").collect(Collectors.joining(", "));
  }

  /** The interferograms, sorted by pair (reference, then secondary date), then tag. */
  public List<Interferogram> interferograms() {
    return interferograms;
  }

  /** Number of interferograms, at least 1. */
  public int size() {
    return interferograms.size();
  }

  /**
   * The start of a warning of {@code operator} about this stack, "DL-Mask: product 'frame'"
   * ("products 'a', 'b'" when pooled), so that a log of many frames says which frame it is about.
   */
  public String lineOf(String operator) {
    return operator + ": " + (products.size() == 1 ? "product '" + products.get(0).getName() + "'"
        : "products " + names(products));
  }

  /** The source products, in the order given. */
  public List<Product> products() {
    return products;
  }

  /** The product that holds an interferogram's bands. */
  public Product productOf(Interferogram ifg) {
    return products.get(ifg.productIndex());
  }

  /** Raster width in pixels (range, x). */
  public int width() {
    return width;
  }

  /** Raster height in pixels (azimuth, y). */
  public int height() {
    return height;
  }

  /** Radar wavelength, metres; logs where it came from, once per product (RadarWavelength). */
  public double wavelengthMetres() {
    return RadarWavelength.metres(wavelengthSource);
  }

  /** Every reference and secondary date of the stack, ascending, each once. */
  public List<LocalDate> acquisitionDates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Interferogram ifg : interferograms) {
      dates.add(ifg.pair().reference());
      dates.add(ifg.pair().secondary());
    }
    return List.copyOf(dates);
  }

  /**
   * The acquisitions' times of day where the products' metadata give them ({@code
   * first_line_time}), for true spans across midnight; else whole dates.
   */
  public AcquisitionTimes acquisitionTimes() {
    return acquisitionTimes;
  }

  /** The interferogram's span in Julian years, with its acquisitions' times of day when known. */
  public double spanYears(Interferogram ifg) {
    return acquisitionTimes.spanYears(ifg.pair());
  }

  /** The interferogram with this suffix, if any. */
  public Optional<Interferogram> find(String suffix) {
    return Optional.ofNullable(bySuffix.get(suffix));
  }

  /**
   * The interferogram with this suffix.
   *
   * @throws IllegalArgumentException naming the suffix when the stack has no such interferogram
   */
  public Interferogram get(String suffix) {
    Interferogram ifg = bySuffix.get(suffix);
    if (ifg == null) {
      throw new IllegalArgumentException("no interferogram '" + suffix + "' in the stack of "
          + size() + " interferograms (" + interferograms.get(0).suffix() + ", ...)");
    }
    return ifg;
  }

  /**
   * The {@code mask_ifg_<suffix>} band of the interferogram, in its product or in another one
   * pooled with it (DL-Mask's product written alone, as {@code graphs/mask.xml} writes it), or
   * null when absent. Each is given once and of the scene raster's size ({@link #of}).
   */
  public Band maskBandOf(Interferogram ifg) {
    return products.stream().map(p -> p.getBand(ifg.maskBandName())).filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  /**
   * {@code band} (null passes), checked to be of its product's scene raster size: the operators
   * read every band of a tile over one rectangle. SNAP's own operators refuse such products
   * ({@code Operator.ensureSingleRasterSize}).
   *
   * @throws IllegalArgumentException naming the band, the product and both sizes otherwise
   */
  public static Band sceneSized(Band band) {
    if (band == null) {
      return null;
    }
    Product product = band.getProduct();
    if (band.getRasterWidth() != product.getSceneRasterWidth()
        || band.getRasterHeight() != product.getSceneRasterHeight()) {
      throw new IllegalArgumentException("band '" + band.getName() + "' of product '" + product.getName()
          + "' is " + band.getRasterWidth() + " x " + band.getRasterHeight() + " but the scene raster is "
          + sizeOf(product) + " (width x height); rasters of different sizes cannot be processed,"
          + " resample the product to one size first (SNAP's Resample)");
    }
    return band;
  }

  private static void checkSameRasterSize(List<Product> products) {
    Product first = products.get(0);
    for (Product other : products.subList(1, products.size())) {
      if (other.getSceneRasterWidth() != first.getSceneRasterWidth()
          || other.getSceneRasterHeight() != first.getSceneRasterHeight()) {
        throw new IllegalArgumentException("source products differ in raster size: '"
            + first.getName() + "' is " + sizeOf(first) + " but '" + other.getName() + "' is "
            + sizeOf(other) + " (width x height); interferograms are pooled only at one size");
      }
    }
  }

  private static String duplicate(List<Product> products, Interferogram before, Interferogram ifg) {
    String first = products.get(before.productIndex()).getName();
    String second = products.get(ifg.productIndex()).getName();
    if (before.suffix().equals(ifg.suffix())) {
      return "interferogram '" + ifg.suffix() + "' is in both product '" + first
          + "' and product '" + second + "'; give each interferogram once";
    }
    String where = before.productIndex() == ifg.productIndex()
        ? "of product '" + first + "'"
        : "of products '" + first + "' and '" + second + "'";
    return "bands '" + before.real().getName() + "' and '" + ifg.real().getName() + "' " + where
        + " are one interferogram, the pair " + ifg.pair()
        + (ifg.tag().isEmpty() ? "" : " (" + ifg.tag() + ")")
        + " named in both date orders; give each interferogram once";
  }

  private static String sizeOf(Product product) {
    return product.getSceneRasterWidth() + " x " + product.getSceneRasterHeight();
  }

  private static List<Interferogram> findIn(Product product, int productIndex) {
    List<Interferogram> found = new ArrayList<>();
    for (String name : product.getBandNames()) {
      Optional<String> realSuffix = BandNames.suffixAfter(BandNames.REAL_PREFIX, name);
      if (realSuffix.isPresent()) {
        found.add(interferogram(product, productIndex, realSuffix.get(), name));
      }
      Optional<String> imaginarySuffix = BandNames.suffixAfter(BandNames.IMAGINARY_PREFIX, name);
      if (imaginarySuffix.isPresent()
          && product.getBand(BandNames.real(imaginarySuffix.get())) == null) {
        throw new IllegalArgumentException("band '" + name + "' in product '" + product.getName()
            + "' has no real part: expected band '" + BandNames.real(imaginarySuffix.get()) + "'");
      }
    }
    return found;
  }

  private static Interferogram interferogram(Product product, int productIndex, String suffix,
      String realName) {
    Band imaginary = product.getBand(BandNames.imaginary(suffix));
    if (imaginary == null) {
      throw new IllegalArgumentException("band '" + realName + "' in product '" + product.getName()
          + "' has no imaginary part: expected band '" + BandNames.imaginary(suffix) + "'");
    }
    Pair pair = BandNames.pairOf(suffix, realName);
    // refused here, where every operator names its stack's errors, rather than in maskBandOf
    sceneSized(product.getBand(BandNames.mask(suffix)));
    return new Interferogram(suffix, BandNames.tagOf(suffix), pair, sceneSized(product.getBand(realName)),
        sceneSized(imaginary), sceneSized(product.getBand(BandNames.coherence(suffix))), productIndex,
        BandNames.namesLaterDateFirst(suffix, realName));
  }

  /** The first product giving a radar frequency, else the first; refuses frequencies that differ. */
  private static Product wavelengthSource(List<Product> products) {
    Product chosen = null;
    double frequency = Double.NaN;
    for (Product product : products) {
      double f = RadarWavelength.frequencyMHzOrNaN(product);
      if (Double.isNaN(f)) {
        continue;
      }
      if (chosen == null) {
        chosen = product;
        frequency = f;
      } else if (Math.abs(f - frequency) > 1e-6 * frequency) {
        throw new IllegalArgumentException("source products differ in radar_frequency: '"
            + chosen.getName() + "' has " + frequency + " MHz but '" + product.getName()
            + "' has " + f + " MHz; interferograms are pooled only at one wavelength");
      }
    }
    return chosen != null ? chosen : products.get(0);
  }
}
