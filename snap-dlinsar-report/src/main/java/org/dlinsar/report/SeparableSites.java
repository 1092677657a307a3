package org.dlinsar.report;

import java.util.ArrayList;
import java.util.List;
import org.dlinsar.sim.Lookalike;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteVisibility;
import org.dlinsar.sim.StackSimulator;

/**
 * Which sites a gradient stack separates from its background: the test of an ideal observer,
 * from the simulator's truth, the bound on what any detector reading the stack can find.
 *
 * <p>The observer knows a site's true phase-rate gradient field (shape, size and amplitude) and
 * correlates the stack's {@code grad_az}/{@code grad_rg} with it, each pixel weighted by 1 /
 * {@code grad_stderr}^2 (a matched filter; pixels covered by fewer than half the frame's most
 * interferograms left out, as {@link SiteVisibility} does): once at the site's true place, and at
 * every {@value #STEP}-th place of the frame's background (the template's box touching no site and
 * no lookalike cell). The site is separable when its correlation exceeds the background's largest
 * in magnitude: about one false alarm per frame for that one template, which on the simulated
 * 256 x 256 scenes (six or seven visible slides each) is precision 0.85. A detector that knows
 * neither shape nor size searches many templates, so it can hardly do better, unless it also
 * reads the interferograms' time series, as DL-Detect's classical half does.
 *
 * <p>{@link SiteVisibility}'s bar (the steepest true gradient at one noise sigma) is necessary but
 * not sufficient: on the simulated landslide scenes about one slide in nine that passes it is not
 * separable, and no slide that fails it is.
 */
public final class SeparableSites {

  /** Background places are tested every this many pixels in each direction. */
  static final int STEP = 2;
  /** Pixels the template's box reaches beyond the site's, and keeps away from other sites. */
  static final int CLEARANCE = 4;

  private final StackSimulator sim;
  private final int width;
  private final int height;
  private final float[] azimuth;
  private final float[] range;
  /** 1 / grad_stderr^2 where the pixel is well covered, else 0. */
  private final float[] weight;

  /** A site's correlation with its own template, and the background's largest. */
  public record Separation(double atSite, double background) {
    public boolean separable() {
      return atSite > background;
    }
  }

  /**
   * @param sim the scene's simulator
   * @param azimuth grad_az of the stack, row-major over the scene; not modified
   * @param range grad_rg; not modified
   * @param count grad_count as read (NaN counts 0); not modified
   * @param standardError grad_stderr; not modified
   */
  public SeparableSites(StackSimulator sim, float[] azimuth, float[] range, float[] count,
      float[] standardError) {
    this.sim = sim;
    this.width = sim.scene().width();
    this.height = sim.scene().height();
    this.azimuth = azimuth;
    this.range = range;
    float full = 0;
    for (float c : count) {
      full = Math.max(full, Float.isNaN(c) ? 0 : c);
    }
    weight = new float[width * height];
    for (int i = 0; i < weight.length; i++) {
      float e = standardError[i];
      boolean usable = 2 * count[i] >= full && e > 0 && !Float.isNaN(azimuth[i])
          && !Float.isNaN(range[i]);
      weight[i] = usable ? 1 / (e * e) : 0;
    }
  }

  /** Per site, whether the stack separates it from the background. */
  public List<Boolean> of(List<Site> sites) {
    List<Boolean> separable = new ArrayList<>();
    for (Site site : sites) {
      separable.add(separation(site).separable());
    }
    return separable;
  }

  /** The site's correlation with its true gradient field, and the background's largest. */
  public Separation separation(Site site) {
    Template t = template(site);
    double atSite = Math.abs(correlate(t, site.box().x0() - CLEARANCE,
        site.box().y0() - CLEARANCE));
    return new Separation(atSite, largestBackground(t));
  }

  /** A site's true phase-rate gradient over its box grown by {@link #CLEARANCE}. */
  private record Template(int width, int height, float[] azimuth, float[] range) {}

  /** Central differences of the true velocity, in the stack's units (rad/pixel/year). */
  private Template template(Site site) {
    PixelBox box = site.box();
    PixelBox grown = new PixelBox(box.x0() - CLEARANCE - 1, box.y0() - CLEARANCE - 1,
        box.x1() + CLEARANCE + 1, box.y1() + CLEARANCE + 1);
    float[] v = velocityOver(grown);
    int gw = grown.width();
    int tw = gw - 2;
    int th = grown.height() - 2;
    double perMm = sim.scene().radar().phasePerMm();
    float[] az = new float[tw * th];
    float[] rg = new float[tw * th];
    for (int y = 0; y < th; y++) {
      for (int x = 0; x < tw; x++) {
        int i = (y + 1) * gw + x + 1;
        az[y * tw + x] = (float) (perMm * (v[i + gw] - v[i - gw]) / 2);
        rg[y * tw + x] = (float) (perMm * (v[i + 1] - v[i - 1]) / 2);
      }
    }
    return new Template(tw, th, az, rg);
  }

  /** The true velocity over a box that may reach outside the scene (0 there). */
  private float[] velocityOver(PixelBox box) {
    PixelBox inside = new PixelBox(Math.max(0, box.x0()), Math.max(0, box.y0()),
        Math.min(width, box.x1()), Math.min(height, box.y1()));
    float[] v = new float[box.width() * box.height()];
    float[] truth = sim.truth(inside).velocityMmPerYear();
    for (int y = inside.y0(); y < inside.y1(); y++) {
      for (int x = inside.x0(); x < inside.x1(); x++) {
        v[(y - box.y0()) * box.width() + x - box.x0()] =
            truth[(y - inside.y0()) * inside.width() + x - inside.x0()];
      }
    }
    return v;
  }

  /**
   * The weighted correlation of the stack with the template placed with its corner at (x0, y0),
   * in units of its noise: sum w (t . g) / sqrt(sum w |t|^2).
   */
  private double correlate(Template t, int x0, int y0) {
    double signal = 0;
    double norm = 0;
    for (int y = Math.max(0, -y0); y < Math.min(t.height, height - y0); y++) {
      int row = (y0 + y) * width;
      for (int x = Math.max(0, -x0); x < Math.min(t.width, width - x0); x++) {
        int f = row + x0 + x;
        float wt = weight[f];
        if (wt == 0) {
          continue;
        }
        int k = y * t.width + x;
        signal += wt * (t.azimuth[k] * azimuth[f] + t.range[k] * range[f]);
        norm += wt * (t.azimuth[k] * t.azimuth[k] + t.range[k] * t.range[k]);
      }
    }
    return norm > 0 ? signal / Math.sqrt(norm) : 0;
  }

  /** The largest |correlation| over the background's places. */
  private double largestBackground(Template t) {
    List<PixelBox> avoid = new ArrayList<>();
    for (Site s : sim.sites()) {
      avoid.add(s.box());
    }
    for (Lookalike l : sim.lookalikes()) {
      avoid.add(l.box());
    }
    double largest = 0;
    for (int y0 = 0; y0 + t.height <= height; y0 += STEP) {
      for (int x0 = 0; x0 + t.width <= width; x0 += STEP) {
        PixelBox place = new PixelBox(x0, y0, x0 + t.width, y0 + t.height);
        if (avoid.stream().noneMatch(a -> overlaps(a, place))) {
          largest = Math.max(largest, Math.abs(correlate(t, x0, y0)));
        }
      }
    }
    return largest;
  }

  private static boolean overlaps(PixelBox a, PixelBox b) {
    return a.x0() < b.x1() && b.x0() < a.x1() && a.y0() < b.y1() && b.y0() < a.y1();
  }
}
