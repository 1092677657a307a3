package org.dlinsar.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a scene's landslides and mining bowls, deterministically from the seed, and computes
 * their truth.
 *
 * <p>Landslides go only where the slope at the centre is at least the threshold, the ground is
 * neither water, shadow nor layover, and the downslope motion projects onto the line of sight by
 * at least {@value #MIN_LOS_PROJECTION} (a slide moving across the line of sight is invisible);
 * their major axis points downslope and their sign follows the motion (usually away from the
 * satellite). Bowls go anywhere off water. Sites do not overlap. Candidates are drawn up to
 * {@value #ATTEMPTS} times per site; a site that finds no place is left out, so the truth lists
 * what the scene really holds.
 */
final class SitePlanner {

  /** Smallest |motion . los| for a landslide. */
  static final double MIN_LOS_PROJECTION = 0.3;
  static final int ATTEMPTS = 500;
  private static final int STREAM = 3;
  private static final int GAP_PX = 3;

  private final Scene scene;
  private final Terrain terrain;
  private final List<Double> epochsYears;
  private final List<Footprint> footprints = new ArrayList<>();
  private final List<Site> sites = new ArrayList<>();

  private SitePlanner(Scene scene, Terrain terrain) {
    this.scene = scene;
    this.terrain = terrain;
    List<Double> epochs = new ArrayList<>();
    for (LocalDate date : scene.acquisitions().dates()) {
      epochs.add(scene.acquisitions().yearsSinceStart(date));
    }
    this.epochsYears = List.copyOf(epochs);
  }

  /**
   * Plans every site of the scene (landslides first, then bowls, ids from 1) on its regional
   * motion.
   */
  static DeformationField plan(Scene scene, Terrain terrain) {
    SitePlanner planner = new SitePlanner(scene, terrain);
    DeformationSpec spec = scene.deformation();
    for (int i = 0; i < spec.landslideCount(); i++) {
      planner.placeLandslide(i);
    }
    for (int i = 0; i < spec.bowlCount(); i++) {
      planner.placeBowl(i);
    }
    return new DeformationField(planner.footprints, planner.sites, RegionalMotion.of(scene),
        planner.epochsYears);
  }

  private void placeLandslide(int index) {
    DeformationSpec spec = scene.deformation();
    double[] g = new double[2];
    double[] los = scene.radar().lineOfSight();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long h = HashRandom.hash(scene.seed(), STREAM, 1, index, attempt);
      double major = 0.5 * logUniform(HashRandom.stream(h, 0), spec.landslideMinLengthPx(), spec.landslideMaxLengthPx());
      int cx = (int) HashRandom.uniform(HashRandom.stream(h, 1), major + 2, scene.width() - major - 2);
      int cy = (int) HashRandom.uniform(HashRandom.stream(h, 2), major + 2, scene.height() - major - 2);
      if (cx < 0 || cy < 0 || cx >= scene.width() || cy >= scene.height()
          || terrain.terrainClass(cx, cy, g) != Terrain.LAND
          || terrain.slopeDeg(cx, cy) < spec.slopeThresholdDeg()) {
        continue;
      }
      double steepness = StrictMath.hypot(g[0], g[1]);
      if (steepness == 0) {
        // level ground has no downslope (a slopeThresholdDeg of 0 lets it through)
        continue;
      }
      double slope = StrictMath.atan(steepness);
      double downX = -g[0] / steepness;
      double downY = -g[1] / steepness;
      // motion: down the surface, cos(slope) horizontally, sin(slope) down
      double projection = StrictMath.cos(slope) * (downX * los[0] + downY * los[1]) - StrictMath.sin(slope) * los[2];
      if (StrictMath.abs(projection) < MIN_LOS_PROJECTION) {
        continue;
      }
      double minor = major * HashRandom.uniform(HashRandom.stream(h, 3), 0.35, 0.7);
      double angle = StrictMath.atan2(downY / scene.radar().azimuthSpacingMetres(),
          downX / scene.radar().groundRangeSpacingMetres());
      Footprint footprint = new Footprint(false, cx, cy, major, minor, angle, 0, 0, 0, 0);
      if (overlapsPlaced(footprint)) {
        continue;
      }
      double rate = StrictMath.signum(projection)
          * logUniform(HashRandom.stream(h, 4), spec.landslideMinMmPerYear(), spec.landslideMaxMmPerYear());
      add(SiteClass.LANDSLIDE, footprint, landslideHistory(HashRandom.stream(h, 5), rate), projection);
      return;
    }
  }

  private void placeBowl(int index) {
    DeformationSpec spec = scene.deformation();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long h = HashRandom.hash(scene.seed(), STREAM, 2, index, attempt);
      double major = HashRandom.uniform(HashRandom.stream(h, 0), spec.bowlMinSigmaPx(), spec.bowlMaxSigmaPx());
      double margin = 1.5 * major;
      int cx = (int) HashRandom.uniform(HashRandom.stream(h, 1), margin, scene.width() - margin);
      int cy = (int) HashRandom.uniform(HashRandom.stream(h, 2), margin, scene.height() - margin);
      if (cx < 0 || cy < 0 || cx >= scene.width() || cy >= scene.height() || terrain.isWater(cx, cy)) {
        continue;
      }
      Footprint footprint = new Footprint(true, cx, cy, major,
          major * HashRandom.uniform(HashRandom.stream(h, 3), 0.55, 1.0),
          HashRandom.uniform(HashRandom.stream(h, 4), 0, StrictMath.PI),
          HashRandom.uniform(HashRandom.stream(h, 5), 0, 0.25), HashRandom.uniform(HashRandom.stream(h, 6), 0, StrictMath.PI),
          HashRandom.uniform(HashRandom.stream(h, 7), 0, 0.15), HashRandom.uniform(HashRandom.stream(h, 8), 0, StrictMath.PI));
      if (overlapsPlaced(footprint) || touchesWater(footprint)) {
        continue;
      }
      double rate = -logUniform(HashRandom.stream(h, 9), spec.bowlMinMmPerYear(), spec.bowlMaxMmPerYear());
      boolean delayed = HashRandom.uniform(HashRandom.stream(h, 10)) < 0.3;
      double series = scene.acquisitions().seriesYears();
      TimeHistory history = delayed
          ? new TimeHistory(TimeHistory.Kind.DELAYED_START, rate,
              series * HashRandom.uniform(HashRandom.stream(h, 11), 0.25, 0.6), 0, 0)
          : new TimeHistory(TimeHistory.Kind.LINEAR, rate, 0, 0, 0);
      add(SiteClass.SUBSIDENCE, footprint, history, -scene.radar().lineOfSight()[2]);
      return;
    }
  }

  private TimeHistory landslideHistory(long h, double rate) {
    double u = HashRandom.uniform(HashRandom.stream(h, 0));
    double series = StrictMath.max(scene.acquisitions().seriesYears(), 1e-3);
    if (u < 0.5) {
      return new TimeHistory(TimeHistory.Kind.LINEAR, rate, 0, 0, 0);
    }
    if (u < 0.75) {
      // final velocity 2 to 3 times the initial one
      double k = HashRandom.uniform(HashRandom.stream(h, 1), 2, 3);
      return new TimeHistory(TimeHistory.Kind.ACCELERATING, rate, 0, (k - 1) / (2 * series), 0);
    }
    double amplitude = StrictMath.abs(rate) * HashRandom.uniform(HashRandom.stream(h, 2), 0.05, 0.15);
    return new TimeHistory(TimeHistory.Kind.SEASONAL, rate, 0, 0, amplitude);
  }

  private void add(SiteClass siteClass, Footprint footprint, TimeHistory history, double losProjection) {
    List<Double> series = new ArrayList<>();
    for (double t : epochsYears) {
      series.add(history.displacementMm(t) - history.displacementMm(epochsYears.get(0)));
    }
    double velocity = history.fittedVelocityMmPerYear(epochsYears);
    Site site = new Site(sites.size() + 1, siteClass, boxOf(footprint), footprint.centreX(),
        footprint.centreY(), velocity, history, series, losProjection);
    footprints.add(footprint);
    sites.add(site);
  }

  /** The tight box of the pixels whose weight is at least the footprint cutoff. */
  private PixelBox boxOf(Footprint footprint) {
    int reach = (int) StrictMath.ceil(footprint.reachPx());
    int x0 = Integer.MAX_VALUE;
    int y0 = Integer.MAX_VALUE;
    int x1 = Integer.MIN_VALUE;
    int y1 = Integer.MIN_VALUE;
    for (int y = StrictMath.max(0, footprint.centreY() - reach); y <= StrictMath.min(scene.height() - 1, footprint.centreY() + reach); y++) {
      for (int x = StrictMath.max(0, footprint.centreX() - reach); x <= StrictMath.min(scene.width() - 1, footprint.centreX() + reach); x++) {
        if (footprint.weight(x, y) >= DeformationField.FOOTPRINT_CUTOFF) {
          x0 = StrictMath.min(x0, x);
          y0 = StrictMath.min(y0, y);
          x1 = StrictMath.max(x1, x + 1);
          y1 = StrictMath.max(y1, y + 1);
        }
      }
    }
    return new PixelBox(x0, y0, x1, y1);
  }

  private boolean overlapsPlaced(Footprint candidate) {
    for (Footprint placed : footprints) {
      double distance = StrictMath.hypot(candidate.centreX() - placed.centreX(), candidate.centreY() - placed.centreY());
      if (distance < candidate.cutoffRadiusPx() + placed.cutoffRadiusPx() + GAP_PX) {
        return true;
      }
    }
    return false;
  }

  private boolean touchesWater(Footprint footprint) {
    double r = footprint.cutoffRadiusPx();
    for (int k = 0; k < 16; k++) {
      double a = 2 * StrictMath.PI * k / 16;
      if (terrain.isWater(footprint.centreX() + r * StrictMath.cos(a), footprint.centreY() + r * StrictMath.sin(a))) {
        return true;
      }
    }
    return false;
  }

  private static double logUniform(long h, double lo, double hi) {
    return StrictMath.exp(HashRandom.uniform(h, StrictMath.log(lo), StrictMath.log(hi)));
  }
}
