package org.dlinsar.bench;

import java.util.List;
import java.util.Locale;
import org.dlinsar.report.DetectionScores;
import org.dlinsar.report.DetectionTrial;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.Site;

/**
 * Which sites DL-Detect misses at a minScore, and why they might be missed: per missed site its
 * size, rate, visibility, the best score of a detection hitting it (down to 0.3) and its nearest
 * other site. Usage: {@code bench/java.sh MissedSites preset LANDSLIDE|SUBSIDENCE firstSeed seeds
 * minScore} (issue 9, point 4).
 */
public final class MissedSites {

  private MissedSites() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments(
        "bench/java.sh MissedSites preset LANDSLIDE|SUBSIDENCE firstSeed seeds minScore", args)));
  }

  private static void run(BenchArguments args) {
    args.text(4, "minScore"); // every argument is needed
    String preset = args.oneOf(0, "preset", ScenePresets.NAMES);
    String mode = args.oneOf(1, "mode", List.of("LANDSLIDE", "SUBSIDENCE"));
    long first = args.seed(2, "firstSeed", 0);
    int seeds = args.positive(3, "seeds", 0);
    double minScore = args.number(args.text(4, "minScore"), "minScore");
    for (long seed = first; seed < first + seeds; seed++) {
      Scene scene = ScenePresets.named(preset, seed, 11, 2);
      DetectionTrial t = DetectionTrial.run(scene, mode, 0.3);
      for (int s = 0; s < t.sites().size(); s++) {
        Site site = t.sites().get(s);
        double best = 0;
        for (DetectionsRead.Row r : t.detections()) {
          if (DetectionScores.hits(r.box(), site.box())) {
            best = Math.max(best, r.score());
          }
        }
        if (best >= minScore) {
          continue;
        }
        Site near = null;
        double d = Double.MAX_VALUE;
        for (Site o : t.allSites()) {
          double dd = Math.hypot(o.peakX() - site.peakX(), o.peakY() - site.peakY());
          if (o != site && dd < d) {
            d = dd;
            near = o;
          }
        }
        PixelBox b = site.box();
        System.out.printf(Locale.ROOT,
            "seed %d site %d %s %dx%d at (%d,%d) %.0f mm/y best %.2f; nearest %s %.0f mm/y %dx%d at %.0f px%n",
            seed, site.id(), t.visible().get(s) ? "VISIBLE" : "invisible", b.width(), b.height(),
            site.peakX(), site.peakY(), site.peakVelocityMmPerYear(), best,
            near == null ? "-" : near.siteClass(), near == null ? 0 : near.peakVelocityMmPerYear(),
            near == null ? 0 : near.box().width(), near == null ? 0 : near.box().height(), d);
      }
      for (DetectionsRead.Row r : t.detections()) {
        boolean hit = t.allSites().stream().anyMatch(o -> DetectionScores.hits(r.box(), o.box()));
        if (!hit && r.score() >= minScore - 0.1) {
          System.out.printf(Locale.ROOT, "seed %d false %s score %.2f box %s%n", seed,
              r.detectionClass(), r.score(), r.box());
        }
      }
    }
  }
}
