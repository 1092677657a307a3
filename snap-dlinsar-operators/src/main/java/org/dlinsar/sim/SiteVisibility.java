package org.dlinsar.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlinsar.stats.RobustSpread;

/**
 * Which sites a stack makes visible, from the simulator's truth, so that recall counts what a
 * detector could see.
 *
 * <p>A landslide is visible in a gradient stack when the true phase-rate gradient of its own
 * motion, at its steepest over the box's well-covered pixels (grad_count at least half the
 * frame's largest), reaches the stack's noise: the robust standard deviation of grad_rg less the
 * true regional gradient over well-covered pixels away from every site; and at least
 * {@value #MIN_PIXELS} pixels of its box are well covered (a slide under decorrelated vegetation
 * is invisible however fast). Ground that moves everywhere neither makes a slide visible (a
 * regional slope under a still slide is not the slide) nor counts as noise (it is signal the
 * detector has to tell apart by its scale, not error in the stack).
 *
 * <p>A subsidence bowl is visible in the interferograms when at least one of them shows it as
 * closed fringes: its true phase change at the peak over that pair reaches pi (half a fringe, a
 * closed contour of the wrapped phase) while at least half of its box is truly coherent there.
 */
public final class SiteVisibility {

  /** Fewest well-covered pixels of a visible landslide's box. */
  public static final int MIN_PIXELS = 10;

  private SiteVisibility() {}

  /**
   * @param sim the scene's simulator
   * @param sites the landslides to judge
   * @param rangeRate grad_rg of the stack, rad/pixel/year, row-major over the scene; not modified
   * @param countRead grad_count of the stack as read (float; no data, NaN, counts 0); not modified
   */
  public static List<Boolean> inGradientStack(StackSimulator sim, List<Site> sites,
      float[] rangeRate, float[] countRead) {
    int w = sim.scene().width();
    int h = sim.scene().height();
    int[] count = new int[countRead.length];
    for (int i = 0; i < count.length; i++) {
      count[i] = (int) countRead[i];
    }
    int full = Arrays.stream(count).max().orElse(0);
    double noise = backgroundNoise(sim, rangeRate, count, full);
    double phasePerMm = Math.abs(sim.scene().radar().phasePerMm());
    List<Boolean> visible = new ArrayList<>();
    for (Site site : sites) {
      PixelBox box = site.box();
      PixelBox grown = box.grownWithin(1, w, h);
      float[] velocity = sim.siteVelocityMmPerYear(grown);
      int gw = grown.width();
      double steepest = 0;
      int covered = 0;
      for (int y = Math.max(1, box.y0()); y < Math.min(h - 1, box.y1()); y++) {
        for (int x = Math.max(1, box.x0()); x < Math.min(w - 1, box.x1()); x++) {
          if (!wellCovered(count[y * w + x], full)) {
            continue;
          }
          covered++;
          int i = (y - grown.y0()) * gw + (x - grown.x0());
          double gx = (velocity[i + 1] - velocity[i - 1]) / 2;
          double gy = (velocity[i + gw] - velocity[i - gw]) / 2;
          steepest = Math.max(steepest, phasePerMm * Math.hypot(gx, gy));
        }
      }
      visible.add(covered >= MIN_PIXELS && steepest >= noise);
    }
    return visible;
  }

  /**
   * Whether a pixel of {@code count} interferograms is well covered in a stack whose best covered
   * pixel has {@code full}: at least half of them.
   */
  public static boolean wellCovered(int count, int full) {
    return 2 * count >= full;
  }

  /**
   * Robust sigma of grad_rg less the true regional range gradient over well-covered pixels more
   * than 3 pixels from every site.
   */
  private static double backgroundNoise(StackSimulator sim, float[] rangeRate, int[] count,
      int full) {
    int w = sim.scene().width();
    int h = sim.scene().height();
    boolean[] near = new boolean[w * h];
    for (Site site : sim.sites()) {
      PixelBox g = site.box().grownWithin(3, w, h);
      for (int y = g.y0(); y < g.y1(); y++) {
        Arrays.fill(near, y * w + g.x0(), y * w + g.x1(), true);
      }
    }
    float[] regional = sim.regionalVelocityMmPerYear(new PixelBox(0, 0, w, h));
    double phasePerMm = sim.scene().radar().phasePerMm();
    float[] samples = new float[w * h];
    int n = 0;
    for (int i = 0; i < samples.length; i++) {
      if (!near[i] && 10 * count[i] >= 9 * full && !Float.isNaN(rangeRate[i])) {
        // grad_rg is the rate of phase(x + 1) - phase(x); the last column has no neighbour.
        int next = i % w < w - 1 ? i + 1 : i;
        samples[n++] = (float) (rangeRate[i] - phasePerMm * (regional[next] - regional[i]));
      }
    }
    double median = RobustSpread.median(samples, n);
    return RobustSpread.sigma(samples, n, median);
  }

  /** Per site, whether some interferogram shows it as closed fringes (see the class comment). */
  public static List<Boolean> inInterferograms(StackSimulator sim, List<Site> sites) {
    double phasePerMm = Math.abs(sim.scene().radar().phasePerMm());
    List<Boolean> visible = new ArrayList<>();
    for (Site site : sites) {
      TruthTile truth = sim.truth(site.box());
      boolean shows = false;
      for (int p = 0; p < sim.pairs().size() && !shows; p++) {
        int ref = sim.dates().indexOf(sim.pairs().get(p).reference());
        int sec = sim.dates().indexOf(sim.pairs().get(p).secondary());
        double change = phasePerMm
            * Math.abs(site.timeSeriesMm().get(sec) - site.timeSeriesMm().get(ref));
        int coherent = 0;
        for (byte m : truth.mask(p)) {
          coherent += m;
        }
        shows = change >= Math.PI && 2 * coherent >= truth.mask(p).length;
      }
      visible.add(shows);
    }
    return visible;
  }
}
