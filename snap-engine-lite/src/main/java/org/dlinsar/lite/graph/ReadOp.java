package org.dlinsar.lite.graph;

import org.dlinsar.lite.expr.ExpressionSymbols;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Mask;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductNodeGroup;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;

import java.awt.Rectangle;
import java.io.File;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * gpt's {@code Read}: the target product is the product read from {@code file} (BEAM-DIMAP, or
 * whatever a reader plug-in on the classpath opens, such as DL-InSAR's interferogram folders),
 * optionally reduced to {@code sourceBands} and {@code sourceMasks} and stripped of its metadata and, with
 * {@code useAdvancedOptions} as in SNAP 14, to the rectangle {@code pixelRegion}
 * ({@link PixelRegionSubset}). Pixels stay on disk and are read tile by tile when a consumer pulls
 * them.
 */
@OperatorMetadata(alias = "Read",
    category = "Input-Output",
    version = "1.0",
    authors = "DL-InSAR",
    description = "Reads a data product: a BEAM-DIMAP file, or a folder of interferograms that a"
        + " DL-InSAR reader opens (LiCSAR, GAMMA, dated GeoTIFF pairs).")
public final class ReadOp extends Operator {

  @Parameter(notNull = true, label = "Source product file",
      description = "The product file (.dim) or DL-InSAR interferogram folder (or a file in it)"
          + " from which the data product is read.")
  private File file;

  @Parameter(label = "Format name",
      description = "The format of the file: BEAM-DIMAP, DL-InSAR-LiCSAR, DL-InSAR-GAMMA or"
          + " DL-InSAR-GeoTIFF-pairs headless. Empty: taken from the file.")
  private String formatName;

  // Named as SNAP's ReadOp names them, with its aliases: graphs SNAP saves write <bandNames/>.
  @Parameter(alias = "sourceBands", label = "Source bands",
      description = "The bands to keep, comma-separated; all bands when empty.")
  private String[] bandNames;

  @Parameter(defaultValue = "true", label = "Copy metadata",
      description = "Whether the product's metadata is kept.")
  private boolean copyMetadata;

  @Parameter(alias = "sourceMasks", label = "Source masks",
      description = "The masks to keep, comma-separated (with the masks they name); all whose bands are kept when empty.")
  private String[] maskNames;

  // SNAP's Graph Builder saves these with every Read node; the headless Read takes the whole
  // scene unless useAdvancedOptions asks for a pixel region.
  @Parameter(label = "Pixel region",
      description = "x,y,width,height of the region to read (with useAdvancedOptions), clipped to the scene.")
  private String pixelRegion;

  @Parameter(label = "Geometry region", description = "WKT region to read; must be empty here.")
  private String geometryRegion;

  @Parameter(defaultValue = "false", label = "Use advanced options",
      description = "Whether pixelRegion/geometryRegion apply.")
  private boolean useAdvancedOptions;

  /** @throws OperatorException naming {@code file} if it is missing, not a product or unreadable */
  @Override
  public void initialize() throws OperatorException {
    Product product = readProduct();
    Rectangle region = region(product);
    if (region != null) {
      product = PixelRegionSubset.of(product, region);
    }
    if (bandNames != null && bandNames.length > 0) {
      keepOnly(product, bandNames);
    }
    keepMasks(product);
    if (!copyMetadata) {
      clear(product.getMetadataRoot());
    }
    setTargetProduct(product);
  }

  private Product readProduct() {
    if (file == null) {
      // SNAP's words (ReadOp.java:135-136): an unset notNull parameter reaches initialize()
      throw new OperatorException("The 'file' parameter is not set: expected a .dim file or an interferogram folder");
    }
    return ProductFiles.read(file, formatName);
  }

  /**
   * The pixel region to read, clipped to the scene as SNAP's PixelSubsetRegion does, or null for
   * the whole scene.
   *
   * @throws OperatorException naming the parameter if the region is malformed or misses the scene
   */
  private Rectangle region(Product product) {
    if (geometryRegion != null && !geometryRegion.isBlank()) {
      throw new OperatorException("Parameter 'geometryRegion' of Read is not supported headless (got '"
          + geometryRegion + "'): give a pixelRegion, or subset the product in SNAP first");
    }
    if (pixelRegion == null || pixelRegion.isBlank()) {
      return null;
    }
    if (!useAdvancedOptions) {
      // SNAP 14's Read subsets only with advanced options on; say so rather than ignore silently
      getLogger().warning("Read: pixelRegion '" + pixelRegion + "' is ignored, as in SNAP, because"
          + " useAdvancedOptions is false; set it to true to read the region only");
      return null;
    }
    String[] parts = pixelRegion.replace(" ", "").split(",");
    int[] values = new int[4];
    try {
      if (parts.length != 4) {
        throw new NumberFormatException();
      }
      for (int i = 0; i < 4; i++) {
        values[i] = Integer.parseInt(parts[i]);
      }
    } catch (NumberFormatException e) {
      throw new OperatorException("Parameter 'pixelRegion' of Read must be x,y,width,height in pixels, got '"
          + pixelRegion + "'");
    }
    Rectangle scene = new Rectangle(product.getSceneRasterWidth(), product.getSceneRasterHeight());
    Rectangle region = new Rectangle(values[0], values[1], values[2], values[3]).intersection(scene);
    if (values[2] < 1 || values[3] < 1 || region.isEmpty()) {
      throw new OperatorException("Parameter 'pixelRegion' of Read is '" + pixelRegion + "', which holds no pixel"
          + " of the " + scene.width + " x " + scene.height + " scene of " + file);
    }
    return region.equals(scene) ? null : region;
  }

  private static Set<String> names(String[] values) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : values == null ? new String[0] : values) {
      String trimmed = name.trim();
      if (!trimmed.isEmpty()) {
        names.add(trimmed);
      }
    }
    return names;
  }

  private void keepOnly(Product product, String[] bandNames) {
    Set<String> wanted = names(bandNames);
    for (String name : wanted) {
      if (!product.containsBand(name)) {
        throw new OperatorException("Parameter 'sourceBands' of Read names band '" + name
            + "', which product " + file + " does not have; its bands are "
            + Arrays.toString(product.getBandNames()));
      }
    }
    for (Band band : product.getBands()) {
      if (!wanted.contains(band.getName())) {
        product.removeBand(band);
      }
    }
  }

  /**
   * Keeps the masks SNAP's Read keeps: those named in {@code sourceMasks} and the masks they name
   * (all when none is named), each only while the bands it needs are kept.
   *
   * @throws OperatorException naming the mask if {@code sourceMasks} names one the product lacks
   *     or one whose bands {@code sourceBands} leaves out
   */
  private void keepMasks(Product product) {
    ProductNodeGroup<Mask> masks = product.getMaskGroup();
    Set<String> named = names(maskNames);
    Set<String> wanted = new LinkedHashSet<>();
    for (String name : named) {
      if (!masks.contains(name)) {
        throw new OperatorException("Parameter 'sourceMasks' of Read names mask '" + name + "', which product "
            + file + " does not have; its masks are " + Arrays.toString(masks.getNodeNames()));
      }
      addWithReferredMasks(masks.get(name), wanted);
    }
    for (Mask mask : masks.toArray(new Mask[0])) {
      boolean needed = named.isEmpty() || wanted.contains(mask.getName());
      boolean computable = mask.getImageType().canTransferMask(mask, product);
      if (named.contains(mask.getName()) && !computable) {
        throw new OperatorException("Parameter 'sourceMasks' of Read names mask '" + mask.getName()
            + "', which needs bands that parameter 'sourceBands' leaves out");
      }
      if (!needed || !computable) {
        masks.remove(mask);
      }
    }
  }

  private static void addWithReferredMasks(Mask mask, Set<String> found) {
    if (!found.add(mask.getName()) || mask.getImageType() != Mask.BandMathsType.INSTANCE) {
      return;
    }
    try {
      for (Mask referred : ExpressionSymbols.masks(mask.getProduct(), Mask.BandMathsType.getExpression(mask))) {
        addWithReferredMasks(referred, found);
      }
    } catch (IllegalArgumentException e) {
      // an expression that does not parse names no mask; the mask is dropped as not computable
    }
  }

  private static void clear(MetadataElement root) {
    for (MetadataElement element : root.getElements()) {
      root.removeElement(element);
    }
    for (MetadataAttribute attribute : root.getAttributes()) {
      root.removeAttribute(attribute);
    }
  }

  /** Registers {@link ReadOp} under the alias {@code Read}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(ReadOp.class);
    }
  }
}
