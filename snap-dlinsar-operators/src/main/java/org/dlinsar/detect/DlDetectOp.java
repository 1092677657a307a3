package org.dlinsar.detect;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.files.BesideTarget;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.ChoiceParameters;
import org.dlinsar.ifg.StackSources;
import org.dlinsar.ifg.TargetProducts;
import org.dlinsar.inference.HeldModels;
import org.dlinsar.inference.ModelCalls;
import org.dlinsar.inference.ModelRecord;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelsMetadata;
import org.dlinsar.inference.OperatorModels;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.PartedOperator;
import org.dlinsar.parts.Parts;
import org.esa.snap.core.datamodel.Band;
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
 * Detects small moving targets and adds them to the product (CONTRACT.md sections 2 and 3): a
 * {@code Detections} metadata element, a {@code detection_id} int32 band (the id inside its box,
 * 0 elsewhere) and, where {@code detectionsFile} says, the GeoJSON and CSV files. Every source
 * band, tie-point grid, geocoding and metadata is carried through, but for what was made around
 * the detections it replaces ({@link EarlierResults}).
 *
 * <p>{@code mode=LANDSLIDE} reads a gradient stack ({@code grad_az}, {@code grad_rg},
 * {@code grad_count}, see {@link GradientStackDetector}); {@code mode=SUBSIDENCE} reads wrapped
 * interferograms, and finds the bowls in the gradient stack too when a source has one
 * ({@link SubsidenceRun#classical}). {@code method=CLASSICAL} is the blob detector of those
 * classes; {@code DL} runs a detection network: on the gradient stack
 * ({@link LandslideNetwork}) or on each interferogram ({@link SubsidenceNetwork}).
 *
 * <p>Detection needs the whole frame (a target on a tile border is one detection), so it runs
 * once, in {@link #initialize()}, streaming the sources a strip of rows at a time (memory bounded
 * by the strips); {@code detection_id} tiles are then drawn from the list, and the metadata is in
 * place before a writer writes the header. The scan's strips (LANDSLIDE) or interferograms and
 * strips (SUBSIDENCE) are its {@link #parts()}: bin/dlinsar-spark has Spark tasks compute them
 * ({@link PartedOperator}). Where GPF writes the product is not known to an
 * operator (SNAP's Write writes a copy), so the files go where {@code detectionsFile} says: a
 * graph passes its {@code ${output}} (graphs/detect.xml).
 */
@OperatorMetadata(
    alias = "DL-Detect",
    label = "DL Detect",
    category = "Radar/Interferometric/Deep Learning",
    version = "0.1",
    authors = "DL-InSAR",
    description = "Detects landslides in a gradient stack or subsidence bowls in interferograms:"
        + " Detections metadata, detection_id band, GeoJSON and CSV.")
public final class DlDetectOp extends Operator implements PartedOperator {

  /** What the target's name adds to its source's (a runner naming it before it is made). */
  public static final String TARGET_SUFFIX = "_det";
  static final String LANDSLIDE = "LANDSLIDE";
  static final String SUBSIDENCE = "SUBSIDENCE";
  static final String CLASSICAL = "CLASSICAL";
  static final String DL = "DL";

  @SourceProduct(description = "The gradient stack (LANDSLIDE) or interferogram stack (SUBSIDENCE).")
  private Product sourceProduct;

  @SourceProducts(description = "Further products of the same raster size: interferograms, elevation.")
  private Product[] sourceProducts;

  @TargetProduct
  private Product targetProduct;

  @Parameter(valueSet = {LANDSLIDE, SUBSIDENCE}, defaultValue = LANDSLIDE, notNull = true,
      label = "Mode",
      description = "LANDSLIDE (moving slopes, on a gradient stack) or SUBSIDENCE (bowls, on"
          + " wrapped interferograms; found in their gradient stack when the product has one).")
  private String mode;

  // DL is the default: joined with the classical scan it finds at least what CLASSICAL does on
  // held-out scenes, more slides (cards)
  @Parameter(valueSet = {CLASSICAL, DL}, defaultValue = DL, notNull = true,
      label = "Method",
      description = "DL (default): a trained detection network, joined with CLASSICAL's"
          + " detections where its card says so. CLASSICAL: blob detection at several scales,"
          + " scored against the scene's noise.")
  private String method;

  @Parameter(defaultValue = "", label = "Model",
      description = "For method DL: the name of a bundled detection model (bin/dlinsar models"
          + " lists them); empty uses the best bundled one of the mode.")
  private String model;

  @Parameter(label = "Model file",
      description = "For method DL: your own ONNX detection model instead of a bundled one; its"
          + " card <name>.card.json must lie beside it. Empty: the bundled model ('Model').")
  private File modelFile;

  @Parameter(valueSet = {"AUTO", "CPU", "CUDA"}, defaultValue = "AUTO", label = "Execution provider",
      description = "For method DL: where the network runs. AUTO uses an NVIDIA GPU when the GPU"
          + " build and a device are there, else the CPU; CPU never tries the GPU; CUDA fails"
          + " without one.")
  private String provider;

  @Parameter(interval = "[0,1]", defaultValue = "0.5", label = "Minimum score",
      description = "Detections scoring below this (0 to 1) are dropped: lower finds more, and"
          + " more false alarms. Default 0.5: each method's operating point on simulated tuning"
          + " scenes (see Help).")
  private double minScore;

  @Parameter(interval = "[0,90]", defaultValue = "10", unit = "deg", label = "Minimum slope",
      description = "LANDSLIDE with an elevation band: boxes whose slope (upper quartile and"
          + " middle third's median) is lower are dropped. Default 10: keeps simulated gentle"
          + " slides, drops bowls.")
  private double minSlope;

  @Parameter(interval = "[0,90]", defaultValue = "12", unit = "deg", label = "Steepest bowl slope",
      description = "SUBSIDENCE with an elevation band: blobs whose box's middle third is this"
          + " steep (median) are slopes, not bowls, and dropped; 90 keeps all. Default 12: tuned"
          + " on simulated bowls.")
  private double maxBowlSlope;

  @Parameter(interval = "[0,1]", defaultValue = "0.3", label = "Largest line share",
      description = "Boxes on a line across the frame (a seam, a fault creeping) that explains more"
          + " than this share of their gradients (0 to 1) are dropped; 1 keeps all. Default 0.3:"
          + " see Help.")
  private double maxLineShare;

  @Parameter(interval = "[-1,44]", defaultValue = "-1", unit = "deg", label = "Largest line tilt",
      description = "How far off the axes the line filter follows a line, 0 to 44. Default -1: 20 on"
          + " a map grid, 0 in radar geometry; see Help.")
  private double maxLineTilt;

  @Parameter(label = "Detections file",
      description = "GeoJSON file to write (.geojson, CSV beside it), or the target .dim to write"
          + " <name>.detections.geojson and .csv beside it. Empty: beside the target product when"
          + " it is written.")
  private File detectionsFile;

  private PartRunner partRunner;
  private LandslideNetwork landslideNetwork;
  private SubsidenceNetwork subsidenceNetwork;
  private final HeldModels models = new HeldModels();
  private List<Detection> detections;
  /** The network that ran (method DL), else null. */
  private ModelRecord network;
  /** What the slope filter did ({@link SlopeFilter#landslideRule}). */
  private String slopeFilter;
  /** What the line filter did ({@link LineFilter#rule}). */
  private String lineFilter;
  private Band idBand;
  /** The files beside the target when no detectionsFile names them; null when one does. */
  private BesideTarget besideTarget;
  /** Source bands kept by the scan, by the target band that serves them ({@link HeldBands}). */
  private final Map<Band, Band> heldCopies = new HashMap<>();
  private HeldBands held = HeldBands.NONE;
  private Wgs84Positions positions = Wgs84Positions.WGS84;

  @Override
  public void initialize() throws OperatorException {
    ChoiceParameters.choice("DL-Detect", "mode", mode, LANDSLIDE, SUBSIDENCE);
    ChoiceParameters.choice("DL-Detect", "method", method, CLASSICAL, DL);
    if (PartRunner.writesFiles(partRunner) && detectionsFile != null && !detectionsFile.getPath().isBlank()) {
      detectionFiles(detectionsFile.toPath()); // refused before any work
    }
    OperatorModels.warnIfUnused("DL-Detect", method, model, modelFile, getLogger());
    Product[] sources = sources();
    DetectionRun run = new DetectionRun(this, sources, getLogger());
    if (LANDSLIDE.equals(mode)) {
      LandslideRun landslides = new LandslideRun(run, boxRules());
      detections = DL.equals(method)
          ? landslides.byNetwork(this::landslideNetwork, partRunner, minScore)
          : landslides.classical(partRunner, minScore);
    } else {
      SubsidenceRun subsidence = new SubsidenceRun(run, bowlRules());
      detections = DL.equals(method)
          ? subsidence.byNetwork(this::subsidenceNetwork, partRunner, minScore)
          : subsidence.classical(partRunner, minScore);
      if (PartRunner.writesFiles(partRunner)) {
        subsidence.warnOfInterferogramsWithoutData();
      }
    }
    if (PartRunner.writesFiles(partRunner)) {
      run.warnWhereAtmosphereLooksLikeMotion();
    }
    held = run.held();
    positions = run.positions();
    String notWgs84 = positions.warning("the detections' lon/lat", "a GeoJSON's");
    if (notWgs84 != null) {
      getLogger().warning("DL-Detect: product '" + sources[0].getName() + "': " + notWgs84);
    }
    SlopeFilter slopes = new SlopeFilter(run);
    slopeFilter = LANDSLIDE.equals(mode) ? slopes.landslideRule(minSlope)
        : slopes.bowlRule(maxBowlSlope);
    lineFilter = new LineFilter(run, maxLineTilt).rule(maxLineShare);
    targetProduct = buildTarget(sources);
    getLogger().info(() -> "DL-Detect mode=" + mode + ": " + detections.size()
        + " detection(s) at score >= " + minScore);
    writeFiles();
  }

  /**
   * LANDSLIDE: the strips of the scan of the gradient stack (the blob scan of CLASSICAL, the
   * network's pass of DL); SUBSIDENCE: the strips of the gradient stack's scan when the source
   * has one, else one part per interferogram (its blob scan), and with DL one part per
   * interferogram before them (its bowl probability and regions).
   */
  @Override
  public Parts<?> parts() {
    DetectionRun run = new DetectionRun(this, sources(), getLogger());
    if (LANDSLIDE.equals(mode)) {
      return DL.equals(method)
          ? new LandslideRun(run, boxRules()).networkParts(this::landslideNetwork, minScore)
          : run.blobStrips(GradientStackDetector.Target.LANDSLIDE);
    }
    SubsidenceRun subsidence = new SubsidenceRun(run, bowlRules());
    return DL.equals(method) ? subsidence.networkParts(this::subsidenceNetwork)
        : subsidence.bowlParts();
  }

  @Override
  public void setPartRunner(PartRunner runner) {
    this.partRunner = runner;
  }

  private LandslideRun.BoxRules boxRules() {
    return new LandslideRun.BoxRules(minSlope, maxLineShare, maxLineTilt);
  }

  private SubsidenceRun.BowlRules bowlRules() {
    return new SubsidenceRun.BowlRules(maxBowlSlope, maxLineShare, maxLineTilt);
  }

  /** The landslide network, opened once per operator (a run asks for it at several steps). */
  private synchronized LandslideNetwork landslideNetwork() {
    if (landslideNetwork == null) {
      landslideNetwork = OperatorModels.open("DL-Detect", ModelResolver.DETECT_LANDSLIDE, model,
          modelFile, provider, ModelCalls.ONE_AT_A_TIME, LandslideNetwork::new, "method=CLASSICAL",
          getLogger(), models);
    }
    return landslideNetwork;
  }

  /** The subsidence network, opened once per operator. */
  private synchronized SubsidenceNetwork subsidenceNetwork() {
    if (subsidenceNetwork == null) {
      subsidenceNetwork = OperatorModels.open("DL-Detect", ModelResolver.DETECT_SUBSIDENCE, model,
          modelFile, provider, ModelCalls.ONE_AT_A_TIME, SubsidenceNetwork::new, "method=CLASSICAL",
          getLogger(), models);
    }
    return subsidenceNetwork;
  }

  /** The sources as given (before initialize() injects the fields too), of one raster size. */
  private Product[] sources() {
    Product[] sources = StackSources.of(getSourceProduct(), getSourceProducts());
    checkOneRasterSize(sources);
    return sources;
  }

  /** Serves cancellation checks to the detection run, from any of its threads. */
  void cancelIfAsked() {
    checkForCancellation();
  }

  @Override
  public void computeTile(Band targetBand, Tile targetTile, ProgressMonitor pm)
      throws OperatorException {
    if (besideTarget != null) {
      besideTarget.writeOnceWritten();
    }
    Band heldSource = heldCopies.get(targetBand);
    if (heldSource != null) {
      serveHeld(heldSource, targetTile);
      return;
    }
    if (targetBand != idBand) {
      throw new OperatorException("DL-Detect computes only its detection_id band, asked for '"
          + targetBand.getName() + "'");
    }
    Rectangle tile = targetTile.getRectangle();
    int[] ids = new int[tile.width * tile.height];
    // the weakest first, so that the strongest of overlapping boxes is drawn last and shows
    for (int k = detections.size() - 1; k >= 0; k--) {
      Detection d = detections.get(k);
      Rectangle box = d.box().rectangle().intersection(tile);
      if (box.isEmpty()) {
        continue;
      }
      for (int y = box.y; y < box.y + box.height; y++) {
        int row = (y - tile.y) * tile.width - tile.x;
        Arrays.fill(ids, row + box.x, row + box.x + box.width, d.id());
      }
    }
    targetTile.setSamples(ids);
  }

  @Override
  public void dispose() {
    held = HeldBands.NONE;
    models.release();
    super.dispose();
  }

  /** A source band the scan kept: from memory the first time, else from the source. */
  private void serveHeld(Band source, Tile targetTile) {
    Rectangle r = targetTile.getRectangle();
    float[] values = new float[r.width * r.height];
    if (held.serve(source, r, values)) {
      targetTile.setSamples(values);
    } else {
      targetTile.setRawSamples(getSourceTile(source, r).getRawSamples());
    }
  }

  private static void checkOneRasterSize(Product[] sources) {
    for (Product other : sources) {
      if (other.getSceneRasterWidth() != sources[0].getSceneRasterWidth()
          || other.getSceneRasterHeight() != sources[0].getSceneRasterHeight()) {
        throw new OperatorException("DL-Detect: source products differ in raster size: '"
            + sources[0].getName() + "' is " + sources[0].getSceneRasterWidth() + " x "
            + sources[0].getSceneRasterHeight() + " but '" + other.getName() + "' is "
            + other.getSceneRasterWidth() + " x " + other.getSceneRasterHeight());
      }
    }
  }

  private Product buildTarget(Product[] sources) {
    Set<Band> whole = held.whole();
    Set<String> replaced = new HashSet<>(Set.of(BandNames.DETECTION_ID));
    EarlierResults earlier = EarlierResults.in(sources);
    replaced.addAll(earlier.bands());
    Product target = TargetProducts.carryingSources(List.of(sources), TARGET_SUFFIX, replaced, whole);
    String leftOut = earlier.dropMetadata(target);
    if (leftOut != null) {
      getLogger().warning(leftOut);
    }
    // the gradient stack read by the scan, served from memory instead of computed again
    heldCopies.clear();
    for (Band source : whole) {
      // a name met twice is carried from the first source that has it
      Band carried = Arrays.stream(sources).map(p -> p.getBand(source.getName()))
          .filter(b -> b != null).findFirst().orElse(null);
      if (carried == source) {
        heldCopies.put(target.getBand(source.getName()), source);
      }
    }
    idBand = target.addBand(BandNames.DETECTION_ID, ProductData.TYPE_INT32);
    idBand.setDescription("DL-Detect: id of the detection whose box holds the pixel, 0 elsewhere");
    if (!target.containsRasterDataNode(BandNames.DETECTIONS_MASK)) {
      // SNAP Desktop lists it in the Mask Manager: the boxes as an overlay on any band
      target.addMask(BandNames.DETECTIONS_MASK, BandNames.DETECTION_ID + " > 0", "DL-Detect: pixels inside a detection's box",
          Color.ORANGE, 0.5);
    }
    MetadataElement root = target.getMetadataRoot();
    MetadataElement old = root.getElement(DetectionsMetadata.ELEMENT);
    if (old != null) {
      root.removeElement(old);
    }
    network = !DL.equals(method) ? null
        : LANDSLIDE.equals(mode) ? landslideNetwork().record() : subsidenceNetwork().record();
    root.addElement(DetectionsMetadata.of(detections, mode, method,
        network == null ? null : network.nameAndVersion(), slopeFilter, lineFilter, positions));
    ModelsMetadata.put(target, "DL-Detect", network);
    return target;
  }

  private void writeFiles() {
    if (!PartRunner.writesFiles(partRunner)) {
      return;
    }
    if (detectionsFile == null || detectionsFile.getPath().isBlank()) {
      getLogger().info("DL-Detect: no detectionsFile given, so the GeoJSON and CSV go beside this"
          + " product's file when it is written as it is (-t, or a Write right after DL-Detect);"
          + " the detections are in the Detections metadata and the detection_id band");
      besideTarget = new BesideTarget(targetProduct, this::writeFiles);
      return;
    }
    writeFiles(detectionsFile.toPath());
  }

  /** Writes the GeoJSON and CSV the detectionsFile path names (CONTRACT.md section 3). */
  private void writeFiles(Path detectionsPath) {
    DetectionFiles files = detectionFiles(detectionsPath);
    Path header = DetectionFiles.productHeader(detectionsPath);
    DetectionsOrigin origin = new DetectionsOrigin(header != null ? header.getFileName().toString()
        : targetProduct.getName(), mode, method, network, Instant.now(), positions.keptDatum(),
        positions.shiftedFrom());
    try {
      files.write(detections, origin);
    } catch (IOException e) {
      throw new OperatorException("DL-Detect: " + e.getMessage(), e);
    }
    getLogger().info(() -> "DL-Detect: wrote " + files.geoJson() + " and " + files.csv());
  }

  /**
   * Refuses, in the line {@link #initialize} refuses it with before any work, a
   * {@code detectionsFile} whose files cannot be written (a folder, a {@code .csv}, a name
   * longer than a file name may be): for a runner that initialises DL-Detect only after the
   * steps before it have run (bin/dlinsar-spark, after the tiles) and asks first.
   *
   * @throws OperatorException naming the file and what to give instead
   */
  public static void checkDetectionsFile(Path detectionsFile) {
    detectionFiles(detectionsFile);
  }

  /**
   * Refuses a {@code width x height} frame too large for mode=SUBSIDENCE method=DL, whose bowl
   * probability is one array of the frame, in the line {@link #initialize} refuses it with: for a
   * runner that initialises DL-Detect only after the steps before it have run (bin/dlinsar-spark,
   * after the tiles) and asks first.
   *
   * @throws OperatorException naming the size and what to give instead
   */
  public static void checkSubsidenceNetworkFits(int width, int height) {
    SubsidenceRun.checkProbabilityFits(width, height);
  }

  /** The files the detectionsFile path names, refused when they cannot be written there. */
  private static DetectionFiles detectionFiles(Path detectionsPath) {
    try {
      DetectionFiles files = DetectionFiles.forParameter(detectionsPath);
      files.checkNamesFit();
      return files;
    } catch (IllegalArgumentException e) {
      throw new OperatorException("DL-Detect: " + e.getMessage(), e);
    }
  }

  /** Registers DL-Detect with GPF. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(DlDetectOp.class);
    }
  }
}
