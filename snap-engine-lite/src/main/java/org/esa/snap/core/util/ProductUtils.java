package org.esa.snap.core.util;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.TiePointGrids;
import org.dlinsar.lite.image.BandImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.FlagCoding;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.IndexCoding;
import org.esa.snap.core.datamodel.Mask;
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
 * <p>The headless engine has no vector data (SNAP's are GeoTools feature collections): masks of
 * vector data are not part of it either.
 */
public class ProductUtils {

  private ProductUtils() {
  }

  /**
   * Copies everything but the bands, in the order of SNAP's {@code ProductUtils.copyProductNodes}
   * (snap-engine 14.x, snap-core): metadata (deep), tie-point grids, flag codings, flag bands,
   * geocoding, masks, index codings, quicklook band name, start and end time, the
   * description and the band grouping. As in SNAP, the preferred tile size is not copied (GPF
   * gives a target without one its source's). Vector data is not part of the headless engine.
   */
  public static void copyProductNodes(Product source, Product target) {
    copyMetadata(source, target);
    copyTiePointGrids(source, target);
    copyFlagCodings(source, target);
    copyFlagBands(source, target, true);
    copyGeoCoding(source, target);
    copyMasks(source, target);
    copyIndexCodings(source, target);
    copyQuicklookBandName(source, target);
    copyTimeInformation(source, target);
    target.setDescription(source.getDescription());
    target.setAutoGrouping(source.getAutoGrouping());
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
    // added first, as in SNAP: its sample coding is copied into the product it belongs to
    targetProduct.addBand(targetBand);
    copyRasterDataNodeProperties(sourceBand, targetBand);
    if (copySourceImage) {
      targetBand.setSourceImage(new BandImage(sourceBand));
    }
    return targetBand;
  }

  /**
   * Copies description, unit, scaling, no-data value (0 where the source has none set) and its
   * use, valid-pixel expression and,
   * between bands, the spectral band index and wavelength and, when the target band belongs to a
   * product, its flag or index coding (added to that product if it has none of that name).
   */
  public static void copyRasterDataNodeProperties(RasterDataNode source, RasterDataNode target) {
    target.setDescription(source.getDescription());
    target.setUnit(source.getUnit());
    target.setScalingFactor(source.getScalingFactor());
    target.setScalingOffset(source.getScalingOffset());
    target.setLog10Scaled(source.isLog10Scaled());
    // always, as SNAP's (ProductUtils.java 14.x, lines 941-942): an unset value is copied as 0,
    // over a value the target had, which then counts as set
    target.setNoDataValueUsed(source.isNoDataValueUsed());
    target.setNoDataValue(source.getNoDataValue());
    target.setValidPixelExpression(source.getValidPixelExpression());
    if (source instanceof Band && target instanceof Band) {
      Band sourceBand = (Band) source;
      Band targetBand = (Band) target;
      targetBand.setSpectralBandIndex(sourceBand.getSpectralBandIndex());
      targetBand.setSpectralWavelength(sourceBand.getSpectralWavelength());
      targetBand.setSpectralBandwidth(sourceBand.getSpectralBandwidth());
      targetBand.setSolarFlux(sourceBand.getSolarFlux());
      Product targetProduct = targetBand.getProduct();
      if (targetProduct == null) {
        return;
      }
      if (sourceBand.getFlagCoding() != null) {
        targetBand.setSampleCoding(copyFlagCoding(sourceBand.getFlagCoding(), targetProduct));
      }
      if (sourceBand.getIndexCoding() != null) {
        targetBand.setSampleCoding(copyIndexCoding(sourceBand.getIndexCoding(), targetProduct));
      }
    }
  }

  /** Copies every flag coding of {@code source} that {@code target} has none of that name of. */
  public static void copyFlagCodings(Product source, Product target) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    for (FlagCoding coding : source.getFlagCodingGroup().toArray(new FlagCoding[0])) {
      copyFlagCoding(coding, target);
    }
  }

  /** The target's flag coding of that name, copied from {@code sourceFlagCoding} if it had none. */
  public static FlagCoding copyFlagCoding(FlagCoding sourceFlagCoding, Product target) {
    FlagCoding coding = target.getFlagCodingGroup().get(sourceFlagCoding.getName());
    if (coding == null) {
      coding = new FlagCoding(sourceFlagCoding.getName());
      coding.setDescription(sourceFlagCoding.getDescription());
      target.getFlagCodingGroup().add(coding);
      copyMetadata(sourceFlagCoding, coding);
    }
    return coding;
  }

  /** Copies every index coding of {@code source} that {@code target} has none of that name of. */
  public static void copyIndexCodings(Product source, Product target) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    for (IndexCoding coding : source.getIndexCodingGroup().toArray(new IndexCoding[0])) {
      copyIndexCoding(coding, target);
    }
  }

  /** The target's index coding of that name, copied from {@code sourceIndexCoding} if it had none. */
  public static IndexCoding copyIndexCoding(IndexCoding sourceIndexCoding, Product target) {
    IndexCoding coding = target.getIndexCodingGroup().get(sourceIndexCoding.getName());
    if (coding == null) {
      coding = new IndexCoding(sourceIndexCoding.getName());
      coding.setDescription(sourceIndexCoding.getDescription());
      target.getIndexCodingGroup().add(coding);
      copyMetadata(sourceIndexCoding, coding);
    }
    return coding;
  }

  /**
   * Adds to {@code target} a virtual band named {@code name} with {@code source}'s expression,
   * unit, description and no-data value, as SNAP's: not its scaling, valid-pixel expression,
   * spectral properties or codings ({@link #copyRasterDataNodeProperties} copies those).
   */
  public static VirtualBand copyVirtualBand(Product target, VirtualBand source, String name) {
    VirtualBand copy = new VirtualBand(name, source.getDataType(), source.getRasterWidth(), source.getRasterHeight(),
        source.getExpression());
    // only these, as SNAP's (ProductUtils.java 14.x); its copyVirtualBandWithStatistics copies the rest
    if (source.getUnit() != null) {
      copy.setUnit(source.getUnit());
    }
    if (source.getDescription() != null) {
      copy.setDescription(source.getDescription());
    }
    copy.setNoDataValue(source.getNoDataValue());
    copy.setNoDataValueUsed(source.isNoDataValueUsed());
    target.addBand(copy);
    return copy;
  }

  /**
   * Gives {@code target} a copy of {@code source}'s scene geocoding (with the same grids, keeping
   * the target's other grids where both hold grids); nothing if the source has none.
   */
  public static void copyGeoCoding(Product source, Product target) {
    GeoCoding geoCoding = source.getSceneGeoCoding();
    if (geoCoding == null) {
      return;
    }
    List<TiePointGrid> targetGrids = TiePointGrids.of(target.getSceneGeoCoding());
    GeoCoding withTargetGrids = targetGrids.isEmpty() || geoCoding == target.getSceneGeoCoding() ? null
        : TiePointGrids.withMore(geoCoding, targetGrids);
    target.setSceneGeoCoding(withTargetGrids != null ? withTargetGrids : geoCoding);
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
   * Adds {@code source}'s tie-point grids that {@code target} lacks (by name) to the grids its
   * geocoding holds (a tie-point geocoding's, or those beside a map grid), giving it the source's
   * geocoding if it has none. A target with a geocoding of another kind cannot hold grids and is
   * left as it is.
   */
  public static void copyTiePointGrids(Product source, Product target) {
    List<TiePointGrid> grids = TiePointGrids.of(source.getSceneGeoCoding());
    if (grids.isEmpty()) {
      return;
    }
    GeoCoding targetCoding = target.getSceneGeoCoding();
    if (targetCoding == null) {
      target.setSceneGeoCoding(source.getSceneGeoCoding());
    } else if (targetCoding != source.getSceneGeoCoding()) {
      GeoCoding withSourceGrids = TiePointGrids.withMore(targetCoding, grids);
      if (withSourceGrids != null) {
        target.setSceneGeoCoding(withSourceGrids);
      }
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

  /**
   * Copies the preferred tile size, if the source has one, clipped to the target's scene as SNAP's
   * (ProductUtils.java 14.x, lines 1862-1869): 512x512 onto a 300x200 scene gives 300x200.
   */
  public static void copyPreferredTileSize(Product source, Product target) {
    Dimension preferred = source.getPreferredTileSize();
    if (preferred != null) {
      Rectangle scene = new Rectangle(target.getSceneRasterWidth(), target.getSceneRasterHeight());
      Rectangle tile = new Rectangle(preferred).intersection(scene);
      target.setPreferredTileSize(tile.width, tile.height);
    }
  }

  /**
   * Copies the masks of {@code source} that {@code target} has none of that name of and whose
   * rasters it has, as SNAP does ({@code ImageType.canTransferMask}, then
   * {@code transferMask}): a mask over a band the target lacks is left out, so operators call this
   * again once their bands are in place.
   */
  public static void copyMasks(Product source, Product target) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    for (Mask mask : source.getMaskGroup().toArray(new Mask[0])) {
      if (!target.getMaskGroup().contains(mask.getName()) && mask.getImageType().canTransferMask(mask, target)) {
        mask.getImageType().transferMask(mask, target);
      }
    }
  }

  /**
   * Copies the flag bands of {@code source} that {@code target} has no band of that name of, with
   * their codings (then the masks), when the source has flag codings, as SNAP does.
   */
  public static void copyFlagBands(Product source, Product target, boolean copySourceImage) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    if (source.getFlagCodingGroup().getNodeCount() == 0) {
      return;
    }
    for (Band band : source.getBands()) {
      if (band.isFlagBand() && target.getBand(band.getName()) == null) {
        copyBand(band.getName(), source, target, copySourceImage);
      }
    }
    copyMasks(source, target);
  }

  /** Copies the quicklook band name if the target has none and has a band of that name (as SNAP). */
  public static void copyQuicklookBandName(Product source, Product target) {
    if (target.getQuicklookBandName() == null && source.getQuicklookBandName() != null
        && target.getBand(source.getQuicklookBandName()) != null) {
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
