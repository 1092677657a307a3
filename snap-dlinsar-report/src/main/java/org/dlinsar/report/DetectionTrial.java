package org.dlinsar.report;

import org.dlinsar.detect.DetectionsRead;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.sim.Lookalike;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.SiteVisibility;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * Runs the chain on a simulated scene in memory and scores DL-Detect against the truth: DL-Mask
 * (Otsu), then Phase-Gradient-Stack and DL-Detect on it (the interferograms carried along, as a
 * chained graph has them; mode SUBSIDENCE may also run on the masked stack alone, to measure the
 * bowls of the interferograms' fringes). Shared by the tests and the evaluation program, so that
 * their figures mean the same.
 *
 * @param scene the scene simulated
 * @param detections what DL-Detect put in the Detections metadata, every score
 * @param sites the sites of the mode's class, the ones recall counts
 * @param visible per site, whether the stack makes it visible ({@link SiteVisibility})
 * @param separable in mode LANDSLIDE, per site, whether the gradient stack separates it from its
 *     background ({@link SeparableSites}); empty in mode SUBSIDENCE
 * @param allSites every site of the scene: a detection hitting any is no false alarm (a bowl on a
 *     slope is ground motion in the gradient stack too)
 * @param lookalikes the scene's lookalike cells
 * @param seconds the time of the chain (the first mode's simulation included)
 */
public record DetectionTrial(Scene scene, List<DetectionsRead.Row> detections, List<Site> sites,
    List<Boolean> visible, List<Boolean> separable, List<Site> allSites, List<Lookalike> lookalikes,
    double seconds) {

  /** Runs mode {@code LANDSLIDE} or {@code SUBSIDENCE} with DL-Detect's minScore {@code minScore}. */
  public static DetectionTrial run(Scene scene, String mode, double minScore) {
    return runModes(scene, List.of(mode), minScore).get(0);
  }

  /**
   * Runs mode {@code LANDSLIDE} on a gradient stack without its {@code grad_stderr} band (the
   * rates weighted by their count alone): detection as it was before the stack had an error,
   * to measure what the error brings.
   */
  public static DetectionTrial runWithoutStandardError(Scene scene, double minScore) {
    return runAll(scene, List.of(new Run("LANDSLIDE", Input.WITHOUT_STANDARD_ERROR,
        Map.of("method", "CLASSICAL", "minScore", minScore)))).get(0);
  }

  /**
   * Runs each of {@code modes} (method CLASSICAL) on one simulated stack and its masks
   * (simulated once).
   *
   * @return the trials, in the order of {@code modes}
   */
  public static List<DetectionTrial> runModes(Scene scene, List<String> modes, double minScore) {
    return runAll(scene, modes.stream().map(m -> new Run(m, Input.GRADIENT_STACK,
        Map.<String, Object>of("method", "CLASSICAL", "minScore", minScore))).toList());
  }

  /**
   * Runs DL-Detect in {@code mode} once per entry of {@code parameters} (its method, minScore and
   * any other of its parameters, e.g. a modelFile) on one simulated stack.
   *
   * @return the trials, in the order of {@code parameters}
   */
  public static List<DetectionTrial> runParameters(Scene scene, String mode,
      List<Map<String, Object>> parameters) {
    return runParameters(scene, mode, parameters, "OTSU");
  }

  /**
   * As above on a stack masked by DL-Mask's {@code maskMethod} (OTSU, the training sets' and
   * cards' mask, or DL, the shipped chain's).
   */
  public static List<DetectionTrial> runParameters(Scene scene, String mode,
      List<Map<String, Object>> parameters, String maskMethod) {
    return runAll(scene, parameters.stream().map(p -> new Run(mode, Input.GRADIENT_STACK, p))
        .toList(), maskMethod);
  }

  /**
   * Runs DL-Detect SUBSIDENCE once per entry of {@code parameters} on the masked stack without
   * its gradient stack: the bowls of the interferograms' fringes alone.
   */
  public static List<DetectionTrial> runOnInterferograms(Scene scene,
      List<Map<String, Object>> parameters) {
    return runAll(scene, parameters.stream().map(p -> new Run("SUBSIDENCE", Input.INTERFEROGRAMS,
        p)).toList());
  }

  /** What DL-Detect reads. */
  private enum Input {
    /** The gradient stack with the interferograms and masks carried along. */
    GRADIENT_STACK,
    /** The same without grad_stderr: rates weighted by their count alone. */
    WITHOUT_STANDARD_ERROR,
    /** The masked interferograms, no gradient stack. */
    INTERFEROGRAMS
  }

  /**
   * One DL-Detect run of a trial.
   *
   * @param parameters DL-Detect's, but for its mode
   */
  private record Run(String mode, Input input, Map<String, Object> parameters) {}

  private static List<DetectionTrial> runAll(Scene scene, List<Run> runs) {
    return runAll(scene, runs, "OTSU");
  }

  private static List<DetectionTrial> runAll(Scene scene, List<Run> runs, String maskMethod) {
    long start = System.nanoTime();
    StackSimulator sim = new StackSimulator(scene);
    Product stack = SimulatedProducts.stack(scene);
    Product masked = GPF.createProduct("DL-Mask", Map.of("method", maskMethod), stack);
    Product gradients = null;
    LandslideVisibility landslides = null;
    List<DetectionTrial> trials = new ArrayList<>();
    for (Run run : runs) {
      if (gradients == null && run.input() != Input.INTERFEROGRAMS) {
        gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked);
      }
      if (landslides == null && "LANDSLIDE".equals(run.mode())) {
        long judging = System.nanoTime();
        landslides = LandslideVisibility.of(sim, gradients);
        start += System.nanoTime() - judging; // scoring, not the chain's time
      }
      trials.add(detect(sim, masked, gradients, landslides, run, start));
      start = System.nanoTime();
    }
    masked.dispose();
    stack.dispose();
    return trials;
  }

  private static DetectionTrial detect(StackSimulator sim, Product masked, Product gradients,
      LandslideVisibility landslides, Run run, long start) {
    Scene scene = sim.scene();
    Map<String, Object> params = new HashMap<>(run.parameters());
    params.put("mode", run.mode());
    List<Site> sites;
    List<Boolean> visible;
    List<Boolean> separable = List.of();
    Product detected;
    if ("LANDSLIDE".equals(run.mode())) {
      detected = run.input() == Input.GRADIENT_STACK
          ? GPF.createProduct("DL-Detect", params, gradients)
          : GPF.createProduct("DL-Detect", params, GPF.createProduct("BandSelect",
              Map.of("sourceBands", new String[] {"grad_az", "grad_rg", "grad_count"}),
              gradients), masked);
      sites = landslides.sites();
      visible = landslides.visible();
      separable = landslides.separable();
    } else {
      detected = GPF.createProduct("DL-Detect", params,
          run.input() == Input.INTERFEROGRAMS ? masked : gradients);
      sites = sitesOf(sim, SiteClass.SUBSIDENCE);
      visible = SiteVisibility.inInterferograms(sim, sites);
    }
    List<DetectionsRead.Row> rows = DetectionsRead.from(detected);
    double seconds = (System.nanoTime() - start) / 1e9;
    detected.dispose();
    return new DetectionTrial(scene, rows, sites, visible, separable, sim.sites(),
        sim.lookalikes(), seconds);
  }

  /** Recall of the mode's sites by the detections scoring at least {@code minScore}. */
  public DetectionScores scores(double minScore) {
    return DetectionScores.of(DetectionsRead.boxes(detections, minScore),
        sites.stream().map(Site::box).toList(), visible);
  }

  /**
   * Recall of the landslides the gradient stack separates from its background ({@link
   * SeparableSites}; as the visible sites of the scores) by the detections scoring at least
   * {@code minScore}.
   *
   * @throws IllegalStateException in mode SUBSIDENCE, which does not judge them
   */
  public DetectionScores separableScores(double minScore) {
    if (separable.size() != sites.size()) {
      throw new IllegalStateException("only mode LANDSLIDE judges which sites are separable");
    }
    return DetectionScores.of(DetectionsRead.boxes(detections, minScore),
        sites.stream().map(Site::box).toList(), separable);
  }

  /** Precision of the detections scoring at least {@code minScore}, against every site. */
  public DetectionScores anySite(double minScore) {
    return DetectionScores.of(DetectionsRead.boxes(detections, minScore),
        allSites.stream().map(Site::box).toList(),
        allSites.stream().map(s -> Boolean.TRUE).toList());
  }

  /** The lookalike cells the detections scoring at least {@code minScore} found. */
  public int lookalikesDetected(double minScore) {
    return DetectionScores.lookalikesFound(DetectionsRead.boxes(detections, minScore), lookalikes,
        allSites.stream().map(Site::box).toList());
  }

  /**
   * The dates seen of each site's surest detection scoring at least {@code minScore}, against
   * how the site moved ({@link DatesSeenScores}).
   */
  public DatesSeenScores datesSeen(double minScore) {
    DatesSeenScores scores = DatesSeenScores.NONE;
    for (Site site : sites) {
      Optional<DetectionsRead.Row> surest = detections.stream()
          .filter(d -> d.score() >= minScore && DetectionScores.hits(d.box(), site.box()))
          .max(Comparator.comparingDouble(DetectionsRead.Row::score));
      if (surest.isPresent()) {
        scores = scores.plus(DatesSeenScores.of(site, surest.get().dates(), scene.acquisitions(),
            scene.radar().phasePerMm()));
      }
    }
    return scores;
  }

  /** The sites of {@code siteClass}, in id order. */
  static List<Site> sitesOf(StackSimulator sim, SiteClass siteClass) {
    List<Site> sites = new ArrayList<>();
    for (Site site : sim.sites()) {
      if (site.siteClass() == siteClass) {
        sites.add(site);
      }
    }
    return sites;
  }
}
