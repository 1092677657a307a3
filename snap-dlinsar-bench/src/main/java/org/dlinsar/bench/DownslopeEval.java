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
 * there: where the threshold {@code minLosSensitivity} should lie.
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
              los.spacing().xMetres(), los.spacing().yMetres(), (x, y) -> los.at(x))[0];
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
      float[][] sensitivity = new float[WINDOWS.length][];
      for (int k = 0; k < WINDOWS.length; k++) {
        sensitivity[k] = new DownslopeProjection(WINDOWS[k], 0).sensitivity(elevation, frame, frame,
            los.spacing().xMetres(), los.spacing().yMetres(), (x, y) -> los.at(x));
      }
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
