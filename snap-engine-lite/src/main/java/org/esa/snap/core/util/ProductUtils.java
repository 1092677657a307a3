package org.esa.snap.core.util;

import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.image.BandImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;
import org.esa.snap.core.datamodel.VirtualBand;

/**
 * Copies parts of one product to another, as operators do when they build their target.
 *
 * <p>The headless engine has no masks, vector data, flag or index codings: the methods that copy
 * those in SNAP copy nothing here.
 */
public class ProductUtils {

  private ProductUtils() {
  }

  /**
   * Copies everything but the bands: metadata (deep), tie-point grids and geocoding, start and
   * end time and quicklook band name. Not the preferred tile size, as in SNAP: GPF gives an
   * operator's target the size of a source of the same raster size.
   */
  public static void copyProductNodes(Product source, Product target) {
    copyMetadata(source, target);
    copyTiePointGrids(source, target);
    copyGeoCoding(source, target);
    copyTimeInformation(source, target);
    copyQuicklookBandName(source, target);
  }

  /** As {@link #copyBand(String, Product, String, Product, boolean)} with the same name. */
  public static Band copyBand(String sourceBandName, Product sourceProduct, Product targetProduct,
      boolean copySourceImage) {
    return copyBand(sourceBandName, sourceProduct, sourceBandName, targetProduct, copySourceImage);
  }

  /**
   * Adds to {@code targetProduct} a band like source band {@code sourceBandName}: same type, size
   * and {@linkplain #copyRasterDataNodeProperties properties}. With {@code copySourceImage} its
   * pixels are the source band's, served through a {@link BandImage}.
   *
   * @return the new band, or null (as SNAP) if the source product has no such band
   */
  public static Band copyBand(String sourceBandName, Product sourceProduct, String targetBandName,
      Product targetProduct, boolean copySourceImage) {
    requireNonNull(sourceProduct, "sourceProduct");
    requireNonNull(targetProduct, "targetProduct");
    if (sourceBandName == null || sourceBandName.isEmpty()) {
      return null;
    }
    Band sourceBand = sourceProduct.getBand(sourceBandName);
    if (sourceBand == null) {
      return null;
    }
    Band targetBand = new Band(targetBandName, sourceBand.getDataType(), sourceBand.getRasterWidth(),
        sourceBand.getRasterHeight());
    copyRasterDataNodeProperties(sourceBand, targetBand);
    targetProduct.addBand(targetBand);
    if (copySourceImage) {
      targetBand.setSourceImage(new BandImage(sourceBand));
    }
    return targetBand;
  }

  /**
   * Copies description, unit, scaling, no-data value and its use, valid-pixel expression and,
   * between bands, the spectral band index and wavelength.
   */
  public static void copyRasterDataNodeProperties(RasterDataNode source, RasterDataNode target) {
    target.setDescription(source.getDescription());
    target.setUnit(source.getUnit());
    target.setScalingFactor(source.getScalingFactor());
    target.setScalingOffset(source.getScalingOffset());
    target.setLog10Scaled(source.isLog10Scaled());
    if (source.isNoDataValueSet()) {
      target.setNoDataValue(source.getNoDataValue());
    }
    target.setNoDataValueUsed(source.isNoDataValueUsed());
    target.setValidPixelExpression(source.getValidPixelExpression());
    if (source instanceof Band && target instanceof Band) {
      Band sourceBand = (Band) source;
      Band targetBand = (Band) target;
      targetBand.setSpectralBandIndex(sourceBand.getSpectralBandIndex());
      targetBand.setSpectralWavelength(sourceBand.getSpectralWavelength());
    }
  }

  /** Adds to {@code target} a virtual band named {@code name} with {@code source}'s expression and properties. */
  public static VirtualBand copyVirtualBand(Product target, VirtualBand source, String name) {
    VirtualBand copy = new VirtualBand(name, source.getDataType(), source.getRasterWidth(), source.getRasterHeight(),
        source.getExpression());
    copyRasterDataNodeProperties(source, copy);
    target.addBand(copy);
    return copy;
  }

  /**
   * Gives {@code target} a copy of {@code source}'s scene geocoding (a tie-point geocoding with the
   * same grids, which keeps the target's other grids); nothing if the source has none.
   */
  public static void copyGeoCoding(Product source, Product target) {
    GeoCoding geoCoding = source.getSceneGeoCoding();
    if (geoCoding instanceof TiePointGeoCoding && target.getSceneGeoCoding() instanceof TiePointGeoCoding) {
      TiePointGeoCoding sourceCoding = (TiePointGeoCoding) geoCoding;
      TiePointGeoCoding merged = sourceCoding.withGridsOf((TiePointGeoCoding) target.getSceneGeoCoding());
      target.setSceneGeoCoding(merged);
    } else if (geoCoding != null) {
      target.setSceneGeoCoding(geoCoding);
    }
  }

  /** Gives {@code target} the geocoding of {@code source}. */
  public static void copyGeoCoding(RasterDataNode source, RasterDataNode target) {
    target.setGeoCoding(source.getGeoCoding());
  }

  /** Makes the geocoding of {@code source} the scene geocoding of {@code target}. */
  public static void copyGeoCoding(RasterDataNode source, Product target) {
    target.setSceneGeoCoding(source.getGeoCoding());
  }

  /** Gives {@code target} the scene geocoding of {@code source}. */
  public static void copyGeoCoding(Product source, RasterDataNode target) {
    target.setGeoCoding(source.getSceneGeoCoding());
  }

  /**
   * Adds {@code source}'s tie-point grids that {@code target} lacks (by name) to the target's
   * tie-point geocoding, creating one (with the source's latitude and longitude grid names) if
   * the target has no geocoding. A target with a geocoding of another kind cannot hold grids and
   * is left as it is.
   */
  public static void copyTiePointGrids(Product source, Product target) {
    if (!(source.getSceneGeoCoding() instanceof TiePointGeoCoding)) {
      return;
    }
    TiePointGeoCoding sourceCoding = (TiePointGeoCoding) source.getSceneGeoCoding();
    GeoCoding targetCoding = target.getSceneGeoCoding();
    if (targetCoding == null) {
      target.setSceneGeoCoding(sourceCoding);
    } else if (targetCoding instanceof TiePointGeoCoding) {
      target.setSceneGeoCoding(((TiePointGeoCoding) targetCoding).withGridsOf(sourceCoding));
    }
  }

  /** Copies the elements and attributes under {@code source}'s metadata root to {@code target}'s, deeply. */
  public static void copyMetadata(Product source, Product target) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    copyMetadata(source.getMetadataRoot(), target.getMetadataRoot());
  }

  /** Appends deep copies of {@code source}'s child elements and attributes to {@code target}. */
  public static void copyMetadata(MetadataElement source, MetadataElement target) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    for (MetadataElement element : source.getElements()) {
      target.addElement(element.createDeepClone());
    }
    for (MetadataAttribute attribute : source.getAttributes()) {
      target.addAttribute(attribute.createDeepClone());
    }
  }

  /** Copies start and end time (as new instances). */
  public static void copyTimeInformation(Product source, Product target) {
    target.setStartTime(copyOf(source.getStartTime()));
    target.setEndTime(copyOf(source.getEndTime()));
  }

  private static ProductData.UTC copyOf(ProductData.UTC time) {
    return time == null ? null : new ProductData.UTC(time.getDaysFraction(), (int) time.getSecondsFraction(),
        (int) time.getMicroSecondsFraction());
  }

  /** Copies the preferred tile size, if the source has one. */
  public static void copyPreferredTileSize(Product source, Product target) {
    if (source.getPreferredTileSize() != null) {
      target.setPreferredTileSize(source.getPreferredTileSize());
    }
  }

  /** Copies nothing: the headless engine has no masks. */
  public static void copyMasks(Product source, Product target) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
  }

  /** Copies nothing: the headless engine has no flag codings, so no band is a flag band. */
  public static void copyFlagBands(Product source, Product target, boolean copySourceImage) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
  }

  /** Copies the quicklook band name if the target has none. */
  public static void copyQuicklookBandName(Product source, Product target) {
    if (target.getQuicklookBandName() == null && source.getQuicklookBandName() != null) {
      target.setQuicklookBandName(source.getQuicklookBandName());
    }
  }

  /**
   * Adds {@code elem} under {@code metadata/history}, creating that element if needed; an
   * existing history element of the same name is moved inside {@code elem}, as SNAP does.
   * Nothing happens when {@code elem} is null.
   */
  public static void addElementToHistory(Product product, MetadataElement elem) {
    requireNonNull(product, "product");
    if (elem == null) {
      return;
    }
    MetadataElement root = product.getMetadataRoot();
    if (!root.containsElement(Product.HISTORY_ROOT_NAME)) {
      root.addElement(new MetadataElement(Product.HISTORY_ROOT_NAME));
    }
    MetadataElement history = root.getElement(Product.HISTORY_ROOT_NAME);
    MetadataElement previous = history.getElement(elem.getName());
    if (previous != null) {
      history.removeElement(previous);
      elem.addElement(previous);
    }
    history.addElement(elem);
  }

  /**
   * The acquisition time of image line {@code y}, interpolated linearly between the start time
   * (line 0) and the end time (last line); null if either time is missing.
   */
  public static ProductData.UTC getScanLineTime(Product product, double y) {
    ProductData.UTC start = product.getStartTime();
    ProductData.UTC end = product.getEndTime();
    if (start == null || end == null) {
      return null;
    }
    int lines = product.getSceneRasterHeight();
    double fraction = lines > 1 ? y / (lines - 1) : 0.0;
    return new ProductData.UTC(start.getMJD() + fraction * (end.getMJD() - start.getMJD()));
  }

  /** The geographic position of the scene centre, or null without a scene geocoding that can locate. */
  public static GeoPos getCenterGeoPos(Product product) {
    GeoCoding geoCoding = product.getSceneGeoCoding();
    if (geoCoding == null || !geoCoding.canGetGeoPos()) {
      return null;
    }
    PixelPos centre = new PixelPos(0.5 * product.getSceneRasterWidth(), 0.5 * product.getSceneRasterHeight());
    return geoCoding.getGeoPos(centre, null);
  }

  private static void requireNonNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }
}
