package org.dlinsar.sim;

import java.time.LocalDate;

/**
 * The scenes networks are trained and evaluated on: the presets, each drawn with its own land
 * cover, decorrelation and acquisition plan, so that a network sees more than three scene kinds.
 *
 * <p>Why these ranges (issue 11, 3b): the presets' decorrelation is far milder than real
 * vegetated mountains (real median phasor coherence about 0.5, 29 % of pixels below 0.3, decaying
 * from 0.59 at 12 days to 0.32 at 36, on patches of 150-230 m). Here vegetation covers 10-75 % of
 * the scene with short-term coherence 0.35-0.85 decaying in 6-24 days to a floor of 0-0.15, its
 * patches 250-1500 m across, and pairs span 6 to 48 days; bare ground stays between the presets'
 * and a drier climate's. Every value is a pure function of the seed.
 */
public final class TrainingScenes {

  private static final long STREAM = 9;

  private TrainingScenes() {}

  /**
   * The training scene of a seed: a preset (chosen by the seed), {@code size} pixels a side.
   *
   * @throws IllegalArgumentException when the size is outside 8..100000
   */
  public static Scene scene(long seed, int size) {
    long h = HashRandom.hash(seed, STREAM, 0, 0, 0);
    String preset = ScenePresets.NAMES.get((int) (HashRandom.uniform(HashRandom.stream(h, 0)) * 3));
    Scene base = ScenePresets.named(preset, seed).withSize(size, size);
    DecorrelationSpec d = new DecorrelationSpec(
        draw(h, 1, 0.80, 0.97), draw(h, 2, 0.15, 0.50), draw(h, 3, 30, 90),
        draw(h, 4, 0.35, 0.85), draw(h, 5, 0.0, 0.15), draw(h, 6, 6, 24),
        draw(h, 7, 0.10, 0.75), DecorrelationSpec.DEFAULT_MASK_CUTOFF,
        StrictMath.exp(draw(h, 8, StrictMath.log(250), StrictMath.log(1500))));
    int interval = HashRandom.uniform(HashRandom.stream(h, 9)) < 0.5 ? 6 : 12;
    int neighbours = 1 + (int) (HashRandom.uniform(HashRandom.stream(h, 10)) * 4);
    AcquisitionPlan plan = new AcquisitionPlan(LocalDate.of(2021, 1, 4), interval,
        neighbours + 3, neighbours, 0);
    return base.withDecorrelation(d).withAcquisitions(plan);
  }

  /**
   * A training scene for unwrapping: the mining preset with the land cover of {@link #scene},
   * two to five bowls of 300 to 4000 mm/year (1 to 3+ rad/pixel on their flanks over 12-48 days)
   * and 6-16 pixels across, so that networks see the dense fringes network-flow unwrappers fail
   * on, often with decorrelated centres.
   */
  public static Scene denseFringes(long seed, int size) {
    long h = HashRandom.hash(seed, STREAM, 1, 0, 0);
    Scene base = scene(seed, size);
    int bowls = 2 + (int) (HashRandom.uniform(HashRandom.stream(h, 0)) * 4);
    double slowest = draw(h, 1, 300, 1200);
    DeformationSpec bowlsOnly = new DeformationSpec(bowls, slowest, draw(h, 2, slowest, 4000),
        6, 16, 0, 10, 10, 10, 10, 20);
    return ScenePresets.mining(seed).withSize(size, size).withDecorrelation(base.decorrelation())
        .withAcquisitions(base.acquisitions()).withDeformation(bowlsOnly);
  }

  /**
   * A training scene for the landslide detector: the landslides or mixed preset (3 to 2) with
   * 4 to 12 slides of 5 to 200 mm/year and 12 to 56 pixels, 0 to 4 lookalike cells of 3 to 7 rad,
   * turbulence of strength 1 to 3 rad (a date's screen spreading by 0.16 to 0.5 rad over the
   * scene, {@link AtmosphereSpec}), half the time the land cover of {@link #scene} (decorrelated gaps),
   * and 6 to 30 acquisitions every 6 or 12 days, each paired with its next 1 to 4: gradient
   * stacks of 5 to about 100 interferograms. Half of them stand on ground that moves everywhere
   * ({@link RegionalMotion}: 30 to 600 mm/year at its peak, log-uniform, bowls of 25 to 100
   * pixels), so that the network learns a slide as a local pattern against a gradient stack
   * that is strong and structured everywhere, as a real city's is (README, "A known target in
   * real noise").
   */
  public static Scene landslideStack(long seed, int size) {
    long h = HashRandom.hash(seed, STREAM, 2, 0, 0);
    boolean mixed = HashRandom.uniform(HashRandom.stream(h, 0)) < 0.4;
    Scene base = ScenePresets.named(mixed ? ScenePresets.MIXED : ScenePresets.LANDSLIDES, seed)
        .withSize(size, size);
    DeformationSpec d = base.deformation();
    double slowest = draw(h, 1, 5, 60);
    DeformationSpec slides = new DeformationSpec(d.bowlCount(), d.bowlMinMmPerYear(),
        d.bowlMaxMmPerYear(), d.bowlMinSigmaPx(), d.bowlMaxSigmaPx(),
        4 + (int) (HashRandom.uniform(HashRandom.stream(h, 2)) * 9), slowest,
        draw(h, 3, slowest, 200), 12, (int) draw(h, 4, 24, 56), d.slopeThresholdDeg());
    AtmosphereSpec a = base.atmosphere();
    AtmosphereSpec atmosphere = new AtmosphereSpec(draw(h, 5, 1, 3), a.turbulenceScaleMetres(),
        a.stratifiedRadPerKm(), (int) (HashRandom.uniform(HashRandom.stream(h, 6)) * 5),
        draw(h, 7, 3, 7));
    int interval = HashRandom.uniform(HashRandom.stream(h, 8)) < 0.5 ? 6 : 12;
    int dates = 6 + (int) (HashRandom.uniform(HashRandom.stream(h, 9)) * 25);
    int neighbours = 1 + (int) (HashRandom.uniform(HashRandom.stream(h, 10)) * 4);
    if (HashRandom.uniform(HashRandom.stream(h, 12)) < 0.5) {
      slides = slides.withRegional(StrictMath.exp(draw(h, 13, StrictMath.log(30),
          StrictMath.log(600))), draw(h, 14, 25, 100));
    }
    Scene scene = base.withDeformation(slides).withAtmosphere(atmosphere)
        .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), interval, dates,
            neighbours, 0));
    return HashRandom.uniform(HashRandom.stream(h, 11)) < 0.5
        ? scene.withDecorrelation(scene(seed, size).decorrelation()) : scene;
  }

  private static double draw(long h, long k, double lo, double hi) {
    return HashRandom.uniform(HashRandom.stream(h, k), lo, hi);
  }
}
