package org.dlinsar.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.report.DetectionScores;
import org.dlinsar.report.DetectionTrial;
import org.dlinsar.report.TrialTotals;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.DecorrelationSpec;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SeamSpec;

/**
 * DL-Detect against the simulator's truth over several seeds: the table the README records and
 * {@code minScore}'s default comes from.
 *
 * <p>Usage: {@code DetectionEvaluation [--compare] preset mode firstSeed seeds [dates neighbours
 * [forest gamma0]]}; {@code --compare} runs methods CLASSICAL, DL (the bundled network joined with
 * the classical method as its card says) and the network alone on the same stacks and prints a
 * table for each (the network alone's over its probabilities), e.g. {@code landslides LANDSLIDE 1001 10}: the preset's scenes of seeds firstSeed to
 * firstSeed + seeds - 1 (acquisitions every 12 days, each paired with its next {@code
 * neighbours}; default the preset's 11 and 2; {@code forest} and {@code gamma0} replace the
 * share of the scene under vegetation and its short-term coherence, e.g. 0.6 and 0.55 for a
 * forest where 12-day pairs reach coherence 0.2: pixels a few pairs pass the mask at), the chain of {@link DetectionTrial}, and for each minScore of the table
 * the recall of the mode's sites (all, and those the stack makes visible), the precision against
 * every site, the lookalike cells detected, in mode LANDSLIDE the recall of the slides the
 * gradient stack separates from its background ({@code SeparableSites}), and in mode SUBSIDENCE
 * the dates seen of each bowl's surest detection against its motion ({@link org.dlinsar.report.DatesSeenScores}). Prints the detection time per scene too. {@code
 * --dump file} also writes every trial's detections (all scores) and truth, one JSON line each
 * ({@link TrialDump}), for rules to be tried on them offline; {@code --model file.onnx} runs
 * that model (its card beside it) as method DL and, its card without its ensemble, as the network
 * alone, instead of the bundled one, so that a card scored is the card of the network run
 * ({@code score_detector.py --card}); {@code --network-model file.onnx} runs that model as the
 * network alone only, to compare a newly trained network on the same stacks; {@code --set name=value} (repeatable) gives
 * every method a numeric DL-Detect parameter, e.g. {@code --set minSlope=0}; {@code --seams n}
 * puts n seams in every scene ({@link org.dlinsar.sim.Seam}, at {@code simulate --seams}'s rate),
 * {@code --seam-tilt deg} turns them that far off the axes;
 * {@code --reference-date k} pairs every date with date k instead (the single-reference stack of
 * SNAP's InterferogramOp; {@code neighbours} is then ignored);
 * {@code --fringes} runs
 * mode SUBSIDENCE on the masked stack without its gradient stack (the bowls of the interferograms'
 * fringes alone, as before the gradient stack found them).
 */
public final class DetectionEvaluation {

  private static final double[] MIN_SCORES = {0.30, 0.35, 0.40, 0.45, 0.46, 0.47, 0.48, 0.50, 0.55, 0.60};
  /** The network alone scores by its probabilities: a wider table. */
  private static final double[] DL_MIN_SCORES = {0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90};
  /** Method DL with the bundled model's card stripped of its ensemble: the network alone. */
  static final String NETWORK = NetworkAlone.NAME;

  /**
   * DL-Detect's parameters for one of the compared methods, at its table's lowest minScore.
   *
   * @param model the model file method DL runs; null: the bundled one
   * @param networkAlone the model file {@link #NETWORK} runs (its card without an ensemble)
   */
  private static Map<String, Object> parameters(String method, Path model, Path networkAlone,
      Map<String, Object> extra) {
    Map<String, Object> p = new HashMap<>(extra);
    boolean alone = method.equals(NETWORK);
    p.put("method", alone ? "DL" : method);
    p.put("minScore", alone ? DL_MIN_SCORES[0] : MIN_SCORES[0]);
    if (alone) {
      p.put("modelFile", networkAlone.toFile());
    } else if (method.equals("DL") && model != null) {
      p.put("modelFile", model.toFile());
    }
    return p;
  }

  /** Every {@code --set name=value} in {@code rest}, taken out of it: DL-Detect parameters. */
  private static Map<String, Object> setOptions(List<String> rest, BenchArguments options) {
    Map<String, Object> set = new HashMap<>();
    int at;
    while ((at = rest.indexOf("--set")) >= 0 && at + 1 < rest.size()) {
      String[] kv = rest.get(at + 1).split("=", 2);
      if (kv.length < 2) {
        throw options.refuse("--set takes name=value, got '" + rest.get(at + 1) + "'");
      }
      set.put(kv[0], options.number(kv[1], "--set " + kv[0]));
      rest.subList(at, at + 2).clear();
    }
    return set;
  }

  /** {@code --size WxH} in {@code rest}, taken out of it: the scenes' size; null when absent. */
  private static int[] sizeOption(List<String> rest, BenchArguments options) {
    String[] wh = pairOption(rest, "--size", "x");
    if (wh != null && wh.length != 2) {
      throw options.refuse("--size takes WxH, got '" + String.join("x", wh) + "'");
    }
    return wh == null ? null : new int[] {options.positive(wh[0], "--size's width"),
        options.positive(wh[1], "--size's height")};
  }

  /**
   * {@code --regional RATE,SCALE} in {@code rest}, taken out of it: the regional motion the
   * scenes stand on (mm/year at its peak, pixels); null when absent.
   */
  private static double[] regionalOption(List<String> rest, BenchArguments options) {
    String[] rs = pairOption(rest, "--regional", ",");
    if (rs != null && rs.length != 2) {
      throw options.refuse("--regional takes mm,px, got '" + String.join(",", rs) + "'");
    }
    return rs == null ? null : new double[] {options.number(rs[0], "--regional's mm/year"),
        options.number(rs[1], "--regional's scale")};
  }

  /** The value of option {@code name} split at {@code separator}, taken out; null when absent. */
  private static String[] pairOption(List<String> rest, String name, String separator) {
    String value = option(rest, name);
    return value == null ? null : value.split(separator);
  }

  /** The value of option {@code name} in {@code rest} as a path; null when absent. */
  private static Path pathOption(List<String> rest, String name) {
    String value = option(rest, name);
    return value == null ? null : Path.of(value);
  }

  /** The value of option {@code name} in {@code rest}, both taken out of it; null when absent. */
  private static String option(List<String> rest, String name) {
    int at = rest.indexOf(name);
    if (at < 0 || at + 1 >= rest.size()) {
      return null;
    }
    String value = rest.get(at + 1);
    rest.subList(at, at + 2).clear();
    return value;
  }

  private DetectionEvaluation() {}

  private static final String USAGE = "bench/detect-eval.sh [--compare] [--fringes] [--dump file.jsonl]"
      + " [--model file.onnx] [--network-model file.onnx] [--size WxH] [--regional mm,px] [--seams n] [--seam-tilt deg] [--reference-date k]"
      + " [--set name=value ...] [--mask OTSU|DL] preset LANDSLIDE|SUBSIDENCE firstSeed seeds [dates neighbours [forest gamma0]]";

  public static void main(String[] arguments) throws Exception {
    BenchArguments.run(() -> run(arguments));
  }

  private static void run(String[] arguments) {
    BenchArguments options = new BenchArguments(USAGE, arguments);
    List<String> rest = new ArrayList<>(List.of(arguments));
    boolean compare = rest.remove("--compare");
    boolean fringes = rest.remove("--fringes");
    Path dump = pathOption(rest, "--dump");
    Path model = pathOption(rest, "--model");
    Path networkModel = pathOption(rest, "--network-model");
    int[] size = sizeOption(rest, options);
    double[] regional = regionalOption(rest, options);
    String maskOption = option(rest, "--mask");
    String maskMethod = maskOption == null ? "OTSU" : maskOption;
    if (!List.of("OTSU", "DL").contains(maskMethod)) {
      throw options.refuse("--mask must be OTSU or DL, got '" + maskMethod + "'");
    }
    if (!maskMethod.equals("OTSU")) {
      System.out.println("DL-Mask method " + maskMethod + " before the gradient stack");
    }
    String seamsOption = option(rest, "--seams");
    String tiltOption = option(rest, "--seam-tilt");
    SeamSpec seams = SeamSpec.atDefaultRate(
        seamsOption == null ? 0 : options.positive(seamsOption, "--seams"))
        .tilted(tiltOption == null ? 0 : options.number(tiltOption, "--seam-tilt"));
    String referenceOption = option(rest, "--reference-date");
    int referenceDate = referenceOption == null ? AcquisitionPlan.SMALL_BASELINE
        : options.within(referenceOption, "--reference-date", 0, 999);
    Map<String, Object> extra = setOptions(rest, options);
    String[] args = rest.toArray(new String[0]);
    BenchArguments positional = new BenchArguments(USAGE, args);
    positional.text(3, "seeds"); // preset, mode, firstSeed and seeds are needed
    List<String> methods = compare ? List.of("CLASSICAL", "DL", NETWORK) : List.of("CLASSICAL");
    if (args.length == 7) {
      throw positional.refuse("give the vegetation's share and its gamma0 together");
    }
    String preset = positional.oneOf(0, "preset", ScenePresets.NAMES);
    String mode = positional.oneOf(1, "mode", List.of("LANDSLIDE", "SUBSIDENCE"));
    long first = positional.seed(2, "firstSeed", 0);
    int seeds = positional.positive(3, "seeds", 0);
    int dates = positional.within(4, "dates", 2, 1000, 11); // as the acquisition plan takes them
    int neighbours = positional.positive(5, "neighbours", 2);
    double forest = args.length > 7 ? positional.number(args[6], "forest") : 0;
    double gamma0 = args.length > 7 ? positional.number(args[7], "gamma0") : 0;
    Path alone = networkModel != null ? networkModel : model;
    Path networkAlone = !compare ? null : alone != null
        ? NetworkAlone.modelFile(alone)
        : NetworkAlone.modelFile(mode.equals("LANDSLIDE") ? "yolo-landslide" : "ddnet-subsidence");
    List<List<DetectionTrial>> trials = new ArrayList<>();
    for (String ignored : methods) {
      trials.add(new ArrayList<>());
    }
    for (long seed = first; seed < first + seeds; seed++) {
      Scene scene = ScenePresets.named(preset, seed, dates, neighbours);
      if (size != null) {
        scene = scene.withSize(size[0], size[1]);
      }
      if (regional != null) {
        scene = scene.withDeformation(scene.deformation().withRegional(regional[0], regional[1]));
      }
      scene = scene.withSeams(seams).withAcquisitions(scene.acquisitions().withReferenceDate(referenceDate));
      if (args.length > 7) {
        scene = scene.withDecorrelation(forested(scene.decorrelation(),
            forest, gamma0));
      }
      List<Map<String, Object>> parameters =
          methods.stream().map(m -> parameters(m, model, networkAlone, extra)).toList();
      List<DetectionTrial> byMethod = fringes
          ? DetectionTrial.runOnInterferograms(scene, parameters)
          : DetectionTrial.runParameters(scene, mode, parameters, maskMethod);
      for (int m = 0; m < methods.size(); m++) {
        DetectionTrial trial = byMethod.get(m);
        trials.get(m).add(trial);
        System.out.printf(Locale.ROOT, "seed %d %s: %d sites, %d visible, %.1f s%n", seed,
            methods.get(m), trial.sites().size(), trial.visible().stream().filter(v -> v).count(),
            trial.seconds());
      }
    }
    if (dump != null) {
      TrialDump.write(dump, methods, trials);
    }
    for (int m = 0; m < methods.size(); m++) {
      table(trials.get(m), methods.get(m), methods.get(m).equals(NETWORK) ? DL_MIN_SCORES
          : MIN_SCORES, preset, mode, first, seeds, dates,
          referenceDate == AcquisitionPlan.SMALL_BASELINE ? neighbours + " neighbours"
              : "date " + referenceDate + " as the reference", args);
    }
  }

  private static void table(List<DetectionTrial> trials, String method, double[] minScores,
      String preset, String mode, long first, int seeds, int dates, String pairs, String[] args) {
    System.out.printf(Locale.ROOT, "%n%s, mode %s, method %s, seeds %d..%d, %d dates x %s%s%n",
        preset, mode, method, first, first + seeds - 1, dates, pairs, args.length > 7
            ? ", vegetation " + args[6] + " of the scene at gamma0 " + args[7] : "");
    boolean dated = mode.equals("SUBSIDENCE");
    System.out.println("| minScore | recall (all sites) | recall (visible) | precision | lookalikes detected"
        + " | second boxes on a site |" + (dated ? " dates seen while still | full-fringe dates seen |"
        : " recall (separable) |"));
    System.out.println("| --- | --- | --- | --- | --- | --- |" + (dated ? " --- | --- |" : " --- |"));
    for (double minScore : minScores) {
      TrialTotals t = TrialTotals.of(trials, minScore);
      DetectionScores recall = t.recall();
      DetectionScores precision = t.precision();
      String more = dated
          ? String.format(Locale.ROOT, " %d/%d | %d/%d |", t.dates().listedStill(),
              t.dates().listed(), t.dates().fringeDatesListed(), t.dates().fringeDates())
          : String.format(Locale.ROOT, " %.3f (%d/%d) |", t.separable().visibleRecall(),
              t.separable().visibleHit(), t.separable().visibleSites());
      System.out.printf(Locale.ROOT, "| %.2f | %.2f (%d/%d) | %.2f (%d/%d) | %.2f (%d/%d) | %d/%d | %d |%s%n",
          minScore, recall.recall(), recall.sitesHit(), recall.sites(), recall.visibleRecall(),
          recall.visibleHit(), recall.visibleSites(), precision.precision(), precision.hitting(),
          precision.detections(), t.lookalikes(), t.cells(), t.secondBoxes(), more);
    }
  }

  /** The decorrelation with another vegetation share and short-term vegetation coherence. */
  private static DecorrelationSpec forested(DecorrelationSpec d, double share, double gamma0) {
    return new DecorrelationSpec(d.bareGamma0(), d.bareFloor(), d.bareDecayDays(), gamma0,
        d.vegetationFloor(), d.vegetationDecayDays(), share, d.maskCutoff());
  }
}
