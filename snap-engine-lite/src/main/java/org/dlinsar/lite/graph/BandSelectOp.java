package org.dlinsar.lite.graph;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.RasterDataNode;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.TargetProduct;
import org.esa.snap.core.util.ProductUtils;

/**
 * The SAR toolbox's {@code BandSelect} for the headless engine, with its alias, parameters and
 * behaviour (microwave-toolbox 14.0.0, {@code sar-op-utilities/.../gpf/BandSelectOp.java}), so
 * that a graph using it runs alike in gpt: the target, named {@code <source>_subset}, holds the
 * selected bands (their pixels read from the source when pulled, nothing copied in memory), then
 * every product node of the source ({@code ProductUtils.copyProductNodes}: metadata, tie-point
 * grids, geocoding, times, description) and, with {@code includeReferences}, the bands the kept
 * bands' valid-pixel and virtual-band expressions use.
 *
 * <p>Differences, all for nodes the headless engine does not have: masks and flag bands (there
 * are none to keep, so {@code sourceMasks} selects nothing); a referenced virtual band is kept
 * virtual (SNAP copies it as a band computed from it); and a source without
 * {@code Abstracted_Metadata} gets none (SNAP's {@code AbstractMetadata.getAbstractedMetadata}
 * adds a default one).
 */
@OperatorMetadata(alias = "BandSelect",
    category = "Raster",
    version = "1.0",
    authors = "DL-InSAR",
    description = "Creates a new product with only selected bands")
public final class BandSelectOp extends Operator {

  /** What the target's name adds to its source's (a runner naming it before it is made). */
  public static final String TARGET_SUFFIX = "_subset";
  @SourceProduct(alias = "source")
  private Product sourceProduct;

  @TargetProduct
  private Product targetProduct;

  @Parameter(description = "The list of polarisations", label = "Polarisations")
  private String[] selectedPolarisations;

  @Parameter(description = "The list of imagettes or sub-images", label = "Sub-Images")
  private String[] selectedSubImages;

  @Parameter(description = "The list of source bands.", alias = "sourceBands", rasterDataNodeType = Band.class,
      label = "Source Bands")
  private String[] sourceBandNames;

  @Parameter(description = "Band name regular expression pattern", label = "Band Name Pattern")
  private String bandNamePattern;

  @Parameter(label = "Source masks", description = "The source masks for the computation.", alias = "sourceMasks")
  private String[] sourceMaskNames;

  @Parameter(label = "Include references", description = "Add dependent bands and masks", defaultValue = "true")
  private boolean includeReferences;

  /** @throws OperatorException naming the product and the selection when no band is selected */
  @Override
  public void initialize() throws OperatorException {
    List<Band> selected = BandSelection.select(sourceProduct, sourceBandNames, selectedPolarisations,
        selectedSubImages, bandNamePattern);
    if (selected.isEmpty()) {
      throw new OperatorException("BandSelect: no band of product '" + sourceProduct.getName()
          + "' is selected by sourceBands " + list(sourceBandNames) + ", bandNamePattern '"
          + (bandNamePattern == null ? "" : bandNamePattern) + "', selectedPolarisations " + list(selectedPolarisations)
          + ", selectedSubImages " + list(selectedSubImages) + "; its bands are "
          + Arrays.toString(sourceProduct.getBandNames()));
    }
    Dimension size = targetSize(selected);
    targetProduct = new Product(sourceProduct.getName() + TARGET_SUFFIX, sourceProduct.getProductType(), size.width,
        size.height);
    // bands first, as BandSelect does, so that the quicklook band name can follow them
    for (Band band : selected) {
      copy(band);
    }
    ProductUtils.copyProductNodes(sourceProduct, targetProduct);
    if (includeReferences) {
      addReferencedBands();
    }
    String[] subImages = SubImages.of(targetProduct.getBandNames());
    SubImages.updateTiePointGrids(targetProduct, subImages);
    SubImages.updateMetadata(targetProduct, subImages);
  }

  /** All selected bands of one size give the target that size, else the scene's (BandSelect's rule). */
  private Dimension targetSize(List<Band> selected) {
    Dimension first = selected.get(0).getRasterSize();
    for (Band band : selected) {
      if (!band.getRasterSize().equals(first)) {
        return sourceProduct.getSceneRasterSize();
      }
    }
    return first;
  }

  private void addReferencedBands() {
    List<String> referenced = new ArrayList<>();
    if (sourceBandNames != null) {
      for (String name : sourceBandNames) {
        // GPF checks the names as they are set; one written straight into the field is not
        RasterDataNode node = sourceProduct.getRasterDataNode(name);
        if (node == null) {
          throw new OperatorException("BandSelect: source product '" + sourceProduct.getName()
              + "' does not contain a raster named '" + name + "'");
        }
        RasterReferences.collect(sourceProduct, node, referenced, getLogger());
      }
      referenced.removeAll(Arrays.asList(sourceBandNames));
    }
    for (String name : referenced) {
      if (!targetProduct.containsBand(name)) {
        copy(sourceProduct.getBand(name));
      }
    }
  }

  private void copy(Band band) {
    if (band instanceof VirtualBand) {
      ProductUtils.copyVirtualBand(targetProduct, (VirtualBand) band, band.getName());
    } else {
      ProductUtils.copyBand(band.getName(), sourceProduct, targetProduct, true);
    }
  }

  private static String list(String[] values) {
    return values == null ? "[]" : Arrays.toString(values);
  }

  /** Registers {@link BandSelectOp} under the alias {@code BandSelect}. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(BandSelectOp.class);
    }
  }
}
