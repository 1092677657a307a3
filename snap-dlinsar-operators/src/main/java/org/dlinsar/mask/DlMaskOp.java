package org.dlinsar.mask;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.File;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.BandProvenance;
import org.dlinsar.ifg.ChoiceParameters;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.ifg.StackSources;
import org.dlinsar.ifg.StackTileSize;
import org.dlinsar.ifg.TargetProducts;
import org.dlinsar.inference.HeldModels;
import org.dlinsar.inference.ModelCalls;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelsMetadata;
import org.dlinsar.inference.OperatorModels;
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
 * <p>{@code DL}, the default, runs a mask network ({@link MaskNetwork}: the best bundled one,
 * {@code model} or {@code modelFile}) on each tile grown by the card's halo, so tiles join without
 * seams; without a model it fails with the model registry's reason. {@code OTSU} thresholds each
 * interferogram's coherence at its Otsu threshold over the whole band (computed once, independent
 * of the tile grid); {@code THRESHOLD} at {@code coherenceThreshold}, or at one threshold per
 * interferogram ({@code coherenceThresholds}: how a tile of a distributed run gets the frame's
 * Otsu thresholds).
 *
 * <p>No data means mask 0: a coherence band that is all zero or all NaN masks every pixel, as does
 * a constant one under {@code OTSU} (no contrast, no threshold). Such bands, and interferograms
 * whose samples are all NaN or 0 + 0i, are named in one warning once every tile has been computed
 * (see {@link NoDataWatch}); a constant coherence band as soon as its threshold is computed.
 */
@OperatorMetadata(
    alias = "DL-Mask",
    label = "DL Mask",
    category = "Radar/Interferometric/Deep Learning",
    version = "0.1",
    authors = "DL-InSAR",
    description = "Masks decorrelated pixels of every interferogram: mask_ifg_<pair>, 1 = coherent.")
public final class DlMaskOp extends Operator implements NoDataWatch.Holder {

  /** What the target's name adds to its source's (a runner naming it before it is made). */
  public static final String TARGET_SUFFIX = "_mask";
  static final String DL = "DL";
  static final String OTSU = "OTSU";
  static final String THRESHOLD = "THRESHOLD";

  @SourceProduct(description = "The interferogram stack.")
  private Product sourceProduct;

  @SourceProducts(description = "Further interferogram stacks of the same raster size, pooled with the first.")
  private Product[] sourceProducts;

  @TargetProduct
  private Product targetProduct;

  @Parameter(valueSet = {DL, OTSU, THRESHOLD}, defaultValue = DL, notNull = true,
      label = "Method",
      description = "Finds decorrelated pixels: DL (default) by a trained network on phase,"
          + " coherence and amplitude; OTSU by each interferogram's coherence histogram; THRESHOLD"
          + " by the threshold below.")
  private String method;

  @Parameter(defaultValue = "", label = "Model",
      description = "For method DL: the name of a bundled mask model (bin/dlinsar models lists"
          + " them); empty uses the best bundled one.")
  private String model;

  @Parameter(label = "Model file",
      description = "For method DL: your own ONNX mask model instead of a bundled one; its card"
          + " <name>.card.json must lie beside it. Empty: the bundled model ('Model').")
  private File modelFile;

  @Parameter(valueSet = {"AUTO", "CPU", "CUDA"}, defaultValue = "AUTO", label = "Execution provider",
      description = "For method DL: where the network runs. AUTO uses an NVIDIA GPU when the GPU"
          + " build and a device are there, else the CPU; CPU never tries the GPU; CUDA fails"
          + " without one.")
  private String provider;

  @Parameter(interval = "[0,1]", defaultValue = "0.3", label = "Coherence threshold",
      description = "For method THRESHOLD: pixels of coherence (0 to 1) at or above this are"
          + " coherent. Default 0.3: the cutoff of the simulator's truth masks.")
  private double coherenceThreshold;

  @Parameter(label = "Coherence thresholds",
      description = "For THRESHOLD: one threshold per interferogram in the stack's order (NaN"
          + " masks it all), as a distributed run passes the frame's Otsu thresholds. Empty: the"
          + " one above.")
  private double[] coherenceThresholds;

  @Parameter(label = "Amplitude references",
      description = "For DL: each interferogram's reference ln|z| (its band's median) in the"
          + " stack's order, as a distributed run passes the frame's. Empty, or NaN for one:"
          + " computed over the band.")
  private double[] amplitudeReferences;

  private InterferogramStack stack;
  private final Map<String, Integer> indexByMaskBand = new HashMap<>();
  private CoherenceThresholds otsuThresholds;
  private AmplitudeReferences frameAmplitudeReferences;
  private MaskNetwork network;
  private MaskTileSpill spill;
  private NoDataWatch noData;
  private final HeldModels models = new HeldModels();

  @Override
  public NoDataWatch noDataWatch() {
    return noData;
  }

  @Override
  public void initialize() throws OperatorException {
    checkMethod();
    OperatorModels.warnIfUnused("DL-Mask", method, model, modelFile, getLogger());
    stack = StackSources.readStack("DL-Mask", sourceProduct, sourceProducts);
    checkCoherenceBands();
    checkPerInterferogramValues();
    if (DL.equals(method)) {
      network = openNetwork();
    }
    targetProduct = buildTarget();
    // Masks in tiles of 64 K pixels: a halo consumer's working set stays small (StackTileSize);
    // the network's tiles are one model tile each with its halo, so its context costs 1.4x, not 2x
    targetProduct.setPreferredTileSize(network != null ? network.targetTileSize() : StackTileSize.of(stack));
    if (network != null) {
      Dimension tile = targetProduct.getPreferredTileSize();
      spill = new MaskTileSpill(stack.size(), stack.width(), stack.height(), tile.width, tile.height, getLogger());
    }
    otsuThresholds = new CoherenceThresholds(this, stack.interferograms());
    frameAmplitudeReferences = new AmplitudeReferences(this, stack.interferograms());
    noData = new NoDataWatch(stack.interferograms(), stack.width(), stack.height(), stack.lineOf("DL-Mask"),
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
    Rectangle rectangle = targetTile.getRectangle();
    byte[] mask = network != null ? networkMask(index, ifg, rectangle) : thresholdMask(index, ifg, rectangle);
    targetTile.setSamples(mask);
  }

  @Override
  public void dispose() {
    if (spill != null) {
      spill.close();
    }
    models.release();
    super.dispose();
  }

  private byte[] thresholdMask(int index, Interferogram ifg, Rectangle rectangle) {
    float threshold = OTSU.equals(method) ? otsuThresholds.threshold(index)
        : perInterferogram() ? (float) coherenceThresholds[index] : (float) coherenceThreshold;
    InterferogramTile tile = InterferogramTiles.read(this, ifg, rectangle);
    noData.seen(index, rectangle, tile);
    byte[] mask = new byte[tile.real().length];
    CoherenceMasker.mask(tile.coherence(), tile.real(), tile.imaginary(), threshold, mask);
    return mask;
  }

  /** The network sees the tile grown by its halo, so a pixel's context never ends at a tile edge. */
  private byte[] networkMask(int index, Interferogram ifg, Rectangle rectangle) {
    byte[] kept = spill.get(index, rectangle);
    if (kept != null) {
      return kept;
    }
    // grown by the halo out to multiples of the network's alignment, as its own tiles' regions
    // are: its output at a pixel then does not depend on the tiles asked for (a tile-size hint)
    Rectangle region = MaskNetwork.alignedRegion(rectangle, network.halo(), MaskNetwork.ALIGNMENT,
        new Rectangle(0, 0, stack.width(), stack.height()));
    InterferogramTile tile = InterferogramTiles.read(this, ifg, region);
    noData.seen(index, rectangle, tile);
    byte[] regionMask = new byte[region.width * region.height];
    network.mask(tile.real(), tile.imaginary(), tile.coherence(), region.width, region.height,
        amplitudeReference(index), regionMask);
    byte[] mask = new byte[rectangle.width * rectangle.height];
    for (int y = 0; y < rectangle.height; y++) {
      System.arraycopy(regionMask, (y + rectangle.y - region.y) * region.width + rectangle.x - region.x,
          mask, y * rectangle.width, rectangle.width);
    }
    spill.put(index, rectangle, mask);
    return mask;
  }

  private MaskNetwork openNetwork() {
    return OperatorModels.open("DL-Mask", ModelResolver.MASK, model, modelFile, provider,
        ModelCalls.CONCURRENT, MaskNetwork::new, "method=OTSU or method=THRESHOLD", getLogger(), models);
  }


  private void checkMethod() {
    ChoiceParameters.choice("DL-Mask", "method", method, DL, OTSU, THRESHOLD);
  }

  private double amplitudeReference(int index) {
    // NaN: not given (a distributed run's band without data), computed over the band as without the parameter
    return amplitudeReferences != null && amplitudeReferences.length > 0 && !Double.isNaN(amplitudeReferences[index])
        ? amplitudeReferences[index] : frameAmplitudeReferences.of(index);
  }

  private boolean perInterferogram() {
    return coherenceThresholds != null && coherenceThresholds.length > 0;
  }

  /** The per-interferogram values a distributed run gives: one per interferogram, for their method. */
  private void checkPerInterferogramValues() {
    int n = stack.interferograms().size();
    if (checkOnePerInterferogram("amplitudeReferences", amplitudeReferences, DL, n)) {
      for (int i = 0; i < n; i++) {
        if (Double.isInfinite(amplitudeReferences[i])) {
          throw new OperatorException("DL-Mask parameter 'amplitudeReferences' holds " + amplitudeReferences[i]
              + " at position " + (i + 1) + "; expected a finite ln|z| (or NaN: computed over the band)");
        }
      }
    }
    if (!checkOnePerInterferogram("coherenceThresholds", coherenceThresholds, THRESHOLD, n)) {
      return;
    }
    for (double t : coherenceThresholds) {
      if (t < 0 || t > 1) {
        throw new OperatorException("DL-Mask parameter 'coherenceThresholds' holds " + t
            + "; expected coherences in [0, 1] (or NaN)");
      }
    }
  }

  /**
   * Whether parameter {@code name} gives values; if so, checks they are for {@code forMethod} and
   * one per interferogram ({@code n}).
   */
  private boolean checkOnePerInterferogram(String name, double[] values, String forMethod, int n) {
    if (values == null || values.length == 0) {
      return false;
    }
    if (!forMethod.equals(method)) {
      throw new OperatorException("DL-Mask parameter '" + name + "' applies to method " + forMethod + " only;"
          + " method is " + method);
    }
    if (values.length != n) {
      throw new OperatorException("DL-Mask parameter '" + name + "' holds " + values.length
          + " values; expected one per interferogram, " + n);
    }
    return true;
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
    Product target = TargetProducts.carryingSources(stack, TARGET_SUFFIX, maskNames);
    ModelsMetadata.put(target, "DL-Mask", network != null ? network.record() : null);
    for (Interferogram ifg : ifgs) {
      Band mask = target.addBand(ifg.maskBandName(), ProductData.TYPE_UINT8);
      String how = network != null ? method + " (model " + network.describe() + ")" : method;
      mask.setDescription(BandProvenance.description("DL-Mask", how,
          "1 = coherent phase, 0 = decorrelated"));
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
