package org.dlinsar.unwrap;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.detect.DetectionsInFrame;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.BandProvenance;
import org.dlinsar.ifg.ChoiceParameters;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.dlinsar.ifg.MissingCoherence;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.ifg.StackSources;
import org.dlinsar.ifg.StackTileSize;
import org.dlinsar.ifg.TargetProducts;
import org.dlinsar.ifg.WholeFrameArrays;
import org.dlinsar.inference.HeldModels;
import org.dlinsar.inference.ModelCalls;
import org.dlinsar.inference.ModelRecord;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelsMetadata;
import org.dlinsar.inference.OperatorModels;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.MetadataElement;
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
 * Adds one {@code Unw_Phase_ifg_<suffix>} float32 band (the prefix and unit {@code abs_phase} of
 * SNAP's SnaphuImport, whose name has the dates alone; the suffix keeps the interferogram's tag)
 * per interferogram, or per interferogram named in {@code interferograms}:
 * the unwrapped phase, congruent with the wrapped phase, NaN where masked ({@code mask_ifg_}
 * band when present, else coherence below {@code coherenceThreshold}) or not unwrapped; and
 * beside it one {@code conncomp_ifg_<suffix>} int32 band, its connected components (SNAPHU's
 * conncomp, {@link UnwrappedComponents#frameLabels}): within one the phase was integrated along
 * paths of data, between two only across masked pixels, so their offset in whole cycles is a
 * guess. Every source band, tie-point grid and metadata is carried through.
 *
 * <p>Without detections the whole raster is unwrapped (tiles stitched into one solution, see
 * {@link Unwrappers#classical()}); with {@code detectionsFile}, or a {@code Detections} metadata
 * element in the source, only the patches around the detections, grown by {@code margin}.
 * {@code DL}, the default, runs an unwrapping network ({@link Unwrappers#network}: {@code model},
 * {@code modelFile} or the best bundled one) on patches stitched the same way, and checks it
 * region by region against the classical unwrapper.
 */
@OperatorMetadata(
    alias = "DL-Unwrap",
    label = "DL Unwrap",
    category = "Radar/Interferometric/Deep Learning",
    version = "0.1",
    authors = "DL-InSAR",
    description = "Unwraps interferograms (whole raster or patches around detections): Unw_Phase_ifg_<pair>,"
        + " and their connected components conncomp_ifg_<pair>.")
public final class DlUnwrapOp extends Operator implements NoDataWatch.Holder {

  static final String CLASSICAL = "CLASSICAL";
  static final String DL = "DL";
  /** Target tile edge, at most, when unwrapping patches around detections. */
  static final int PATCH_TILE = 128;
  /** What the target's name adds to its source's (a runner naming it before it is made). */
  public static final String TARGET_SUFFIX = "_unw";
  /** What a band unwrapped over the whole raster holds, after its method. */
  private static final String WHOLE_RASTER = "unwrapped phase over the whole raster, radians;"
      + " NaN where masked or not unwrapped";
  /** What a band of components over the whole raster holds, after its method. */
  private static final String WHOLE_RASTER_COMPONENTS = "connected components of the unwrapped phase"
      + " over the whole raster, each labelled 1 + the frame index (row-major) of its first pixel;"
      + " 0 where the phase is NaN";
  /** What a band unwrapped only in the patches around detections holds, after its method. */
  private static final String AROUND_DETECTIONS = "unwrapped phase in the patches around the"
      + " detections, radians; NaN outside them and where masked or not unwrapped";
  /** What a band of components in the patches around detections holds, after its method. */
  private static final String AROUND_DETECTIONS_COMPONENTS = "connected components of the unwrapped"
      + " phase in the patches around the detections, each labelled 1 + the frame index (row-major)"
      + " of its first pixel; 0 where the phase is NaN";

  @SourceProduct(description = "The interferogram stack.")
  private Product sourceProduct;

  @SourceProducts(description = "Further interferogram stacks of the same raster size, pooled with the first.")
  private Product[] sourceProducts;

  @TargetProduct
  private Product targetProduct;

  @Parameter(valueSet = {DL, CLASSICAL}, defaultValue = DL, notNull = true, label = "Method",
      description = "DL (default): a trained unwrapping network (PUNet) checked region by region"
          + " by CLASSICAL, more pixels right on held-out scenes in twice the time. CLASSICAL:"
          + " minimum-cost flow.")
  private String method;

  @Parameter(defaultValue = "", label = "Model",
      description = "For method DL: the name of a bundled unwrapping model (bin/dlinsar models lists"
          + " them); empty uses the best bundled one.")
  private String model;

  @Parameter(label = "Model file",
      description = "For method DL: your own ONNX unwrapping model instead of a bundled one; its card"
          + " <name>.card.json must lie beside it. Empty: the bundled model ('Model').")
  private File modelFile;

  @Parameter(valueSet = {"AUTO", "CPU", "CUDA"}, defaultValue = "AUTO", label = "Execution provider",
      description = "For method DL: where the network runs. AUTO uses an NVIDIA GPU when the GPU"
          + " build and a device are there, else the CPU; CPU never tries the GPU; CUDA fails"
          + " without one.")
  private String provider;

  @Parameter(label = "Interferograms",
      description = "Suffixes of the interferograms to unwrap, comma-separated, as their bands"
          + " end after i_ifg_ (VV_16Jan2021_28Jan2021: the polarisation tag too, if any). Empty:"
          + " all.")
  private String[] interferograms;

  @Parameter(interval = "[0,1]", defaultValue = "0.3", label = "Coherence threshold",
      description = "Without a mask_ifg_ band, pixels of lower coherence are masked (NaN); 0..1."
          + " Default 0.3: DL-Mask's THRESHOLD default, the cutoff of the simulator's truth masks.")
  private double coherenceThreshold;

  @Parameter(label = "Detections file",
      description = "DL-Detect's detections (.dim of its target, .geojson or .csv): unwrap only around"
          + " them. Empty: the source's Detections metadata if any, else the whole raster.")
  private File detectionsFile;

  @Parameter(interval = "[0,10000]", defaultValue = "32", unit = "pixels", label = "Margin",
      description = "Pixels added around each detection box when unwrapping patches. Default 32:"
          + " Local-SBAS's margin, so that its patches find every pixel unwrapped.")
  private int margin;

  private InterferogramStack stack;
  private PhaseUnwrapper unwrapper;
  private final HeldModels models = new HeldModels();
  private NoDataWatch noData;
  /** How the bands are unwrapped, for their description: the method, and the model for DL. */
  private String how;
  /** The network DL ran, for the product's record; null for CLASSICAL. */
  private ModelRecord modelRecord;
  private final Map<Band, UnwrappedRaster> rasters = new HashMap<>();
  /** The conncomp_ifg_ bands, with the raster of their interferogram. */
  private final Map<Band, UnwrappedRaster> components = new HashMap<>();
  private UnwrappedSpill spill;
  /** Bands of interferograms named later date first ({@link Interferogram#laterFirst}). */
  private final Set<Band> namedLaterFirst = new HashSet<>();

  @Override
  public NoDataWatch noDataWatch() {
    return noData;
  }

  @Override
  public void initialize() throws OperatorException {
    ChoiceParameters.choice("DL-Unwrap", "method", method, DL, CLASSICAL);
    OperatorModels.warnIfUnused("DL-Unwrap", method, model, modelFile, getLogger());
    how = method;
    unwrapper = DL.equals(method) ? openNetwork() : Unwrappers.classical();
    stack = StackSources.readStack("DL-Unwrap", sourceProduct, sourceProducts);
    List<Interferogram> selected = selectedInterferograms();
    List<PixelBox> regions = regions();
    boolean whole = regions.equals(UnwrapRegions.whole(stack.width(), stack.height()));
    checkRegionsFitArrays(regions, whole);
    // says so once every pixel DL-Unwrap reads was read: the raster's, or its patches' (which do
    // not overlap, each read whole), so that patches without data get the line too
    long pixels = regions.stream().mapToLong(r -> (long) r.width() * r.height()).sum();
    noData = new NoDataWatch(selected, pixels,
        whole ? "" : "in the patches around the detections", stack.lineOf("DL-Unwrap"),
        "their Unw_Phase_ifg_ bands are NaN", "every Unw_Phase_ifg_ band is NaN", getLogger()::warning);
    MissingCoherence.warn(selected, stack.lineOf("DL-Unwrap"), "coherenceThreshold masks none of"
        + " them and the unwrapper weighs them alike", getLogger()::warning);
    spill = new UnwrappedSpill(getLogger());
    targetProduct = buildTarget(selected, regions);
  }

  @Override
  public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm) throws OperatorException {
    UnwrappedRaster ofComponents = components.get(targetBand);
    if (ofComponents != null) {
      targetTile.setSamples(ofComponents.components(targetTile.getRectangle()));
      return;
    }
    UnwrappedRaster raster = rasters.get(targetBand);
    if (raster == null) {
      throw new OperatorException("DL-Unwrap computes only Unw_Phase_ifg_* and conncomp_ifg_* bands,"
          + " asked for '" + targetBand.getName() + "'");
    }
    float[] unwrapped = raster.tile(targetTile.getRectangle());
    if (namedLaterFirst.contains(targetBand)) {
      // unwrapped in date order, like every interferogram; the band is signed as it is named
      for (int i = 0; i < unwrapped.length; i++) {
        unwrapped[i] = -unwrapped[i];
      }
    }
    targetTile.setSamples(unwrapped);
  }

  @Override
  public void dispose() {
    if (spill != null) {
      spill.close();
    }
    models.release();
    super.dispose();
  }

  private PhaseUnwrapper openNetwork() {
    return OperatorModels.open("DL-Unwrap", ModelResolver.UNWRAP, model, modelFile, provider,
        ModelCalls.CONCURRENT, session -> {
          how = DL + " (model " + session.card().name() + " " + session.card().version()
              + ", checked by " + CLASSICAL + ")";
          modelRecord = session.record();
          return Unwrappers.network(session);
        }, "method=CLASSICAL", getLogger(), models);
  }


  private List<Interferogram> selectedInterferograms() {
    if (interferograms == null || interferograms.length == 0) {
      return stack.interferograms();
    }
    List<Interferogram> selected = new ArrayList<>();
    for (String suffix : interferograms) {
      Interferogram ifg;
      try {
        ifg = stack.get(suffix.trim());
      } catch (IllegalArgumentException e) {
        throw new OperatorException("DL-Unwrap parameter 'interferograms': " + e.getMessage(), e);
      }
      if (selected.contains(ifg)) {
        throw new OperatorException("DL-Unwrap parameter 'interferograms' names '" + suffix.trim()
            + "' twice: each interferogram gets one Unw_Phase_ifg_ band");
      }
      selected.add(ifg);
    }
    return selected;
  }

  /**
   * Refuses a {@code width x height} frame too large to unwrap whole, in the line
   * {@link #initialize} refuses it with when no detections are given: for a runner that
   * initialises DL-Unwrap only after the steps before it have run (bin/dlinsar-spark, after the
   * tiles) and asks first.
   *
   * @throws OperatorException naming the size and what to give instead
   */
  public static void checkWholeRasterFits(int width, int height) {
    checkRegionsFitArrays(UnwrapRegions.whole(width, height), true);
  }

  /**
   * Refuses, before any tile is computed, a region too large for the arrays it is unwrapped in:
   * the whole raster of a frame over 2^31 pixels (a patch never is one).
   */
  private static void checkRegionsFitArrays(List<PixelBox> regions, boolean whole) {
    for (PixelBox r : regions) {
      WholeFrameArrays.check("DL-Unwrap", whole ? "unwrapping the whole raster as one"
          : "unwrapping the patch at (" + r.x0() + ", " + r.y0() + ") as one", r.width(), r.height(),
          "give the detections (-PdetectionsFile) to unwrap patches around them, or a part of the"
          + " frame (-PpixelRegion=x,y,width,height, or a subset in SNAP); bin/dlinsar-spark"
          + " unwraps it whole on its driver too");
    }
  }

  private List<PixelBox> regions() {
    int w = stack.width();
    int h = stack.height();
    GeoCoding geoCoding = stack.products().get(0).getSceneGeoCoding();
    if (detectionsFile != null && !detectionsFile.getPath().isBlank()) {
      Path file = detectionsFile.toPath();
      return patches(DetectionsInFrame.boxes(DetectionsInFrame.ofFile(file, geoCoding, w, h, "DL-Unwrap",
          getLogger()::warning)), DetectionsInFrame.fromFile(file));
    }
    Product withDetections = stack.products().stream().filter(DetectionsRead::inMetadata)
        .findFirst().orElse(null);
    if (withDetections == null) {
      return UnwrapRegions.whole(w, h);
    }
    String name = withDetections.getName();
    return patches(DetectionsInFrame.boxes(DetectionsInFrame.ofMetadata(withDetections.getMetadataRoot(), name,
        geoCoding, w, h, "DL-Unwrap", "DL-Unwrap", getLogger()::warning)), DetectionsInFrame.fromMetadata(name));
  }

  /**
   * Refuses the detections in the {@code Detections} metadata ({@code metadataRoot}) of the
   * product named {@code productName} that DL-Unwrap reads, for a {@code width x height} frame on
   * {@code geoCoding}, in the line {@link #initialize} refuses them with (a box outside the frame,
   * the detections of another crop: {@link DetectionsInFrame}; an unreadable element), saying
   * nothing of the boxes it would clip: for a runner that initialises DL-Unwrap only after the
   * steps before it have run (bin/dlinsar-spark, after the tiles) and asks first.
   *
   * @throws OperatorException naming the product, and the detection at fault
   */
  public static void checkDetectionsInMetadata(MetadataElement metadataRoot, String productName,
      GeoCoding geoCoding, int width, int height) {
    DetectionsInFrame.ofMetadata(metadataRoot, productName, geoCoding, width, height, "DL-Unwrap", "DL-Unwrap",
        line -> { });
  }

  /**
   * Refuses the detections {@code detectionsFile} names for a {@code width x height} frame on
   * {@code geoCoding}, in the line {@link #initialize} refuses them with (a file it cannot read, a
   * box outside the frame, the detections of another crop: {@link DetectionsInFrame}), saying
   * nothing of the boxes it would clip: for a runner that initialises DL-Unwrap only after the
   * steps before it have run (bin/dlinsar-spark, after the tiles) and asks first.
   *
   * @throws OperatorException naming the file, and the detection at fault
   */
  public static void checkDetectionsFile(Path detectionsFile, GeoCoding geoCoding, int width, int height) {
    DetectionsInFrame.ofFile(detectionsFile, geoCoding, width, height, "DL-Unwrap", line -> { });
  }

  private List<PixelBox> patches(List<PixelBox> boxes, String from) {
    try {
      List<PixelBox> regions = UnwrapRegions.around(boxes, margin, stack.width(), stack.height());
      getLogger().info(() -> "DL-Unwrap: " + boxes.size() + " detection(s) from " + from + ", "
          + regions.size() + " patch(es) of margin " + margin + " unwrapped, NaN elsewhere");
      return regions;
    } catch (IllegalArgumentException e) {
      throw new OperatorException("DL-Unwrap: " + from + ": " + e.getMessage(), e);
    }
  }

  private Product buildTarget(List<Interferogram> selected, List<PixelBox> regions) {
    Set<String> names = new HashSet<>();
    for (Interferogram ifg : selected) {
      names.add(BandNames.unwrappedPhase(ifg.suffix()));
      names.add(BandNames.components(ifg.suffix()));
    }
    Product target = TargetProducts.carryingSources(stack, TARGET_SUFFIX, names);
    // no patch to unwrap (no detection): the network opened but ran on no pixel
    ModelsMetadata.put(target, "DL-Unwrap", regions.isEmpty() ? null : modelRecord);
    Dimension tile = StackTileSize.of(stack);
    boolean whole = regions.equals(UnwrapRegions.whole(stack.width(), stack.height()));
    if (!whole) {
      // a reader of one patch (a Local-SBAS task) unwraps the regions its tiles touch: small
      // tiles keep those to the patch and its neighbours; a region is unwrapped once however cut
      tile = new Dimension(Math.min(tile.width, PATCH_TILE), Math.min(tile.height, PATCH_TILE));
    }
    target.setPreferredTileSize(tile);
    // a component's label is 1 + its first pixel's frame index: an int below 2^31 - 1
    boolean labelled = (long) stack.width() * stack.height() < Integer.MAX_VALUE;
    if (!labelled) {
      getLogger().info("DL-Unwrap: no conncomp_ifg_ bands for a frame of " + stack.width() + " x "
          + stack.height() + " pixels, over 2^31 - 2, which a component's int32 label cannot name");
    }
    for (Interferogram ifg : selected) {
      Band band = target.addBand(BandNames.unwrappedPhase(ifg.suffix()), ProductData.TYPE_FLOAT32);
      band.setUnit(BandNames.UNIT_ABS_PHASE);
      band.setNoDataValue(Double.NaN);
      band.setNoDataValueUsed(true);
      band.setDescription(BandProvenance.description("DL-Unwrap", how,
          whole ? WHOLE_RASTER : AROUND_DETECTIONS));
      UnwrappedRaster raster = new UnwrappedRaster(reader(ifg, selected.indexOf(ifg)), unwrapper, regions,
          stack.width(), spill);
      rasters.put(band, raster);
      if (ifg.laterFirst()) {
        namedLaterFirst.add(band);
      }
      if (!labelled) {
        continue;
      }
      Band labels = target.addBand(BandNames.components(ifg.suffix()), ProductData.TYPE_INT32);
      labels.setNoDataValue(0);
      labels.setNoDataValueUsed(true);
      labels.setDescription(BandProvenance.description("DL-Unwrap", how,
          whole ? WHOLE_RASTER_COMPONENTS : AROUND_DETECTIONS_COMPONENTS));
      components.put(labels, raster);
    }
    return target;
  }

  /**
   * Whether DL-Unwrap made {@code band} only in patches around detections, so that it is NaN
   * around other ones (DL-Detect leaves such bands out). A band of DL-Unwrap that does not say it
   * covers the whole raster counts as patches: an earlier build described both alike.
   */
  public static boolean unwrappedAroundDetections(Band band) {
    String what = BandProvenance.what(band);
    return BandProvenance.madeBy(band, "DL-Unwrap") && !WHOLE_RASTER.equals(what)
        && !WHOLE_RASTER_COMPONENTS.equals(what);
  }

  /** Reads interferogram {@code ifg}, number {@code index} of the selected ones. */
  private UnwrappedRaster.Source reader(Interferogram ifg, int index) {
    Band mask = stack.maskBandOf(ifg);
    return (region, phase, coherence, weight) -> {
      Rectangle r = region.rectangle();
      InterferogramTile tile = InterferogramTiles.read(this, ifg, r);
      noData.seen(index, r, tile);
      float[] maskSamples = mask == null ? null : getSourceTile(mask, r).getSamplesFloat();
      float[] bandCoherence = ifg.hasCoherence() ? tile.coherence() : null;
      UnwrapInput.of(tile.real(), tile.imaginary(), bandCoherence, maskSamples, (float) coherenceThreshold,
          phase, weight);
      if (bandCoherence != null) {
        System.arraycopy(bandCoherence, 0, coherence, 0, coherence.length);
      } else {
        Arrays.fill(coherence, 1f); // as the weight takes it without a coherence band (UnwrapInput)
      }
    };
  }

  /** Registers DL-Unwrap with GPF. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(DlUnwrapOp.class);
    }
  }
}
