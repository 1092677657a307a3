package org.dlinsar.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.ElevationVoids;
import org.dlinsar.ifg.LineOfSight;
import org.dlinsar.sbas.DownslopeProjection;
import org.dlinsar.sbas.ReferenceRing;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.TruthTile;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * Local-SBAS's velocity down the slope against the simulator's truth (README, "Velocity down the
 * slope"). Per window of the elevation gradient, the error of the line of sight's share C of a
 * motion down the slope at the landslides' centres against the planner's own ({@link
 * Site#losProjection}); then, with the true sites as detections and the shipped window, the error
 * of {@code velocity_downslope} over each slide's body (pixels moving at least half its peak)
 * against the truth's LOS velocity over the site's projection, by the |C| Local-SBAS measured
 * there: where the threshold {@code minLosSensitivity} should lie. Last, over the same bodies where
 * |C| reaches the shipped threshold, how often the downslope velocity +- 1 and 2 sigma cover the
 * truth with each make-up of C's uncertainty ({@link DownslopeProjection#sensitivityWithError}: none,
 * the DEM's scatter, C's turning over squares of 3, 5 and 7 pixels, both), beside how often
 * {@code velocity_std}'s intervals cover the true LOS velocity there: what
 * {@code velocity_downslope_std} is made of.
 *
 * <pre>
 * DownslopeEval preset dates pairs [dem&lt;m&gt;] [noise&lt;m&gt;] seed...
 *   dem&lt;m&gt;: the stack's elevation band a DEM erring by up to about m metres ({@code simulate
 *   --dem-error}), the slopes and the interferograms made with it
 *   noise&lt;m&gt;: white noise of m metres (one sigma) added to every height the slopes are taken
 *   from, as a real DEM's pixels scatter (Copernicus GLO-30 about 2 m, SRTM several), which the
 *   simulator's smooth DEM lacks
 * </pre>
 */
public final class DownslopeEval {

  private static final int[] WINDOWS = {1, 3, 5, 7, 9, 13};
  private static final double[] SENSITIVITY_BINS = {0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 1.01};
  private static final int MARGIN = 32;
  /** Sides of the square C's turning is taken over. */
  private static final int[] TURNING_SIDES = {3, 5, 7};
  private static final double MIN_LOS_SENSITIVITY = 0.3;

  private DownslopeEval() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments("bench/java.sh DownslopeEval preset dates pairs [dem<m>] [noise<m>] seed...", args)));
  }

  private static void run(BenchArguments args) throws Exception {
    String preset = args.oneOf(0, "preset", ScenePresets.NAMES);
    int dates = args.within(1, "dates", 2, 1000, 0);
    int pairs = args.positive(2, "pairs", 0);
    boolean withDem = args.text(3, "seed").startsWith("dem");
    int demErrorMetres = withDem ? args.within(args.text(3, "dem<m>").substring(3), "dem<m>", 0, 1000) : 0;
    int next = withDem ? 4 : 3;
    boolean withNoise = args.text(next, "seed").startsWith("noise");
    double noiseMetres = withNoise ? args.number(args.text(next, "noise<m>").substring(5), "noise<m>") : 0;
    long[] seeds = args.seedsFrom(withNoise ? next + 1 : next, "seed");
    List<List<Double>> byWindow = new ArrayList<>();
    for (int k = 0; k < WINDOWS.length; k++) {
      byWindow.add(new ArrayList<>());
    }
    // per window and |C| bin: the downslope velocity's error, and its error were C the truth's
    List<List<List<Double>>> errors = new ArrayList<>();
    List<List<List<Double>>> relative = new ArrayList<>();
    List<Double> losOnly = new ArrayList<>();
    for (int k = 0; k < WINDOWS.length; k++) {
      errors.add(new ArrayList<>());
      relative.add(new ArrayList<>());
      for (int b = 0; b + 1 < SENSITIVITY_BINS.length; b++) {
        errors.get(k).add(new ArrayList<>());
        relative.get(k).add(new ArrayList<>());
      }
    }
    int[] bodyPixels = new int[1];
    // how often +-1 and +-2 sigma cover the truth: the LOS velocity's own, then per make-up of C's error
    List<String> makeUps = new ArrayList<>(List.of("none: velocity_std / abs(C)", "the DEM's scatter"));
    for (int side : TURNING_SIDES) {
      makeUps.add("C's turning over " + side + " x " + side);
    }
    for (int side : TURNING_SIDES) {
      makeUps.add("the DEM's scatter and C's turning over " + side + " x " + side);
    }
    Coverage losCoverage = new Coverage();
    List<Coverage> downslopeCoverage = new ArrayList<>();
    makeUps.forEach(m -> downslopeCoverage.add(new Coverage()));
    int slides = 0;
    for (long seed : seeds) {
      Scene named = ScenePresets.named(preset, seed, dates, pairs);
      Scene scene = named.withTerrain(named.terrain().withDemError(demErrorMetres));
      StackSimulator sim = new StackSimulator(scene);
      Product source = SimulatedProducts.stack(scene);
      int w = scene.width();
      int h = scene.height();
      PixelBox frame = PixelBox.of(0, 0, w, h);
      float[] elevation = ElevationVoids.toNoData(
          source.getBand(BandNames.ELEVATION).readPixels(0, 0, w, h, new float[w * h]));
      Random scatter = new Random(seed);
      for (int i = 0; i < elevation.length; i++) {
        elevation[i] += (float) (noiseMetres * scatter.nextGaussian());
      }
      LineOfSight los = LineOfSight.of(source);
      List<Site> landslides = sim.sites().stream().filter(s -> s.siteClass() == SiteClass.LANDSLIDE).toList();
      slides += landslides.size();
      for (int k = 0; k < WINDOWS.length; k++) {
        DownslopeProjection projection = new DownslopeProjection(WINDOWS[k], 0);
        for (Site s : landslides) {
          float c = projection.sensitivity(elevation, frame, PixelBox.of(s.peakX(), s.peakY(), 1, 1),
              los.spacing(), (x, y) -> los.at(x))[0];
          byWindow.get(k).add(Math.abs(c - s.losProjection()));
        }
      }
      SbasEval.addDetections(source, sim.sites());
      Map<String, Object> params = new HashMap<>();
      params.put("margin", MARGIN);
      params.put("minLosSensitivity", SENSITIVITY_BINS[0]);
      params.put("minSlope", 0.0);
      Product target = GPF.createProduct("Local-SBAS", params, source);
      float[] velocity = target.getBand(BandNames.VELOCITY).readPixels(0, 0, w, h, new float[w * h]);
      float[] velocityStd = target.getBand(BandNames.VELOCITY_STD).readPixels(0, 0, w, h, new float[w * h]);
      DownslopeProjection.Sensitivity[] sensitivityError = new DownslopeProjection.Sensitivity[TURNING_SIDES.length];
      for (int t = 0; t < TURNING_SIDES.length; t++) {
        sensitivityError[t] = new DownslopeProjection(DownslopeProjection.WINDOW, 0, TURNING_SIDES[t])
            .sensitivityWithError(elevation, frame, frame, los.spacing(),
                (x, y) -> los.at(x));
      }
      float[][] sensitivity = new float[WINDOWS.length][];
      for (int k = 0; k < WINDOWS.length; k++) {
        sensitivity[k] = new DownslopeProjection(WINDOWS[k], 0).sensitivity(elevation, frame, frame,
            los.spacing(), (x, y) -> los.at(x));
      }
      float[] shipped = sensitivity[shippedWindow()];
      TruthTile truth = sim.truth(frame);
      List<PixelBox> all = sim.sites().stream().map(Site::box).toList();
      for (Site s : landslides) {
        PixelBox patch = s.box().grownWithin(MARGIN, w, h);
        List<PixelBox> others = new ArrayList<>(all);
        others.remove(s.box());
        boolean[] ring = ReferenceRing.of(patch, s.box(), others, MARGIN / 2);
        double still = SbasEval.ringMedian(truth.velocityMmPerYear(), ring, patch, w);
        double peak = truth.velocityMmPerYear()[s.peakY() * w + s.peakX()] - still;
        for (int y = s.box().y0(); y < s.box().y1(); y++) {
          for (int x = s.box().x0(); x < s.box().x1(); x++) {
            int i = y * w + x;
            double trueLos = truth.velocityMmPerYear()[i] - still;
            if (Math.abs(trueLos) < 0.5 * Math.abs(peak) || Float.isNaN(velocity[i])) {
              continue;
            }
            bodyPixels[0]++;
            double trueDownslope = trueLos / s.losProjection();
            losOnly.add(Math.abs(velocity[i] / s.losProjection() - trueDownslope));
            if (Math.abs(shipped[i]) >= MIN_LOS_SENSITIVITY) {
              losCoverage.add(velocity[i] - trueLos, velocityStd[i]);
              float[] cStd = new float[makeUps.size()];
              cStd[1] = sensitivityError[0].demScatter()[i];
              for (int t = 0; t < TURNING_SIDES.length; t++) {
                cStd[2 + t] = sensitivityError[t].slopeTurning()[i];
                cStd[2 + TURNING_SIDES.length + t] = (float) Math.hypot(cStd[1], cStd[2 + t]);
              }
              for (int m = 0; m < cStd.length; m++) {
                downslopeCoverage.get(m).add(velocity[i] / shipped[i] - trueDownslope, DownslopeProjection.downslopeStd(
                    velocity[i], velocityStd[i], shipped[i], cStd[m], MIN_LOS_SENSITIVITY));
              }
            }
            for (int k = 0; k < WINDOWS.length; k++) {
              int bin = bin(Math.abs(sensitivity[k][i]));
              if (bin >= 0) {
                double error = Math.abs(velocity[i] / sensitivity[k][i] - trueDownslope);
                errors.get(k).get(bin).add(error);
                relative.get(k).get(bin).add(error / Math.abs(trueDownslope));
              }
            }
          }
        }
      }
      target.dispose();
      source.dispose();
    }
    System.out.printf(Locale.ROOT, "%s, %d dates x %d, DEM error up to %d m, white noise %.1f m, %d seeds,"
        + " %d landslides%n%n", preset, dates, pairs, demErrorMetres, noiseMetres, seeds.length, slides);
    System.out.println("| window (pixels) | median abs(C - true C) at the slides' centres | p90 |");
    System.out.println("| --- | --- | --- |");
    for (int k = 0; k < WINDOWS.length; k++) {
      System.out.printf(Locale.ROOT, "| %d | %.3f | %.3f |%n", WINDOWS[k], SbasEval.quantile(byWindow.get(k), 0.5),
          SbasEval.quantile(byWindow.get(k), 0.9));
    }
    System.out.printf(Locale.ROOT, "%nslide bodies (pixels moving at least half the peak): %d with a velocity;"
        + " the error were C the truth's: median %.2f mm/year%n", bodyPixels[0], SbasEval.quantile(losOnly, 0.5));
    for (int k = 0; k < WINDOWS.length; k++) {
      System.out.printf(Locale.ROOT, "%nwindow %d%n", WINDOWS[k]);
      System.out.println("| abs(C) | pixels | median downslope velocity error (mm/year) | p90 | median error / true"
          + " | kept at this threshold | median error / true over those kept |");
      System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
      for (int b = 0; b < errors.get(k).size(); b++) {
        List<Double> kept = new ArrayList<>();
        for (int above = b; above < errors.get(k).size(); above++) {
          kept.addAll(relative.get(k).get(above));
        }
        System.out.printf(Locale.ROOT, "| %.2f to %.2f | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
            SENSITIVITY_BINS[b], Math.min(1, SENSITIVITY_BINS[b + 1]), errors.get(k).get(b).size(),
            SbasEval.quantile(errors.get(k).get(b), 0.5), SbasEval.quantile(errors.get(k).get(b), 0.9),
            SbasEval.quantile(relative.get(k).get(b), 0.5), kept.size() / (double) bodyPixels[0],
            SbasEval.quantile(kept, 0.5));
      }
    }
    System.out.printf(Locale.ROOT, "%nwindow %d, abs(C) >= %s: how often +-1 and +-2 sigma cover the truth"
        + " (velocity_std the true LOS velocity: %s)%n", DownslopeProjection.WINDOW, MIN_LOS_SENSITIVITY, losCoverage);
    System.out.println("| C's uncertainty | pixels | within 1 sigma | within 2 sigma | median abs(error) / sigma |");
    System.out.println("| --- | --- | --- | --- | --- |");
    for (int m = 0; m < makeUps.size(); m++) {
      System.out.printf(Locale.ROOT, "| %s | %s |%n", makeUps.get(m), downslopeCoverage.get(m).row());
    }
  }

  private static int shippedWindow() {
    for (int k = 0; k < WINDOWS.length; k++) {
      if (WINDOWS[k] == DownslopeProjection.WINDOW) {
        return k;
      }
    }
    throw new IllegalStateException("the shipped window " + DownslopeProjection.WINDOW + " is not among " + WINDOWS.length);
  }

  /** How often errors lie within 1 and 2 of their sigmas. */
  private static final class Coverage {
    private final List<Double> ratios = new ArrayList<>();

    /** An error and its sigma; none where either is unknown (no uncertainty to cover with). */
    void add(double error, double sigma) {
      if (Double.isFinite(error) && Double.isFinite(sigma)) {
        ratios.add(Math.abs(error) / sigma);
      }
    }

    private double within(double sigmas) {
      return ratios.stream().filter(r -> r <= sigmas).count() / (double) ratios.size();
    }

    String row() {
      return String.format(Locale.ROOT, "%d | %.3f | %.3f | %.3f", ratios.size(), within(1), within(2),
          SbasEval.quantile(ratios, 0.5));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f and %.3f of %d pixels", within(1), within(2), ratios.size());
    }
  }

  private static int bin(double sensitivity) {
    for (int b = 0; b + 1 < SENSITIVITY_BINS.length; b++) {
      if (sensitivity >= SENSITIVITY_BINS[b] && sensitivity < SENSITIVITY_BINS[b + 1]) {
        return b;
      }
    }
    return -1;
  }
}
