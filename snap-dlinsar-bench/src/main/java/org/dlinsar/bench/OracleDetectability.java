package org.dlinsar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.report.SiteVisibility;
import org.dlinsar.sim.Lookalike;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * How many of the visible landslides any detector could find at the precision: an upper
 * bound on DL-Detect's visible recall (issue 12, point 3).
 *
 * <p>The oracle knows each slide's true phase-rate gradient field (its shape, size and amplitude)
 * and correlates the stack's {@code grad_az}/{@code grad_rg} with it, each pixel weighted by
 * 1 / {@code grad_stderr}^2 (a matched filter): once at the slide's true place, and at every place
 * of the frame's background (the template's box touching no site and no lookalike cell). A slide
 * counts as found when its correlation exceeds the background's largest (in magnitude): about one
 * false alarm per frame for that one template, which on these scenes (6.5 visible slides per frame)
 * is the precision 0.85. A detector that reads the gradient stack only knows neither shape
 * nor size and searches many templates, so it can hardly do better (DL-Detect's classical half
 * also reads the interferograms' time series, which finds a few slides the oracle does not).
 *
 * <p>Usage: {@code bench/java.sh OracleDetectability preset firstSeed seeds [dates neighbours]
 * [bowls]}: the preset's scenes as {@code DetectionEvaluation} makes them, the chain's gradient
 * stack (DL-Mask OTSU, then Phase-Gradient-Stack through GPF). With {@code bowls}, every
 * subsidence bowl instead of the visible landslides: a bowl's steady rate shows in the gradient
 * stack as a slide's does, so the same oracle says which bowls the stack shows at all.
 */
public final class OracleDetectability {

  /** Background places are tested every this many pixels in each direction. */
  private static final int STEP = 2;
  /** Pixels the template's box keeps away from every site and lookalike cell. */
  private static final int CLEARANCE = 4;

  private OracleDetectability() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: OracleDetectability preset firstSeed seeds [dates neighbours]"
          + " [bowls]");
      System.exit(2);
    }
    String preset = args[0];
    long first = Long.parseLong(args[1]);
    int seeds = Integer.parseInt(args[2]);
    boolean bowls = args[args.length - 1].equals("bowls");
    int given = bowls ? args.length - 1 : args.length;
    int dates = given > 3 ? Integer.parseInt(args[3]) : 11;
    int neighbours = given > 4 ? Integer.parseInt(args[4]) : 2;
    SiteClass kind = bowls ? SiteClass.SUBSIDENCE : SiteClass.LANDSLIDE;
    int visible = 0;
    int found = 0;
    List<Double> margins = new ArrayList<>();
    for (long seed = first; seed < first + seeds; seed++) {
      Scene scene = ScenePresets.named(preset, seed, dates, neighbours);
      Frame frame = Frame.of(scene, kind);
      for (int s = 0; s < frame.slides.size(); s++) {
        if (!bowls && !frame.visible.get(s)) {
          continue;
        }
        Site slide = frame.slides.get(s);
        Template t = frame.template(slide);
        double atSite = Math.abs(frame.correlate(t, slide.box().x0() - CLEARANCE,
            slide.box().y0() - CLEARANCE));
        double background = frame.largestBackground(t);
        visible++;
        if (atSite > background) {
          found++;
        }
        margins.add(atSite / background);
        PixelBox b = slide.box();
        System.out.printf(Locale.ROOT, "seed %d %s %d box %d,%d,%d,%d %.0f mm/year%s: at the site"
            + " %.1f, background's largest %.1f%s%n", seed, bowls ? "bowl" : "slide", slide.id(),
            b.x0(), b.y0(), b.x1(), b.y1(), slide.peakVelocityMmPerYear(),
            frame.visible.get(s) ? "" : " (invisible)", atSite, background,
            atSite > background ? "" : "  MISSED");
      }
    }
    double[] sorted = margins.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "%n%s seeds %d..%d, %d dates x %d neighbours: the oracle finds"
        + " %d of %d %s (%.3f); site / background ratio: 5th percentile %.2f,"
        + " median %.2f%n", preset, first, first + seeds - 1, dates, neighbours, found, visible,
        bowls ? "bowls" : "visible slides",
        (double) found / visible, sorted[(int) (0.05 * sorted.length)], sorted[sorted.length / 2]);
  }

  /** One slide's true phase-rate gradient over its box grown by {@link #CLEARANCE}. */
  private record Template(int width, int height, float[] azimuth, float[] range) {}

  /** One scene's gradient stack, weights and truth. */
  private static final class Frame {
    final StackSimulator sim;
    final int w;
    final int h;
    final float[] azimuth;
    final float[] range;
    /** 1 / grad_stderr^2 where the pixel is well covered, else 0. */
    final float[] weight;
    final List<Site> slides = new ArrayList<>();
    final List<Boolean> visible;

    private Frame(StackSimulator sim, SiteClass kind, float[] azimuth, float[] range,
        float[] count, float[] stderr) {
      this.sim = sim;
      this.w = sim.scene().width();
      this.h = sim.scene().height();
      this.azimuth = azimuth;
      this.range = range;
      for (Site site : sim.sites()) {
        if (site.siteClass() == kind) {
          slides.add(site);
        }
      }
      this.visible = kind == SiteClass.LANDSLIDE
          ? SiteVisibility.inGradientStack(sim, slides, range, count)
          : SiteVisibility.inInterferograms(sim, slides);
      float full = 0;
      for (float c : count) {
        full = Math.max(full, Float.isNaN(c) ? 0 : c);
      }
      weight = new float[w * h];
      for (int i = 0; i < weight.length; i++) {
        float e = stderr[i];
        boolean usable = 2 * count[i] >= full && e > 0 && !Float.isNaN(azimuth[i])
            && !Float.isNaN(range[i]);
        weight[i] = usable ? 1 / (e * e) : 0;
      }
    }

    static Frame of(Scene scene, SiteClass kind) {
      StackSimulator sim = new StackSimulator(scene);
      Product stack = SimulatedProducts.stack(scene);
      Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
      Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked);
      Frame frame = new Frame(sim, kind, read(gradients, "grad_az"), read(gradients, "grad_rg"),
          read(gradients, "grad_count"), read(gradients, "grad_stderr"));
      gradients.dispose();
      masked.dispose();
      stack.dispose();
      return frame;
    }

    private static float[] read(Product product, String band) {
      int w = product.getSceneRasterWidth();
      int h = product.getSceneRasterHeight();
      try {
        return product.getBand(band).readPixels(0, 0, w, h, new float[w * h]);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Central differences of the true velocity, in the stack's units (rad/pixel/year). */
    Template template(Site slide) {
      PixelBox box = slide.box();
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
          Math.min(w, box.x1()), Math.min(h, box.y1()));
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
    double correlate(Template t, int x0, int y0) {
      double signal = 0;
      double norm = 0;
      for (int y = 0; y < t.height; y++) {
        int fy = y0 + y;
        if (fy < 0 || fy >= h) {
          continue;
        }
        for (int x = 0; x < t.width; x++) {
          int fx = x0 + x;
          if (fx < 0 || fx >= w) {
            continue;
          }
          int f = fy * w + fx;
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
    double largestBackground(Template t) {
      List<PixelBox> avoid = new ArrayList<>();
      for (Site s : sim.sites()) {
        avoid.add(s.box());
      }
      for (Lookalike l : sim.lookalikes()) {
        avoid.add(l.box());
      }
      double largest = 0;
      for (int y0 = 0; y0 + t.height <= h; y0 += STEP) {
        for (int x0 = 0; x0 + t.width <= w; x0 += STEP) {
          PixelBox place = new PixelBox(x0, y0, x0 + t.width, y0 + t.height);
          if (avoid.stream().anyMatch(a -> overlaps(a, place))) {
            continue;
          }
          largest = Math.max(largest, Math.abs(correlate(t, x0, y0)));
        }
      }
      return largest;
    }

    private static boolean overlaps(PixelBox a, PixelBox b) {
      return a.x0() < b.x1() && b.x0() < a.x1() && a.y0() < b.y1() && b.y0() < a.y1();
    }
  }
}
