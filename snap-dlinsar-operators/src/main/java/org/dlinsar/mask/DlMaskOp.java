package org.dlinsar.mask;

import com.bc.ceres.core.ProgressMonitor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.ifg.StackSources;
import org.dlinsar.ifg.StackTileSize;
import org.dlinsar.ifg.TargetProducts;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ModelResolver;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;
import org.esa.snap.core.gpf.annotations.TargetProduct;

/**
 * Adds one {@code mask_ifg_<suffix>} uint8 band per interferogram: 1 = coherent phase,
 * 0 = decorrelated or no data. Every source band, tie-point grid, geocoding and metadata is
 * carried through.
 *
 * <p>{@code OTSU}, the default, thresholds each interferogram's coherence at its Otsu threshold
 * over the whole band (computed once, independent of the tile grid); {@code THRESHOLD} at
 * {@code coherenceThreshold}. {@code DL} needs the DL mask model, which is not bundled yet, so
 * it is not the default until one is; it fails with the model registry's reason
 * ({@link org.dlinsar.inference.ModelResolver#noBundledModel}).
 *
 * <p>No data means mask 0: a coherence band that is all zero or all NaN masks every pixel, as does
 * a constant one under {@code OTSU} (no contrast, no threshold). Such bands, and interferograms
 * whose samples are all NaN or 0 + 0i, are named in one warning once every tile has been computed
 * (see {@link NoDataWatch}); a constant coherence band as soon as its threshold is computed.
 */
@OperatorMetadata(
    alias = "DL-Mask",
    label = "DL Mask",
    category = "Radar/Interferometric/DL-InSAR",
    version = "0.1",
    authors = "DL-InSAR",
    description = "Masks decorrelated pixels of every interferogram: mask_ifg_<pair>, 1 = coherent.")
public final class DlMaskOp extends Operator {

  static final String DL = "DL";
  static final String OTSU = "OTSU";
  static final String THRESHOLD = "THRESHOLD";

  @SourceProduct(description = "The interferogram stack.")
  private Product sourceProduct;

  @SourceProducts(description = "Further interferogram stacks of the same raster size, pooled with the first.")
  private Product[] sourceProducts;

  @TargetProduct
  private Product targetProduct;

  // OTSU is the default until a DL mask model is installed: a default that always fails helps no one.
  @Parameter(valueSet = {OTSU, THRESHOLD, DL}, defaultValue = OTSU, notNull = true,
      label = "Method",
      description = "How noisy (decorrelated) pixels are found: OTSU (default) picks each"
          + " interferogram's coherence threshold from its histogram; THRESHOLD uses the coherence"
          + " threshold below; DL uses a trained mask model (none installed yet).")
  private String method;

  @Parameter(interval = "[0,1]", defaultValue = "0.3", label = "Coherence threshold",
      description = "For method THRESHOLD: pixels with coherence (0 to 1) at or above this are kept"
          + " as coherent, the others masked.")
  private double coherenceThreshold;

  private InterferogramStack stack;
  private final Map<String, Integer> indexByMaskBand = new HashMap<>();
  private CoherenceThresholds otsuThresholds;
  private NoDataWatch noData;

  @Override
  public void initialize() throws OperatorException {
    checkMethodIsAvailable();
    stack = readStack();
    checkCoherenceBands();
    targetProduct = buildTarget();
    // Masks in tiles of 64 K pixels: a halo consumer's working set stays small (StackTileSize)
    targetProduct.setPreferredTileSize(StackTileSize.of(stack));
    otsuThresholds = new CoherenceThresholds(this, stack.interferograms());
    noData = new NoDataWatch(stack.interferograms(), stack.width(), stack.height(), "DL-Mask",
        "their masks are 0 everywhere", "every mask is 0", getLogger()::warning);
  }

  @Override
  public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm)
      throws OperatorException {
    Integer index = indexByMaskBand.get(targetBand.getName());
    if (index == null) {
      throw new OperatorException("DL-Mask computes only mask_ifg_* bands, asked for '"
          + targetBand.getName() + "'");
    }
    Interferogram ifg = stack.interferograms().get(index);
    float threshold = OTSU.equals(method)
        ? otsuThresholds.threshold(index) : (float) coherenceThreshold;
    InterferogramTile tile = InterferogramTiles.read(this, ifg, targetTile.getRectangle());
    noData.seen(index, targetTile.getRectangle(), tile);
    byte[] mask = new byte[tile.real().length];
    CoherenceMasker.mask(tile.coherence(), tile.real(), tile.imaginary(), threshold, mask);
    targetTile.setSamples(mask);
  }

  private void checkMethodIsAvailable() {
    if (DL.equals(method)) {
      // the registry says why there is no mask model; the DL mask itself comes with one
      String why = BundledModels.onClassPath().forTask(ModelResolver.MASK).isEmpty()
          ? ModelResolver.noBundledModel(ModelResolver.MASK)
          : "a mask model is bundled but the DL mask is not implemented yet";
      throw new OperatorException("DL-Mask method=DL: " + why + "; or use method=OTSU or"
          + " method=THRESHOLD");
    }
    if (!OTSU.equals(method) && !THRESHOLD.equals(method)) {
      throw new OperatorException("DL-Mask parameter 'method' is '" + method
          + "'; expected one of DL, OTSU, THRESHOLD");
    }
  }

  private InterferogramStack readStack() {
    try {
      return InterferogramStack.of(StackSources.of(sourceProduct, sourceProducts));
    } catch (IllegalArgumentException e) {
      throw new OperatorException("DL-Mask: " + e.getMessage(), e);
    }
  }

  private void checkCoherenceBands() {
    for (Interferogram ifg : stack.interferograms()) {
      if (!ifg.hasCoherence()) {
        throw new OperatorException("DL-Mask method=" + method + ": interferogram '"
            + ifg.suffix() + "' in product '" + stack.productOf(ifg).getName()
            + "' has no coherence band; expected '" + BandNames.coherence(ifg.suffix()) + "'");
      }
    }
  }

  private Product buildTarget() {
    List<Interferogram> ifgs = stack.interferograms();
    Set<String> maskNames = new HashSet<>();
    for (int i = 0; i < ifgs.size(); i++) {
      maskNames.add(ifgs.get(i).maskBandName());
      indexByMaskBand.put(ifgs.get(i).maskBandName(), i);
    }
    Product target = TargetProducts.carryingSources(stack, "_mask", maskNames);
    for (Interferogram ifg : ifgs) {
      Band mask = target.addBand(ifg.maskBandName(), ProductData.TYPE_UINT8);
      mask.setDescription("DL-Mask " + method + ": 1 = coherent phase, 0 = decorrelated");
    }
    return target;
  }

  /** Registers DL-Mask with GPF. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(DlMaskOp.class);
    }
  }
}
