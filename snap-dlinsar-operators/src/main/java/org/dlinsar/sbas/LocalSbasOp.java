package org.dlinsar.sbas;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dlinsar.detect.DetectionBox;
import org.dlinsar.detect.DetectionsInFrame;
import org.dlinsar.detect.Wgs84Positions;
import org.dlinsar.files.BesideTarget;
import org.dlinsar.ifg.AcquisitionEra;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.ChoiceParameters;
import org.dlinsar.ifg.InterferogramReads;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.LineOfSight;
import org.dlinsar.ifg.MissingCoherence;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.ifg.PerpendicularBaselines;
import org.dlinsar.ifg.StackSources;
import org.dlinsar.ifg.TargetProducts;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.PartedOperator;
import org.dlinsar.parts.Parts;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.unwrap.PhaseUnwrapper;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
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
 * Small-baseline time series on patches around detections (CONTRACT.md sections 2, 4 to 6):
 * {@code velocity} and {@code velocity_std} (mm/year), {@code disp_<ddMMMyyyy>} (mm) per acquisition, {@code rms_residual}
 * (mm) and {@code temporal_coherence}, NaN outside the patches; the time-series CSV where
 * {@code timeSeriesFile} says; a {@code Local_SBAS} metadata element. The algorithm is
 * {@link PatchSbas}; sources are carried through.
 *
 * <p>{@code scope=PATCHES}: the patches are few and small, and the CSV and the metadata need their
 * results before a writer writes the header, so all of them run in {@link #initialize()}, in
 * parallel (memory: one patch's interferograms per thread, plus the patches' outputs), and tiles
 * are then laid from them; the patches are its {@link #parts()}, which bin/dlinsar-spark has Spark
 * tasks compute ({@link PartedOperator}). {@code scope=FULL}: every target tile is one patch without a detection
 * (its reference is the tile's own stable coherent pixels), computed when the tile is asked for,
 * so the saving of detection-first can be measured.
 */
@OperatorMetadata(
    alias = "Local-SBAS",
    label = "Local SBAS",
    category = "Radar/Interferometric/Deep Learning",
    version = "0.1",
    authors = "DL-InSAR",
    description = "Small-baseline time series on patches around detections: velocity,"
        + " displacement per date, residual, temporal coherence and a time-series CSV.")
public final class LocalSbasOp extends Operator implements PartedOperator {

  static final String PATCHES = "PATCHES";
  static final String FULL = "FULL";
  /** What the target's name adds to its source's (a runner naming it before it is made). */
  public static final String TARGET_SUFFIX = "_sbas";
  /**
   * Block side of scope FULL, blocks from the frame's origin each one patch; also its target's
   * preferred tile size, so that each block is solved once for the tile that covers it.
   */
  static final int FULL_TILE = 256;

  @SourceProduct(description = "The interferogram stack, with Detections metadata unless"
      + " detectionsFile is given.")
  private Product sourceProduct;

  @SourceProducts(description = "Further interferogram stacks of the same raster size.")
  private Product[] sourceProducts;

  @TargetProduct
  private Product targetProduct;

  @Parameter(valueSet = {PATCHES, FULL}, defaultValue = PATCHES, notNull = true, label = "Scope",
      description = "PATCHES (around each detection) or FULL (every pixel, tile by tile).")
  private String scope;

  @Parameter(label = "Detections file",
      description = "DL-Detect's GeoJSON or CSV, or its product's .dim (<name>.detections.geojson"
          + " beside it); empty: the source's Detections metadata.")
  private File detectionsFile;

  @Parameter(interval = "[4,512]", defaultValue = "32", unit = "pixels", label = "Margin",
      description = "Pixels added around each detection's box; the outer half is the reference"
          + " ring. Default 32: velocity errors hardly change from 8 to 48, and 32 keeps the ring"
          + " off the motion.")
  private int margin;

  @Parameter(label = "Time-series file",
      description = "CSV to write (.csv), or the target .dim (or its name without .dim) to write"
          + " <name>.timeseries.csv beside it; empty: beside the target product's file when this"
          + " product is the one written.")
  private File timeSeriesFile;

  @Parameter(defaultValue = "true", label = "Fit the DEM's error",
      description = "Fit the DEM's error through the dates' perpendicular baselines"
          + " (Abstracted_Metadata/Baselines), take it out of the series and write dem_error (m).")
  private boolean demError;

  @Parameter(interval = "[0.05,1]", defaultValue = "0.3", label = "Least LOS sensitivity",
      description = "velocity_downslope (and its std) is NaN where the line of sight sees less than this share |C|"
          + " of a motion down the slope. Default 0.3: below it the error exceeds the velocity (README).")
  private double minLosSensitivity;

  @Parameter(interval = "[0,60]", defaultValue = "10", unit = "degrees", label = "Least slope",
      description = "velocity_downslope (and its std) is NaN on slopes flatter than this, which have no downslope"
          + " direction. Default 10: DL-Detect's minSlope, below which it reports no landslide.")
  private double minSlope;

  private InterferogramStack stack;
  private SbasInversion inversion;
  /** The baselines the DEM error is fitted with; null when none is. */
  private PerpendicularBaselines baselines;
  /** Why no DEM error is fitted, or that one is: the metadata's {@code dem_error}. */
  private String demErrorNote;
  /** The line of sight velocities are projected down the slope with; null when none is. */
  private LineOfSight lineOfSight;
  private DownslopeProjection downslope;
  /** Whether velocities are projected down the slope, or why not: the metadata's {@code velocity_downslope}. */
  private String downslopeNote;
  private PatchReader reader;
  private PhaseUnwrapper unwrapper;
  private List<DetectionBox> detections = List.of();
  private PartRunner partRunner;
  /** The CSV beside the target when no timeSeriesFile names it; null when one does. */
  private BesideTarget besideTarget;
  private PatchMosaic mosaic;
  /** scope=FULL: the frame's fixed blocks, each a patch. */
  private FullScopeBlocks fullBlocks;
  private SbasBands bands;
  /** The heap patches and blocks are measured against; 0: this JVM's maximum. */
  private long heapBytes;

  /** Replaces the unwrapper (tests; the default is the classical one). */
  void useUnwrapper(PhaseUnwrapper replacement) {
    this.unwrapper = replacement;
  }

  /** Measures patches and blocks against a heap of this size (tests; default this JVM's). */
  void useHeapBytes(long bytes) {
    this.heapBytes = bytes;
  }

  private long heapBytes() {
    return heapBytes > 0 ? heapBytes : Runtime.getRuntime().maxMemory();
  }

  @Override
  public void initialize() throws OperatorException {
    ChoiceParameters.choice("Local-SBAS", "scope", scope, PATCHES, FULL);
    timeSeriesCsv(); // refused before any work
    Product[] sources = sources();
    SbasNetwork network = prepare(sources);
    AcquisitionEra.warnOfDatesOutside(stack.acquisitionDates(), stack.lineOf("Local-SBAS"), "velocities are per year of"
        + " the dates and disp_<date> bands are named by them, so a wrong date skews both", getLogger());
    MissingCoherence.warn(stack.interferograms(), stack.lineOf("Local-SBAS"), "the inversion weighs them alike and the reference"
        + " ring takes their pixels for stable ground; DL-Mask needs the bands, and weighs better",
        getLogger()::warning);
    PatchWarnings warnings = new PatchWarnings(stack, margin, getLogger()::warning);
    warnings.unlinkedDates(network);
    reader.unwrappedBandsLeft("Local-SBAS").ifPresent(getLogger()::warning);
    if (demError && baselines == null) {
      getLogger().info("Local-SBAS: no DEM error fitted: " + demErrorNote);
    }
    if (lineOfSight == null) {
      getLogger().info("Local-SBAS: no velocity_downslope: " + downslopeNote);
    }
    targetProduct = buildTarget(sources, network);
    if (PATCHES.equals(scope)) {
      detections = readDetections(sources[0], getLogger()::warning);
      runPatches(network, warnings);
    } else {
      targetProduct.setPreferredTileSize(FULL_TILE, FULL_TILE);
      reader.watchNoData(new NoDataWatch(stack.interferograms(), stack.width(), stack.height(), stack.lineOf("Local-SBAS"),
          "they take no part in the inversion", "every band Local-SBAS adds is NaN", getLogger()::warning));
      // more than one interferogram at once on frames of fewer blocks than threads
      int readsAtOnce = InterferogramReads.atOnceInTiles(stack.width(), stack.height(), FULL_TILE,
          FULL_TILE);
      fullBlocks = new FullScopeBlocks(stack.width(), stack.height(), FULL_TILE, fullBlocksAtOnce(network),
          FullScopeBlocks.blocksKept(heapBytes(), Math.min(FULL_TILE, stack.width()),
              Math.min(FULL_TILE, stack.height()), network.dateCount()),
          box -> new PatchSbas(inversion.sharingPatterns(), unwrapper, baselines).run(
              reader.read(box, readsAtOnce), null, List.of(), 0));
    }
  }

  /** scope=FULL: blocks solved at once for this heap; refused when not even one fits. */
  private int fullBlocksAtOnce(SbasNetwork network) {
    try {
      return FullScopeBlocks.blocksAtOnce(heapBytes(),
          Runtime.getRuntime().availableProcessors(), Math.min(FULL_TILE, stack.width()),
          Math.min(FULL_TILE, stack.height()), stack.size(), network.dateCount());
    } catch (IllegalArgumentException e) {
      throw new OperatorException("Local-SBAS scope=FULL: " + e.getMessage(), e);
    }
  }

  /**
   * scope=PATCHES: one part per detection, the time series of its patch; none for FULL, whose
   * patches are the target's tiles.
   */
  @Override
  public Parts<?> parts() {
    if (!PATCHES.equals(scope)) {
      return Parts.none();
    }
    Product[] sources = sources();
    prepare(sources);
    detections = readDetections(sources[0], line -> { });
    return patches();
  }

  /** The patches around the detections, one part each. */
  private DetectionPatches patches() {
    return new DetectionPatches(detections, margin, stack, reader,
        () -> new PatchSbas(inversion.sharingPatterns(), unwrapper, baselines), heapBytes(),
        this::checkForCancellation);
  }

  @Override
  public void setPartRunner(PartRunner runner) {
    this.partRunner = runner;
  }

  /** The sources as given (before initialize() injects the fields too). */
  private Product[] sources() {
    return StackSources.of(getSourceProduct(), getSourceProducts());
  }

  /** The stack, its inversion, reader and unwrapper; returns the stack's network. */
  private SbasNetwork prepare(Product[] sources) {
    try {
      stack = InterferogramStack.of(sources);
      // masks and elevation are checked for the scene's size here
      reader = new PatchReader(this, stack);
    } catch (IllegalArgumentException e) {
      throw new OperatorException("Local-SBAS: " + e.getMessage(), e);
    }
    SbasNetwork network = SbasNetwork.of(stack.interferograms().stream()
        .map(ifg -> ifg.pair()).toList(), stack.acquisitionTimes());
    // at least half of the pairs (CONTRACT.md section 4): 3 of 5
    inversion = new SbasInversion(network, stack.wavelengthMetres(),
        Math.max(1, (network.pairCount() + 1) / 2));
    if (unwrapper == null && !reader.readsUnwrapped()) {
      unwrapper = SbasDefaults.unwrapper();
    }
    prepareDemError(network);
    prepareDownslope();
    return network;
  }

  /** The line of sight that projects velocities down the slope, when the stack has elevation and the metadata allow. */
  private void prepareDownslope() {
    lineOfSight = null;
    downslope = new DownslopeProjection(DownslopeProjection.WINDOW, minSlope);
    if (!reader.hasElevation()) {
      downslopeNote = "no " + BandNames.ELEVATION + " band, so no slope";
      return;
    }
    String why = null;
    for (Product product : stack.products()) {
      LineOfSight found = LineOfSight.of(product);
      if (found.known()) {
        lineOfSight = found;
        downslopeNote = String.format(java.util.Locale.ROOT, "projected down the slope where |C| >= %s"
            + " and the slope >= %s degrees (%s)", minLosSensitivity, minSlope, found.geometry());
        return;
      }
      why = why != null ? why : "product '" + product.getName() + "': " + found.missing();
    }
    downslopeNote = why;
  }

  /** The baselines the DEM error is fitted with, when asked for and the metadata allow. */
  private void prepareDemError(SbasNetwork network) {
    baselines = null;
    if (!demError) {
      demErrorNote = "not asked for (demError false)";
      return;
    }
    int groups = network.linkedGroups().size();
    if (groups > 1) {
      // the fit takes only pixels whose pairs link every date: none here
      demErrorNote = "the pairs leave the dates in " + groups + " groups, and the fit needs"
          + " every date linked";
      return;
    }
    PerpendicularBaselines found = PerpendicularBaselines.of(stack.products(), network.dates(), stack.width());
    String why = found.known() ? DemErrorFit.whyNot(network.epochYears(), found.metres()) : found.missing();
    if (why != null) {
      demErrorNote = why;
      return;
    }
    baselines = found;
    demErrorNote = "fitted from the series and taken out (Fattahi and Amelung 2013)";
    Band incidence = demErrorIncidence();
    if (incidence != null) {
      // where only the centre's R sin(incidence) is known, each pixel's from its own incidence
      int cx = stack.width() / 2;
      int cy = stack.height() / 2;
      PixelBox centre = PixelBox.of(cx, cy, 1, 1).grownWithin(4, stack.width(), stack.height());
      baselines = found.withIncidence(box -> getSourceTile(incidence, box.rectangle()).getSamplesFloat(), centre);
    }
  }

  /** The first product's incidence band of the scene's size; null where there is none (or none of that size). */
  private Band demErrorIncidence() {
    try {
      return LineOfSight.incidenceBandOf(stack.products().get(0));
    } catch (IllegalArgumentException e) {
      return null; // Local-SBAS's line of sight says so, where it needs the band
    }
  }

  @Override
  public void computeTileStack(Map<Band, Tile> targetTiles, Rectangle rect, ProgressMonitor pm)
      throws OperatorException {
    checkForCancellation();
    if (besideTarget != null) {
      besideTarget.writeOnceWritten();
    }
    List<PatchResult> blocks = FULL.equals(scope) ? fullBlocks.of(rect) : null;
    // C and its error over the tile, for both downslope bands: taken once, where the first needs them
    DownslopeProjection.Sensitivity[] slope = new DownslopeProjection.Sensitivity[1];
    for (Map.Entry<Band, Tile> e : targetTiles.entrySet()) {
      Function<PatchResult, float[]> values = bands.valuesOf(e.getKey());
      if (values == null) {
        continue;
      }
      float[] out = filled(rect, blocks, values);
      PixelBox box = PixelBox.of(rect.x, rect.y, rect.width, rect.height);
      if (bands.isDownslope(e.getKey())) {
        projectDownslope(box, out, null, slope);
      } else if (bands.isDownslopeStd(e.getKey())) {
        projectDownslope(box, out, filled(rect, blocks, PatchResult::velocityStdMmPerYear), slope);
      }
      e.getValue().setSamples(out);
    }
  }

  /** The patches' (or scope=FULL's blocks') {@code values} over {@code rect}, NaN outside them. */
  private float[] filled(Rectangle rect, List<PatchResult> blocks, Function<PatchResult, float[]> values) {
    float[] out = new float[rect.width * rect.height];
    if (blocks != null) {
      FullScopeBlocks.fill(rect, blocks, values, out);
    } else {
      mosaic.fill(rect, values, out);
    }
    return out;
  }

  /**
   * The LOS velocities {@code velocity} over {@code box}, projected down the slope in place; or,
   * given their uncertainties {@code losStd}, replaced by the projected velocities' uncertainties.
   * C and its error over the box are {@code slope[0]}, taken here when null.
   */
  private void projectDownslope(PixelBox box, float[] velocity, float[] losStd,
      DownslopeProjection.Sensitivity[] slope) {
    boolean any = false;
    for (float v : velocity) {
      any |= !Float.isNaN(v);
    }
    if (!any) {
      return; // outside the patches: no elevation read
    }
    if (slope[0] == null) {
      slope[0] = sensitivity(box);
    }
    float[] c = slope[0].c();
    float[] cStd = losStd == null ? null : slope[0].std();
    for (int i = 0; i < velocity.length; i++) {
      velocity[i] = losStd == null ? DownslopeProjection.downslope(velocity[i], c[i], minLosSensitivity)
          : DownslopeProjection.downslopeStd(velocity[i], losStd[i], c[i], cStd[i], minLosSensitivity);
    }
  }

  /**
   * C and its error over {@code box} ({@link DownslopeProjection}), from the elevation around it and
   * the line of sight at its pixels, each seen at its own incidence where the stack has that band.
   */
  private DownslopeProjection.Sensitivity sensitivity(PixelBox box) {
    PixelBox region = box.grownWithin(downslope.halo(), stack.width(), stack.height());
    DownslopeProjection.PixelLineOfSight look = (x, y) -> lineOfSight.at(x);
    Band incidenceBand = lineOfSight.incidenceBand();
    if (incidenceBand != null) {
      // over the heights' region: the pixels C's error compares lie beyond the box
      float[] incidence = getSourceTile(incidenceBand, region.rectangle()).getSamplesFloat();
      look = (x, y) -> lineOfSight.at(x, incidence[(y - region.y0()) * region.width() + x - region.x0()]);
    }
    return downslope.sensitivityWithError(reader.elevation(region), region, box, lineOfSight.spacing(), look);
  }

  /**
   * The detections, their boxes clipped to the frame as DL-Unwrap clips them.
   *
   * @param warn takes a line per box clipped (initialize() only: parts() reads them again)
   */
  private List<DetectionBox> readDetections(Product source, Consumer<String> warn) {
    GeoCoding geoCoding = source.getSceneGeoCoding();
    return detectionsFile == null || detectionsFile.getPath().isBlank()
        ? DetectionsInFrame.ofMetadata(source.getMetadataRoot(), source.getName(), geoCoding, stack.width(),
            stack.height(), "Local-SBAS scope=PATCHES", "Local-SBAS", warn)
        : DetectionsInFrame.ofFile(detectionsFile.toPath(), geoCoding, stack.width(), stack.height(), "Local-SBAS",
            warn);
  }

  /**
   * Refuses the detections in the {@code Detections} metadata ({@code metadataRoot}) of the
   * product named {@code productName} that Local-SBAS of scope PATCHES reads without a
   * detectionsFile, for a {@code width x height} frame on {@code geoCoding}, in the line {@link
   * #initialize} refuses them with (no such metadata, a box outside the frame, the detections of
   * another crop: {@link DetectionsInFrame}), saying nothing of the boxes it would clip: for a
   * runner that initialises Local-SBAS only after the steps before it have run
   * (bin/dlinsar-spark, after the tiles) and asks first.
   *
   * @throws OperatorException naming the product, and the detection at fault
   */
  public static void checkDetectionsInMetadata(MetadataElement metadataRoot, String productName,
      GeoCoding geoCoding, int width, int height) {
    DetectionsInFrame.ofMetadata(metadataRoot, productName, geoCoding, width, height, "Local-SBAS scope=PATCHES",
        "Local-SBAS", line -> { });
  }

  /**
   * Refuses the detections {@code detectionsFile} names for a {@code width x height} frame on
   * {@code geoCoding}, in the line {@link #initialize} refuses them with for scope PATCHES (a file
   * it cannot read, a box outside the frame, the detections of another crop: {@link
   * DetectionsInFrame}), saying nothing of the boxes it would clip: for a runner that initialises
   * Local-SBAS only after the steps before it have run (bin/dlinsar-spark, after the tiles) and
   * asks first.
   *
   * @throws OperatorException naming the file, and the detection at fault
   */
  public static void checkDetectionsFile(Path detectionsFile, GeoCoding geoCoding, int width, int height) {
    DetectionsInFrame.ofFile(detectionsFile, geoCoding, width, height, "Local-SBAS", line -> { });
  }

  private void runPatches(SbasNetwork network, PatchWarnings warnings) {
    List<PatchResult> results;
    DetectionPatches parts = patches();
    parts.checkResultsFit();
    try {
      results = PartRunner.runOrComputeHere(partRunner, parts);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new OperatorException("Local-SBAS: " + e.getMessage(), e);
    }
    mosaic = new PatchMosaic(detections, results);
    List<TimeSeriesCsv.Series> series = new ArrayList<>();
    long corrected = 0;
    List<PixelBox> patches = new ArrayList<>();
    GeoCoding geoCoding = targetProduct.getSceneGeoCoding();
    Wgs84Positions positions = Wgs84Positions.of(geoCoding);
    String notWgs84 = positions.warning("the peaks' peak_lon and peak_lat", "the time-series CSV's");
    if (notWgs84 != null) {
      getLogger().warning(stack.lineOf("Local-SBAS") + ": " + notWgs84);
    }
    Set<Integer> emptyEverywhere = warnings.emptyInEveryPatch(results);
    double[] sensitivity = new double[detections.size()];
    for (int k = 0; k < detections.size(); k++) {
      PatchResult r = results.get(k);
      corrected += r.corrected();
      patches.add(r.box());
      int peak = r.peakIndex(detections.get(k).box());
      double downslopeVelocity = Double.NaN;
      double downslopeStd = Double.NaN;
      sensitivity[k] = Double.NaN;
      if (peak >= 0 && lineOfSight != null) {
        DownslopeProjection.Sensitivity slope = sensitivity(PixelBox.of(r.box().x0() + peak % r.box().width(),
            r.box().y0() + peak / r.box().width(), 1, 1));
        float c = slope.c()[0];
        sensitivity[k] = c;
        if (!Float.isNaN(c)) {
          downslopeVelocity = DownslopeProjection.downslope(r.velocityMmPerYear()[peak], c, minLosSensitivity);
          downslopeStd = DownslopeProjection.downslopeStd(r.velocityMmPerYear()[peak],
              r.velocityStdMmPerYear()[peak], c, slope.std()[0], minLosSensitivity);
        }
      }
      series.add(SbasSummary.seriesAt(detections.get(k).id(), r, peak, network.dateCount(),
          geoCoding, positions, downslopeVelocity, downslopeStd));
      warnings.dropped(detections.get(k), r, emptyEverywhere);
      warnings.weakReference(detections.get(k), r);
      if (peak < 0 && r.droppedPairs() < stack.size()) {
        warnings.noPixelInverted(detections.get(k), r.droppedPairs(), inversion.minPairs());
      }
    }
    long total = corrected;
    long area = PixelBox.coveredPixels(patches); // overlapping patches count once
    getLogger().info(() -> String.format(java.util.Locale.ROOT, "Local-SBAS: %d patch(es), %d of"
        + " %d pixels (%.2f %%), %d interferograms; closure correction changed %d pair phases",
        detections.size(), area, (long) stack.width() * stack.height(),
        100.0 * area / ((long) stack.width() * stack.height()), stack.size(), total));
    targetProduct.getMetadataRoot().addElement(SbasSummary.metadata(detections, results, series,
        sensitivity, margin, SbasInversion.patternCount(results.stream().map(PatchResult::patterns).toList()),
        reader.unwrapping(), demErrorNote, downslopeNote));
    writeCsv(network, series);
  }

  private void writeCsv(SbasNetwork network, List<TimeSeriesCsv.Series> series) {
    if (!PartRunner.writesFiles(partRunner)) {
      return;
    }
    Path file = timeSeriesCsv();
    if (file == null) {
      getLogger().info("Local-SBAS: no timeSeriesFile given, so the CSV goes beside this product's"
          + " file when it is written as it is (-t, or a Write right after Local-SBAS)");
      besideTarget = new BesideTarget(targetProduct,
          target -> writeCsv(csvBeside(target), network, series));
      return;
    }
    writeCsv(file, network, series);
  }

  private void writeCsv(Path file, SbasNetwork network, List<TimeSeriesCsv.Series> series) {
    try {
      TimeSeriesCsv.write(file, network.dates(), series);
    } catch (IOException e) {
      throw new OperatorException("Local-SBAS: " + e.getMessage(), e);
    }
    getLogger().info(() -> "Local-SBAS: wrote " + file);
  }

  /** The CSV timeSeriesFile names, or null. */
  private Path timeSeriesCsv() {
    return checkTimeSeriesFile(timeSeriesFile == null ? null : timeSeriesFile.toPath());
  }

  /**
   * The CSV {@code timeSeriesFile} names (null for none), refused in the line {@link #initialize}
   * refuses it with before any work (a folder, a detections CSV, a name longer than a file name
   * may be): for a runner that initialises Local-SBAS only after the steps before it have run
   * (bin/dlinsar-spark, after the tiles) and asks first.
   *
   * @throws OperatorException naming the parameter, the file and what to give instead
   */
  public static Path checkTimeSeriesFile(Path timeSeriesFile) {
    try {
      return TimeSeriesCsv.resolve(timeSeriesFile);
    } catch (IllegalArgumentException e) {
      throw new OperatorException("Local-SBAS parameter 'timeSeriesFile': " + e.getMessage(), e);
    }
  }

  /** The CSV beside the target's file {@code target}. */
  private static Path csvBeside(Path target) {
    try {
      return TimeSeriesCsv.resolve(target);
    } catch (IllegalArgumentException e) {
      throw new OperatorException("Local-SBAS: " + e.getMessage(), e);
    }
  }

  private Product buildTarget(Product[] sources, SbasNetwork network) {
    Product target = TargetProducts.carryingSources(List.of(sources), TARGET_SUFFIX,
        SbasBands.names(network.dates()));
    bands = new SbasBands(target, network.dates(), baselines != null, lineOfSight != null, minLosSensitivity,
        minSlope);
    MetadataElement old = target.getMetadataRoot().getElement(SbasSummary.ELEMENT);
    if (old != null) {
      target.getMetadataRoot().removeElement(old);
    }
    return target;
  }

  /** Registers Local-SBAS with GPF. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(LocalSbasOp.class);
    }
  }
}
