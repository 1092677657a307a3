package org.dlinsar.sim;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.dlinsar.ifg.ChoiceParameters;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.TargetProduct;

/**
 * Simulates an interferogram stack with known truth, tile by tile: {@code content=STACK} gives
 * the bands SNAP's InterferogramOp writes (see {@link SimulatedProductLayout}), {@code TRUTH} the
 * truth rasters of the same scene. No source product.
 *
 * <p>Every band of a tile is computed in one {@code computeTileStack} call, so a tile of every
 * band is in memory at once, twice over while the writer holds a block and computes the next:
 * tiles are {@value SimulatedProductLayout#TILE_SIZE} pixels square unless that would take more
 * than a quarter of the heap, and smaller then ({@link SimulatedProductLayout#tileSide}), so a
 * stack of a thousand interferograms is written on a small heap.
 */
@OperatorMetadata(
    alias = "DL-Simulate-Stack",
    label = "DL Simulate Stack",
    category = "Radar/Interferometric/Deep Learning",
    version = "0.1",
    authors = "DL-InSAR",
    description = "Simulates a small-baseline interferogram stack (landslides, mining bowls,"
        + " atmosphere, decorrelation) or its truth rasters.")
public final class SimulateStackOp extends Operator {

  static final String STACK = "STACK";
  static final String TRUTH = "TRUTH";

  @TargetProduct
  private Product targetProduct;

  // an annotation takes no List: SimulateStackOpTest checks this is ScenePresets.NAMES
  @Parameter(valueSet = {ScenePresets.LANDSLIDES, ScenePresets.MINING, ScenePresets.MIXED},
      defaultValue = ScenePresets.LANDSLIDES, notNull = true, label = "Scene preset",
      description = "landslides (mountains), mining (flat, bowls and a lake) or mixed.")
  private String preset;

  @Parameter(valueSet = {STACK, TRUTH}, defaultValue = STACK, notNull = true, label = "Content",
      description = "STACK: interferogram bands as SNAP writes them; TRUTH: masks, velocity, sites.")
  private String content;

  @Parameter(interval = "[8,100000]", defaultValue = "256", label = "Width", unit = "pixels",
      description = "Raster width (range), pixels, 8 to 100000. Default 256: the presets' scene, on"
          + " which the bundled models' figures were measured.")
  private int width;

  @Parameter(interval = "[8,100000]", defaultValue = "256", label = "Height", unit = "pixels",
      description = "Raster height (azimuth), pixels, 8 to 100000. Default 256: the presets' scene,"
          + " on which the bundled models' figures were measured.")
  private int height;

  @Parameter(defaultValue = "1", label = "Seed",
      description = "Seed of every random quantity; equal seeds give equal pixels.")
  private long seed;

  @Parameter(defaultValue = "2021-01-04", notNull = true, label = "Start date",
      description = "First acquisition date of the stack, in ISO form yyyy-MM-dd such as 2021-01-04.")
  private String startDate;

  @Parameter(valueSet = {"6", "12"}, defaultValue = "12", label = "Interval", unit = "days",
      description = "Days between acquisitions, 6 or 12. Default 12: Sentinel-1's revisit with one"
          + " satellite, the presets' plan.")
  private int intervalDays;

  @Parameter(interval = "[2,1000]", defaultValue = "11", label = "Acquisitions",
      description = "Number of acquisition dates, 2 to 1000. Default 11: the presets' plan (four"
          + " months), on which the bundled models' figures were measured.")
  private int dates;

  @Parameter(interval = "[1,1000]", defaultValue = "2", label = "Pair neighbours",
      description = "Each date is paired with its next N dates, N >= 1. Default 2: the presets' plan,"
          + " 19 interferograms over 11 dates.")
  private int pairNeighbours;

  @Parameter(interval = "[0,100000]", defaultValue = "0", label = "Maximum span", unit = "days",
      description = "Pairs spanning more days are dropped; 0 = no limit. Default 0: every pair the"
          + " neighbours give is kept.")
  private int maxSpanDays;

  @Parameter(interval = "[-1,999]", defaultValue = "-1", label = "Reference date",
      description = "Pair every date with acquisition N (0 = the first) instead of its next neighbours:"
          + " the single-reference stack InterferogramOp forms. Default -1: small-baseline pairs.")
  private int referenceDate;

  @Parameter(interval = "[1,16]", defaultValue = "4", label = "Range looks",
      description = "Single-look samples per pixel in range, 1 to 16. Default 4: with 1 in azimuth"
          + " Sentinel-1 IW's usual 4 x 1 multilook, giving pixels of about 15 m x 14 m.")
  private int looksRange;

  @Parameter(interval = "[1,16]", defaultValue = "1", label = "Azimuth looks",
      description = "Single-look samples per pixel in azimuth, 1 to 16. Default 1: with 4 in range"
          + " Sentinel-1 IW's usual 4 x 1 multilook.")
  private int looksAzimuth;

  @Parameter(interval = "[1,31]", defaultValue = "5", label = "Coherence window", unit = "pixels",
      description = "Side of the square coherence estimation window, odd, 1 to 31. Default 5: the"
          + " presets' 5 x 5 window, on whose stacks the bundled models' figures were measured.")
  private int coherenceWindow;

  @Parameter(interval = "[0,1000]", defaultValue = "0", label = "Seams",
      description = "Lines across which the phase steps further every date (seams drifting, faults"
          + " creeping), at 1.25 to 3.75 rad/year: nuisance, not deformation. Default 0: the presets"
          + " have none.")
  private int seams;

  @Parameter(interval = "[0,44]", defaultValue = "0", label = "Seam tilt", unit = "degrees",
      description = "Turn each seam this far off the rows or columns it runs along, either way (a map"
          + " grid's seams run 10 to 15 degrees off its axes). Default 0: the presets' seams run"
          + " along the axes, as in radar geometry.")
  private double seamTilt;

  @Parameter(interval = "[0,1000]", defaultValue = "0", label = "DEM error", unit = "m",
      description = "Form the interferograms with a DEM erring by up to about this many metres"
          + " (features of 300 m). Default 0: the true elevation, as the presets.")
  private int demErrorMetres;

  @Parameter(interval = "[0,2000]", defaultValue = "50", label = "Baseline spread", unit = "m",
      description = "Spread of the dates' perpendicular baselines, one sigma. Default 50: Sentinel-1's"
          + " orbital tube (ERS, ENVISAT: hundreds).")
  private int baselineSpreadMetres;

  private Scene scene;
  private StackSimulator simulator;
  private Map<Band, BandRole> roles;
  private boolean truth;
  private String productName;

  /**
   * Uses {@code givenScene} instead of the parameters (for {@link SimulatedProducts}).
   *
   * @param name the target product's name, or null for {@code simulated_<scene>[_truth]}
   */
  void useScene(Scene givenScene, boolean truthContent, String name) {
    setParameterDefaultValues();
    this.scene = givenScene;
    // the parameters say what the scene is, for the Processing_Graph metadata GPF writes of them
    if (ScenePresets.NAMES.contains(givenScene.name())) {
      preset = givenScene.name();
    }
    width = givenScene.width();
    height = givenScene.height();
    seed = givenScene.seed();
    AcquisitionPlan plan = givenScene.acquisitions();
    startDate = plan.start().toString();
    intervalDays = plan.intervalDays();
    dates = plan.dateCount();
    pairNeighbours = plan.pairNeighbours();
    maxSpanDays = plan.maxSpanDays();
    referenceDate = plan.referenceDate();
    looksRange = givenScene.looks().range();
    looksAzimuth = givenScene.looks().azimuth();
    coherenceWindow = givenScene.looks().coherenceWindow();
    seams = givenScene.seams().count();
    seamTilt = givenScene.seams().tiltDegrees();
    this.content = truthContent ? TRUTH : STACK;
    this.productName = name;
  }

  @Override
  public void initialize() throws OperatorException {
    ChoiceParameters.choice("DL-Simulate-Stack", "content", content, STACK, TRUTH);
    if (scene == null) {
      scene = sceneFromParameters();
    }
    truth = TRUTH.equals(content);
    simulator = new StackSimulator(scene);
    String name = productName != null ? productName : "simulated_" + scene.name() + (truth ? "_truth" : "");
    Product product = new Product(name, truth ? "SIMULATION_TRUTH" : "IFG_STACK", scene.width(), scene.height());
    roles = truth
        ? SimulatedProductLayout.addTruthBands(product, simulator.pairs(), scene.decorrelation().maskCutoff(),
            scene.terrain().demErrorMetres() > 0)
        : SimulatedProductLayout.addStackBands(product, simulator.pairs(), simulator.dates());
    int side = SimulatedProductLayout.tileSide(product.getNumBands(), Runtime.getRuntime().maxMemory());
    product.setPreferredTileSize(side, side);
    SimulationMetadata.addStackMetadata(product, simulator);
    if (truth) {
      SimulationMetadata.addTruthMetadata(product, simulator);
    }
    targetProduct = product;
  }

  @Override
  public void computeTileStack(Map<Band, Tile> targetTiles, Rectangle rectangle, ProgressMonitor pm)
      throws OperatorException {
    PixelBox box = PixelBox.of(rectangle.x, rectangle.y, rectangle.width, rectangle.height);
    StackTile stack = truth ? null : simulator.simulate(box);
    checkForCancellation();
    TruthTile truthTile = truth ? simulator.truth(box) : null;
    for (Map.Entry<Band, Tile> entry : targetTiles.entrySet()) {
      BandRole role = roles.get(entry.getKey());
      if (role == null) {
        throw new OperatorException("DL-Simulate-Stack does not compute band '"
            + entry.getKey().getName() + "'");
      }
      Object samples = role.samples(stack, truthTile);
      if (samples instanceof float[] f) {
        entry.getValue().setSamples(f);
      } else if (samples instanceof byte[] b) {
        entry.getValue().setSamples(b);
      } else {
        entry.getValue().setSamples((int[]) samples);
      }
    }
  }

  private Scene sceneFromParameters() {
    ChoiceParameters.choice("DL-Simulate-Stack", "preset", preset, ScenePresets.NAMES.toArray(String[]::new));
    LocalDate start;
    try {
      start = LocalDate.parse(ChoiceParameters.given("DL-Simulate-Stack", "startDate", startDate,
          "an ISO date yyyy-MM-dd such as 2021-01-04"));
    } catch (DateTimeParseException e) {
      throw new OperatorException("DL-Simulate-Stack parameter 'startDate' is '" + startDate
          + "'; expected an ISO date yyyy-MM-dd such as 2021-01-04", e);
    }
    try {
      Scene base = ScenePresets.named(preset, seed).withSize(width, height);
      return base.withTerrain(base.terrain().withDemError(demErrorMetres))
          .withRadar(base.radar().withBaselineSpread(baselineSpreadMetres))
          .withAcquisitions(new AcquisitionPlan(start, intervalDays, dates, pairNeighbours, maxSpanDays,
              referenceDate))
          .withLooks(new Looks(looksRange, looksAzimuth, coherenceWindow))
          .withSeams(SeamSpec.atDefaultRate(seams).tilted(seamTilt));
    } catch (IllegalArgumentException e) {
      throw new OperatorException("DL-Simulate-Stack: " + e.getMessage(), e);
    }
  }

  /** Registers DL-Simulate-Stack with GPF. */
  public static class Spi extends OperatorSpi {
    public Spi() {
      super(SimulateStackOp.class);
    }
  }
}
