package org.dlinsar.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlinsar.gradient.WrappedGradient;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteVisibility;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.stats.RobustSpread;

/**
 * Scores of the chain's outputs against the simulator's truth, on plain row-major arrays: how
 * well a mask finds decorrelated phase, and how far sites stand out of a gradient field. Tests and
 * the demo report share these definitions, so the figures they print mean the same thing.
 */
public final class TruthScores {

  private TruthScores() {
  }

  /**
   * Intersection over union of the decorrelated class (mask value 0): |P0 and T0| / |P0 or T0|,
   * 1 when neither mask has a decorrelated pixel.
   *
   * @param predicted mask under test, 1 = coherent; not modified
   * @param truth true mask, 1 = coherent; not modified
   */
  public static double decorrelatedIou(byte[] predicted, byte[] truth) {
    if (predicted.length != truth.length) {
      throw new IllegalArgumentException("masks differ in size: " + predicted.length + " and " + truth.length);
    }
    long both = 0;
    long either = 0;
    for (int i = 0; i < truth.length; i++) {
      boolean p = predicted[i] == 0;
      boolean t = truth[i] == 0;
      both += p && t ? 1 : 0;
      either += p || t ? 1 : 0;
    }
    return either == 0 ? 1 : (double) both / either;
  }

  /**
   * As {@link #siteContrast(float[], float[], float[], int, int, List, int)} with every finite
   * pixel counting: for a field without grad_count, such as one interferogram's own gradient.
   */
  public static SiteContrast siteContrast(float[] azimuth, float[] range, int width, int height,
      List<PixelBox> sites, int margin) {
    return siteContrast(azimuth, range, null, width, height, sites, margin);
  }

  /**
   * How far each site stands out of a gradient stack: the mean gradient magnitude
   * sqrt(az^2 + rg^2) inside the site's box over the median magnitude of the background (pixels
   * farther than {@code margin} from every site box), both over the pixels the stack covers as
   * {@link SiteVisibility} counts them (grad_count at least half the frame's largest). A box with
   * fewer than {@value SiteVisibility#MIN_PIXELS} such pixels is decorrelated: its ratio is NaN,
   * since its noisy phase would score high without showing the site. NaN samples are left out.
   *
   * @param azimuth azimuth gradient (any unit), {@code width * height}; not modified
   * @param range range gradient, same unit; not modified
   * @param count grad_count as read (NaN counts 0), or null when every pixel counts; not modified
   * @param sites the site boxes, at least one
   * @param margin pixels around each box that belong to neither sites nor background
   */
  public static SiteContrast siteContrast(float[] azimuth, float[] range, float[] count, int width,
      int height, List<PixelBox> sites, int margin) {
    if (azimuth.length != width * height || range.length != width * height
        || count != null && count.length != width * height) {
      throw new IllegalArgumentException("gradients must hold " + width + " x " + height
          + " samples, got " + azimuth.length + " and " + range.length
          + (count == null ? "" : " and " + count.length + " counts"));
    }
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("no site to score");
    }
    boolean[] covered = new boolean[width * height];
    int full = 0;
    for (int i = 0; count != null && i < count.length; i++) {
      full = Math.max(full, (int) count[i]);
    }
    for (int i = 0; i < covered.length; i++) {
      covered[i] = count == null || SiteVisibility.wellCovered((int) count[i], full);
    }
    boolean[] nearSite = new boolean[width * height];
    for (PixelBox box : sites) {
      PixelBox grown = box.grownWithin(margin, width, height);
      for (int y = grown.y0(); y < grown.y1(); y++) {
        Arrays.fill(nearSite, y * width + grown.x0(), y * width + grown.x1(), true);
      }
    }
    float[] background = new float[width * height];
    int n = 0;
    for (int i = 0; i < background.length; i++) {
      float magnitude = magnitude(azimuth[i], range[i]);
      if (!nearSite[i] && covered[i] && !Float.isNaN(magnitude)) {
        background[n++] = magnitude;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no background pixel left outside the sites");
    }
    double backgroundMedian = RobustSpread.median(background, n);
    List<Double> ratios = new ArrayList<>();
    for (PixelBox box : sites) {
      double sum = 0;
      int inBox = 0;
      for (int y = box.y0(); y < box.y1(); y++) {
        for (int x = box.x0(); x < box.x1(); x++) {
          float magnitude = magnitude(azimuth[y * width + x], range[y * width + x]);
          if (covered[y * width + x] && !Float.isNaN(magnitude)) {
            sum += magnitude;
            inBox++;
          }
        }
      }
      ratios.add(inBox < SiteVisibility.MIN_PIXELS ? Double.NaN : sum / inBox / backgroundMedian);
    }
    return new SiteContrast(ratios, backgroundMedian);
  }

  /**
   * The median site contrast of each interferogram's own wrapped gradient, sorted ascending:
   * what a single interferogram shows of the sites, to compare with a stack.
   */
  public static double[] singleInterferogramContrasts(StackSimulator sim, List<PixelBox> sites) {
    int width = sim.scene().width();
    int height = sim.scene().height();
    StackTile tile = sim.simulate(PixelBox.of(0, 0, width, height));
    double[] contrasts = new double[sim.pairs().size()];
    float[] azimuth = new float[width * height];
    float[] range = new float[width * height];
    for (int p = 0; p < contrasts.length; p++) {
      WrappedGradient.compute(tile.real(p), tile.imaginary(p), null, width, height, azimuth, range);
      contrasts[p] = siteContrast(azimuth, range, width, height, sites, 3).median();
    }
    Arrays.sort(contrasts);
    return contrasts;
  }

  private static float magnitude(float azimuth, float range) {
    return (float) Math.sqrt(azimuth * azimuth + range * range);
  }
}
