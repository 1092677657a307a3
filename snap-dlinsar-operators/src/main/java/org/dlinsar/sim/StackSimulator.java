package org.dlinsar.sim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dlinsar.ifg.Pair;

/**
 * Simulates a scene's interferogram stack and its truth over any pixel box: the entry point of
 * the simulator for tests, training-data export and the DL-Simulate-Stack operator.
 *
 * <p>Every value is a pure function of the {@link Scene} and the pixel, so a box computed alone
 * equals the same pixels of a larger box, and boxes may be computed in parallel. Thread-safe.
 *
 * <p>Model: each acquisition's phase is deformation (-4 pi / lambda times
 * LOS displacement, docs/CONTRACT.md section 5) plus an atmospheric screen; each output pixel averages
 * {@code looks.count()} single-look samples of complex circular Gaussian SLCs whose coherence
 * between two dates follows {@link CoherenceModel}; coherence is estimated as
 * |sum(r s*)| / sqrt(sum|r|^2 sum|s|^2) over the coherence window of multilooked pixels (clipped
 * at the scene edge), as SNAP's coherence estimator does. The estimate is biased high where the
 * true coherence is low (Touzi et al. 1999).
 *
 * <pre>{@code
 * StackSimulator sim = new StackSimulator(ScenePresets.mining(7).withSize(128, 128));
 * StackTile stack = sim.simulate(PixelBox.of(0, 0, 128, 128));
 * TruthTile truth = sim.truth(PixelBox.of(0, 0, 128, 128));
 * List<Site> sites = sim.sites();
 * }</pre>
 */
public final class StackSimulator {

  private final Scene scene;
  private final Terrain terrain;
  private final Atmosphere atmosphere;
  private final DeformationField deformation;
  private final CoherenceModel coherenceModel;
  private final List<LocalDate> dates;
  private final List<Pair> pairs;
  private final int[] referenceIndex;
  private final int[] secondaryIndex;
  private final double phasePerMm;
  private final List<Seam> seams;
  private final DemError demError;
  /** Years from the first date to each date, for the seams' steps. */
  private final double[] years;

  /** Plans the scene: terrain, lakes, atmosphere, lookalikes and sites. */
  public StackSimulator(Scene scene) {
    this.scene = scene;
    this.terrain = new Terrain(scene);
    this.atmosphere = new Atmosphere(scene, terrain);
    this.deformation = SitePlanner.plan(scene, terrain);
    this.coherenceModel = new CoherenceModel(scene.decorrelation());
    this.dates = scene.acquisitions().dates();
    this.pairs = scene.acquisitions().pairs();
    this.referenceIndex = new int[pairs.size()];
    this.secondaryIndex = new int[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      referenceIndex[p] = dates.indexOf(pairs.get(p).reference());
      secondaryIndex[p] = dates.indexOf(pairs.get(p).secondary());
    }
    this.phasePerMm = scene.radar().phasePerMm();
    this.seams = Seam.plan(scene);
    this.demError = new DemError(scene, dates);
    this.years = new double[dates.size()];
    for (int d = 0; d < dates.size(); d++) {
      years[d] = ChronoUnit.DAYS.between(dates.get(0), dates.get(d)) / Pair.DAYS_PER_YEAR;
    }
  }

  /** The scene simulated. */
  public Scene scene() {
    return scene;
  }

  /** The acquisition dates, in order. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The interferometric pairs, in band order. */
  public List<Pair> pairs() {
    return pairs;
  }

  /** The deformation sites placed in the scene, in id order. */
  public List<Site> sites() {
    return deformation.sites();
  }

  /** The seams, in id order. */
  public List<Seam> seams() {
    return seams;
  }

  /** The lookalike atmospheric cells, in id order. */
  public List<Lookalike> lookalikes() {
    return atmosphere.lookalikes();
  }

  /** Simulates the stack bands over {@code box} (which must lie inside the scene). */
  public StackTile simulate(PixelBox box) {
    checkInside(box);
    return new InterferogramSynthesizer(this).synthesize(box);
  }

  /** Computes the truth over {@code box} (which must lie inside the scene). */
  public TruthTile truth(PixelBox box) {
    checkInside(box);
    int n = box.width() * box.height();
    byte[][] mask = new byte[pairs.size()][n];
    float[][] trueCoherence = new float[pairs.size()][n];
    float[][] displacement = new float[dates.size()][n];
    float[] velocity = new float[n];
    int[] siteId = new int[n];
    byte[] terrainClass = new byte[n];
    float[] slope = new float[n];
    float[] elevation = new float[n];
    float[] demErrorMetres = demErrorMetres(box);
    PixelState state = new PixelState(dates.size());
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        int i = (y - box.y0()) * box.width() + (x - box.x0());
        evaluate(x, y, state);
        for (int p = 0; p < pairs.size(); p++) {
          double gamma = CoherenceModel.coherence(state.coherence, pairs.get(p).spanDays());
          trueCoherence[p][i] = (float) gamma;
          mask[p][i] = coherenceModel.mask(state.terrainClass, gamma);
        }
        for (int d = 0; d < dates.size(); d++) {
          displacement[d][i] = (float) state.displacementMm[d];
        }
        velocity[i] = (float) deformation.velocityMmPerYear(x, y);
        siteId[i] = deformation.siteId(x, y);
        terrainClass[i] = (byte) state.terrainClass;
        elevation[i] = (float) state.elevationMetres;
        slope[i] = (float) StrictMath.toDegrees(StrictMath.atan(StrictMath.hypot(state.gradient[0], state.gradient[1])));
      }
    }
    return new TruthTile(box, mask, trueCoherence, displacement, velocity, siteId, terrainClass, slope,
        elevation, demErrorMetres);
  }

  /**
   * The LOS velocity of the sites alone over {@code box} (which must lie inside the scene),
   * mm/year, row-major; belongs to the caller. The truth's velocity less the regional motion: what
   * the sites themselves show, however the ground around them moves.
   */
  public float[] siteVelocityMmPerYear(PixelBox box) {
    return valuesOver(box, deformation::siteVelocityMmPerYear);
  }

  /**
   * The LOS velocity of the regional motion alone over {@code box} (which must lie inside the
   * scene), mm/year, row-major, zero where the scene has none; belongs to the caller.
   */
  public float[] regionalVelocityMmPerYear(PixelBox box) {
    return valuesOver(box, deformation::regionalVelocityMmPerYear);
  }

  private float[] valuesOver(PixelBox box, PixelField field) {
    checkInside(box);
    float[] velocity = new float[box.width() * box.height()];
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        velocity[(y - box.y0()) * box.width() + (x - box.x0())] = (float) field.at(x, y);
      }
    }
    return velocity;
  }

  /**
   * The DEM's error over {@code box} (which must lie inside the scene), metres, row-major: the
   * true elevation less the DEM's the interferograms were formed with; 0 where the scene's
   * {@link TerrainSpec#demErrorMetres} is. Belongs to the caller.
   */
  public float[] demErrorMetres(PixelBox box) {
    return valuesOver(box, demError::heightErrorMetres);
  }

  /** The DEM's error at pixel (x, y), metres. */
  double demErrorMetres(int x, int y) {
    return demError.heightErrorMetres(x, y);
  }

  /** Each date's perpendicular baseline to the first date's orbit, metres ({@link DemError}). */
  public double[] perpendicularBaselinesMetres() {
    double[] b = new double[dates.size()];
    for (int d = 0; d < b.length; d++) {
      b[d] = demError.perpendicularBaselineMetres(d);
    }
    return b;
  }

  /** A value (a velocity, mm/year; a height, metres) at pixel (x, y). */
  private interface PixelField {
    double at(int x, int y);
  }

  /**
   * The noise-free unwrapped phase of interferogram {@code pair} over {@code box} (which must lie
   * inside the scene), radians: deformation plus atmosphere, phase[secondary] - phase[reference],
   * the phase the synthesised interferogram's wrapped phase scatters around. Row-major over the
   * box; belongs to the caller. The truth an unwrapper is scored against.
   */
  public float[] unwrappedPhaseRad(int pair, PixelBox box) {
    checkInside(box);
    if (pair < 0 || pair >= pairs.size()) {
      throw new IllegalArgumentException("pair index " + pair + " outside [0, " + pairs.size() + ")");
    }
    float[] phase = new float[box.width() * box.height()];
    PixelState state = new PixelState(dates.size());
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        evaluate(x, y, state);
        phase[(y - box.y0()) * box.width() + (x - box.x0())] =
            (float) (state.phaseRad[secondaryIndex[pair]] - state.phaseRad[referenceIndex[pair]]);
      }
    }
    return phase;
  }

  /** Terrain slope at a pixel, degrees. */
  public double slopeDeg(int x, int y) {
    return terrain.slopeDeg(x, y);
  }

  /** Fills {@code state} with the physical state of pixel (x, y). Modified: state. */
  void evaluate(int x, int y, PixelState state) {
    state.terrainClass = terrain.terrainClass(x, y, state.gradient);
    state.vegetationCover = terrain.vegetationCover(x, y);
    state.elevationMetres = terrain.elevation(x, y);
    state.backscatter = terrain.backscatter(state.terrainClass, state.gradient, state.vegetationCover);
    coherenceModel.parameters(state.terrainClass, state.vegetationCover, state.coherence);
    deformation.displacementsMm(x, y, state.displacementMm);
    for (int d = 0; d < dates.size(); d++) {
      state.phaseRad[d] = phasePerMm * state.displacementMm[d]
          + atmosphere.screenRad(d, x, y, state.elevationMetres);
    }
    if (demError.errs()) {
      demError.addPhase(x, y, state.phaseRad);
    }
    for (Seam seam : seams) {
      if (seam.shifts(x, y)) {
        for (int d = 0; d < dates.size(); d++) {
          state.phaseRad[d] += seam.radPerYear() * years[d];
        }
      }
    }
  }

  int referenceIndex(int pair) {
    return referenceIndex[pair];
  }

  int secondaryIndex(int pair) {
    return secondaryIndex[pair];
  }

  private void checkInside(PixelBox box) {
    if (box.x0() < 0 || box.y0() < 0 || box.x1() > scene.width() || box.y1() > scene.height()) {
      throw new IllegalArgumentException("pixel box " + box + " reaches outside the "
          + scene.width() + "x" + scene.height() + " scene");
    }
  }
}
