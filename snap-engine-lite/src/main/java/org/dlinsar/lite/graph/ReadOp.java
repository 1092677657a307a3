package org.dlinsar.lite.graph;

import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;

import java.io.File;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * gpt's {@code Read}: the target product is the product read from {@code file} (BEAM-DIMAP),
 * optionally reduced to {@code sourceBands} and stripped of its metadata. Pixels stay on disk and
 * are read tile by tile when a consumer pulls them.
 */
@OperatorMetadata(alias = "Read",
    category = "Input-Output",
    version = "1.0",
    authors = "DL-InSAR",
    description = "Reads a data product from a BEAM-DIMAP file.")
public final class ReadOp extends Operator {

  @Parameter(notNull = true, label = "Source product file",
      description = "The .dim file from which the data product is read.")
  private File file;

  @Parameter(label = "Format name",
      description = "The format of the file; only BEAM-DIMAP is read headless. Empty: taken from the file.")
  private String formatName;

  @Parameter(label = "Source bands",
      description = "The bands to keep, comma-separated; all bands when empty.")
  private String[] sourceBands;

  @Parameter(defaultValue = "true", label = "Copy metadata",
      description = "Whether the product's metadata is kept.")
  private boolean copyMetadata;

  // SNAP's Graph Builder saves these with every Read node; the headless Read takes the whole
  // scene, so it accepts them only when they ask for nothing else.
  @Parameter(label = "Source masks", description = "Masks to keep; the headless Read carries no masks.")
  private String[] sourceMasks;

  @Parameter(label = "Pixel region",
      description = "x,y,width,height of the region to read; must be empty or the whole scene here.")
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
    checkWholeScene(product);
    if (sourceBands != null && sourceBands.length > 0) {
      keepOnly(product, sourceBands);
    }
    if (!copyMetadata) {
      clear(product.getMetadataRoot());
    }
    setTargetProduct(product);
  }

  private Product readProduct() {
    if (file == null) {
      throw new OperatorException("Parameter 'file' of Read is not set: expected a .dim file");
    }
    return ProductFiles.read(file, formatName);
  }

  private void checkWholeScene(Product product) {
    if (geometryRegion != null && !geometryRegion.isBlank()) {
      throw new OperatorException("Parameter 'geometryRegion' of Read is not supported headless (got '"
          + geometryRegion + "'): leave it empty, or subset the product in SNAP first");
    }
    if (pixelRegion == null || pixelRegion.isBlank()) {
      return;
    }
    String whole = "0,0," + product.getSceneRasterWidth() + "," + product.getSceneRasterHeight();
    if (!pixelRegion.replace(" ", "").equals(whole)) {
      throw new OperatorException("Parameter 'pixelRegion' of Read must be empty or the whole scene "
          + whole + " of " + file + " headless, got '" + pixelRegion + "'");
    }
  }

  private void keepOnly(Product product, String[] bandNames) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String name : bandNames) {
      String trimmed = name.trim();
      if (!trimmed.isEmpty()) {
        wanted.add(trimmed);
      }
    }
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
