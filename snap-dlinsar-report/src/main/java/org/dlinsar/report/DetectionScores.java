package org.dlinsar.report;

import java.util.List;
import org.dlinsar.detect.BoxOverlap;
import org.dlinsar.sim.Lookalike;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteVisibility;

/**
 * Detections scored against the simulator's sites: a detection hits a site when their boxes
 * overlap at IoU >= {@value #MIN_IOU} or the detection's centre lies in the site's box; recall is
 * the share of sites hit (and of the visible sites, see {@link SiteVisibility}), precision the
 * share of detections that hit a site. Tests, the evaluation program and the demo report share
 * these definitions.
 *
 * @param detections number of detections
 * @param hitting detections that hit some site
 * @param sites number of sites
 * @param sitesHit sites some detection hits
 * @param visibleSites sites the stack makes visible
 * @param visibleHit visible sites some detection hits
 * @param hitSites per site (in the order given), whether a detection hits it
 * @param detectionHits per detection (in the order given), whether it hits a site
 */
public record DetectionScores(int detections, int hitting, int sites, int sitesHit,
    int visibleSites, int visibleHit, List<Boolean> hitSites, List<Boolean> detectionHits) {

  /** Least box IoU at which a detection hits a site. */
  public static final double MIN_IOU = 0.1;
  /** No detection and no site: the start of a sum ({@link #plus}). */
  public static final DetectionScores NONE = new DetectionScores(0, 0, 0, 0, 0, 0, List.of(),
      List.of());

  public DetectionScores {
    hitSites = List.copyOf(hitSites);
    detectionHits = List.copyOf(detectionHits);
  }

  /**
   * @param detections the detections' boxes
   * @param sites the sites' boxes
   * @param visible per site, whether the stack makes it visible
   */
  public static DetectionScores of(List<PixelBox> detections, List<PixelBox> sites,
      List<Boolean> visible) {
    if (visible.size() != sites.size()) {
      throw new IllegalArgumentException("need one visibility per site, got " + visible.size()
          + " for " + sites.size() + " sites");
    }
    Boolean[] siteHit = new Boolean[sites.size()];
    Boolean[] detectionHit = new Boolean[detections.size()];
    int hitting = 0;
    for (int d = 0; d < detections.size(); d++) {
      detectionHit[d] = false;
      for (int s = 0; s < sites.size(); s++) {
        if (hits(detections.get(d), sites.get(s))) {
          detectionHit[d] = true;
          siteHit[s] = true;
        }
      }
      hitting += detectionHit[d] ? 1 : 0;
    }
    int sitesHit = 0;
    int visibleSites = 0;
    int visibleHit = 0;
    for (int s = 0; s < sites.size(); s++) {
      boolean hit = siteHit[s] != null;
      siteHit[s] = hit;
      sitesHit += hit ? 1 : 0;
      if (visible.get(s)) {
        visibleSites++;
        visibleHit += hit ? 1 : 0;
      }
    }
    return new DetectionScores(detections.size(), hitting, sites.size(), sitesHit, visibleSites,
        visibleHit, List.of(siteHit), List.of(detectionHit));
  }

  /** True when {@code detection} hits {@code site}, see the class comment. */
  public static boolean hits(PixelBox detection, PixelBox site) {
    int cx = (detection.x0() + detection.x1() - 1) / 2;
    int cy = (detection.y0() + detection.y1() - 1) / 2;
    return BoxOverlap.iou(detection, site) >= MIN_IOU || site.contains(cx, cy);
  }

  /**
   * The lookalike cells some detection found: its box holds the cell's centre or overlaps the
   * cell's box at IoU >= {@value #MIN_IOU}, and it hits no site.
   *
   * @param detections the detections' boxes
   * @param cells the lookalike cells
   * @param sites every site's box
   */
  public static int lookalikesFound(List<PixelBox> detections, List<Lookalike> cells,
      List<PixelBox> sites) {
    int found = 0;
    for (Lookalike cell : cells) {
      for (PixelBox box : detections) {
        boolean onSite = sites.stream().anyMatch(s -> hits(box, s));
        if (!onSite && (box.contains((int) cell.centreX(), (int) cell.centreY())
            || BoxOverlap.iou(box, cell.box()) >= MIN_IOU)) {
          found++;
          break;
        }
      }
    }
    return found;
  }

  /** The sum of several scenes' scores (per-site and per-detection lists joined). */
  public DetectionScores plus(DetectionScores other) {
    List<Boolean> sitesJoined = new java.util.ArrayList<>(hitSites);
    sitesJoined.addAll(other.hitSites);
    List<Boolean> detectionsJoined = new java.util.ArrayList<>(detectionHits);
    detectionsJoined.addAll(other.detectionHits);
    return new DetectionScores(detections + other.detections, hitting + other.hitting,
        sites + other.sites, sitesHit + other.sitesHit, visibleSites + other.visibleSites,
        visibleHit + other.visibleHit, sitesJoined, detectionsJoined);
  }

  /** Share of detections that hit a site; 1 without detections. */
  public double precision() {
    return detections == 0 ? 1 : (double) hitting / detections;
  }

  /** Share of sites hit; 1 without sites. */
  public double recall() {
    return sites == 0 ? 1 : (double) sitesHit / sites;
  }

  /** Share of visible sites hit; 1 without visible sites. */
  public double visibleRecall() {
    return visibleSites == 0 ? 1 : (double) visibleHit / visibleSites;
  }
}
