package org.dlinsar.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.dlinsar.detect.DetectionsMetadata;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.sbas.ReferenceRing;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TruthTile;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;

/**
 * Local-SBAS against the simulator's truth per margin (issue 10): the true sites' boxes are the
 * detections (so detection errors stay out), the operator runs with each margin, and at every site
 * whose peak is truly coherent in at least half the pairs it prints the median velocity error
 * (mm/year) and the median series RMSE (mm) against the truth relative to the same reference ring,
 * and the seconds of the operator's run (its patches).
 *
 * <pre>
 * SbasEval preset dates pairs unwrap margins [dem&lt;m&gt;[b&lt;spread&gt;]] seed...
 *   unwrap: classical (DL-Unwrap's) or oracle (true deformation + the wrapped remainder, given as
 *   Unw_Phase_ifg_* bands: what Local-SBAS does after a perfect unwrapper)
 *   dem&lt;m&gt;: the interferograms formed with a DEM erring by up to about m metres (b&lt;spread&gt;:
 *   their perpendicular baselines spread by that many metres, one sigma, ERS's and ENVISAT's
 *   hundreds for Sentinel-1's 50); each margin then
 *   runs with and without Local-SBAS's DEM-error fit, and the fit's rows give the median error of
 *   dem_error against the truth over the sites' pixels with a velocity
 * </pre>
 */
public final class SbasEval {

  private SbasEval() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments(
        "bench/sbas-eval.sh [preset dates pairs|r<reference date> classical|oracle margins [dem<m>[b<spread>]] seeds...]",
        args)));
  }

  private static void run(BenchArguments args) throws Exception {
    args.text(5, "seed"); // every argument up to the first seed is needed
    String preset = args.oneOf(0, "preset", ScenePresets.NAMES);
    int dates = args.within(1, "dates", 2, 1000, 0); // as the acquisition plan takes them
    // "r<k>": every date paired with date k (a single-reference stack)
    String pairsText = args.text(2, "pairs");
    boolean single = pairsText.startsWith("r");
    int pairs = single ? 1 : args.positive(2, "pairs", 0);
    int referenceDate = single ? args.within(pairsText.substring(1), "pairs' reference date", 0, dates - 1)
        : AcquisitionPlan.SMALL_BASELINE;
    boolean oracle = args.oneOf(3, "detections", List.of("classical", "oracle")).equals("oracle");
    int[] marginsGiven = args.positives(4, "margins", null);
    boolean withDem = args.text(5, "seed").startsWith("dem");
    String[] demArgument = withDem ? args.text(5, "dem<m>").substring(3).split("b", 2) : new String[] {"0"};
    int demErrorMetres = args.within(demArgument[0], "dem<m>", 0, 1000);
    int baselineSpread = demArgument.length > 1 ? args.within(demArgument[1], "dem<m>b<spread>", 0, 2000) : -1;
    long[] seeds = args.seedsFrom(withDem ? 6 : 5, "seed");
    // with a DEM error, each margin twice: the fit off, then on
    int[] margins = withDem ? Arrays.stream(marginsGiven).flatMap(m -> IntStream.of(m, m)).toArray()
        : marginsGiven;
    System.out.println("| margin |" + (withDem ? " DEM-error fit | median dem_error error (m) |" : "")
        + " sites | median velocity error (mm/year) | p90 | median series RMSE (mm) | seconds |");
    System.out.println("| --- |" + (withDem ? " --- | --- |" : "") + " --- | --- | --- | --- | --- |");
    // one scene in memory at a time: at 181 dates four held at once passed -Xmx3g
    List<List<Double>> velocityErrors = new ArrayList<>();
    List<List<Double>> rmses = new ArrayList<>();
    List<List<Double>> demErrors = new ArrayList<>();
    double[] seconds = new double[margins.length];
    for (int m = 0; m < margins.length; m++) {
      velocityErrors.add(new ArrayList<>());
      rmses.add(new ArrayList<>());
      demErrors.add(new ArrayList<>());
    }
    for (long seed : seeds) {
      Scene named = ScenePresets.named(preset, seed, dates, pairs);
      Scene erring = named.withTerrain(named.terrain().withDemError(demErrorMetres));
      Scene scene = baselineSpread < 0 ? erring
          : erring.withRadar(erring.radar().withBaselineSpread(baselineSpread));
      Trial trial = new Trial(scene.withAcquisitions(scene.acquisitions().withReferenceDate(referenceDate)),
          oracle);
      for (int m = 0; m < margins.length; m++) {
        boolean fit = !withDem || m % 2 == 1;
        seconds[m] += trial.run(margins[m], fit, velocityErrors.get(m), rmses.get(m), demErrors.get(m));
      }
      trial.source.dispose();
    }
    for (int m = 0; m < margins.length; m++) {
      String dem = !withDem ? "" : m % 2 == 0 ? " off | - |"
          : String.format(Locale.ROOT, " on | %.2f |", quantile(demErrors.get(m), 0.5));
      System.out.printf(Locale.ROOT, "| %d |%s %d | %.2f | %.2f | %.2f | %.2f |%n", margins[m], dem,
          velocityErrors.get(m).size(), quantile(velocityErrors.get(m), 0.5),
          quantile(velocityErrors.get(m), 0.9), quantile(rmses.get(m), 0.5), seconds[m]);
    }
  }

  /** One simulated scene, its stack with the sites as detections, and its truth. */
  private static final class Trial {
    final Scene scene;
    final StackSimulator sim;
    final Product source;
    final TruthTile truth;
    final List<Site> sites = new ArrayList<>();

    Trial(Scene scene, boolean oracle) {
      this.scene = scene;
      this.sim = new StackSimulator(scene);
      this.source = inMemory(SimulatedProducts.stack(scene));
      PixelBox frame = PixelBox.of(0, 0, scene.width(), scene.height());
      this.truth = sim.truth(frame);
      for (Site s : sim.sites()) {
        int coherent = 0;
        int peak = s.peakY() * scene.width() + s.peakX();
        for (int p = 0; p < sim.pairs().size(); p++) {
          coherent += truth.mask(p)[peak];
        }
        if (coherent * 2 >= sim.pairs().size()) {
          sites.add(s);
        }
      }
      addDetections(source, sim.sites());
      if (oracle) {
        addOracleUnwrapped(frame);
      }
    }

    double run(int margin, boolean fitDemError, List<Double> velocityErrors, List<Double> rmses,
        List<Double> demErrors) throws Exception {
      Map<String, Object> params = new HashMap<>();
      params.put("margin", margin);
      params.put("demError", fitDemError);
      long start = System.nanoTime();
      Product target = GPF.createProduct("Local-SBAS", params, source);
      double seconds = (System.nanoTime() - start) / 1e9;
      int w = scene.width();
      float[] velocity = read(target, BandNames.VELOCITY);
      float[] demError = target.getBand(BandNames.DEM_ERROR) == null ? null : read(target, BandNames.DEM_ERROR);
      float[] trueDemError = demError == null ? null : sim.demErrorMetres(PixelBox.of(0, 0, w, scene.height()));
      List<float[]> series = new ArrayList<>();
      for (LocalDate d : sim.dates()) {
        series.add(read(target, BandNames.displacement(d)));
      }
      List<PixelBox> all = sim.sites().stream().map(Site::box).toList();
      for (Site s : sites) {
        PixelBox patch = s.box().grownWithin(margin, w, scene.height());
        List<PixelBox> others = new ArrayList<>(all);
        others.remove(s.box());
        boolean[] ring = ReferenceRing.of(patch, s.box(), others, margin / 2);
        int peak = s.peakY() * w + s.peakX();
        double trueV = truth.velocityMmPerYear()[peak]
            - ringMedian(truth.velocityMmPerYear(), ring, patch, w);
        velocityErrors.add(Math.abs(velocity[peak] - trueV));
        double sum = 0;
        for (int d = 0; d < series.size(); d++) {
          double trueD = truth.displacementMm(d)[peak]
              - ringMedian(truth.displacementMm(d), ring, patch, w);
          double e = series.get(d)[peak] - trueD;
          sum += e * e;
        }
        rmses.add(Math.sqrt(sum / series.size()));
        if (demError != null) {
          // referenced to the ring, as the phases are: relative to its ground
          double ringDemError = ringMedian(trueDemError, ring, patch, w);
          for (int y = s.box().y0(); y < s.box().y1(); y++) {
            for (int x = s.box().x0(); x < s.box().x1(); x++) {
              if (!Float.isNaN(velocity[y * w + x]) && !Float.isNaN(demError[y * w + x])) {
                demErrors.add(Math.abs(demError[y * w + x] - trueDemError[y * w + x] + ringDemError));
              }
            }
          }
        }
      }
      target.dispose();
      return seconds;
    }

    private float[] read(Product target, String band) throws java.io.IOException {
      int w = scene.width();
      int h = scene.height();
      return target.getBand(band).readPixels(0, 0, w, h, new float[w * h]);
    }

    private void addOracleUnwrapped(PixelBox frame) {
      StackTile tile = sim.simulate(frame);
      double phasePerMm = scene.radar().phasePerMm();
      int n = frame.width() * frame.height();
      for (int p = 0; p < sim.pairs().size(); p++) {
        int ref = sim.dates().indexOf(sim.pairs().get(p).reference());
        int sec = sim.dates().indexOf(sim.pairs().get(p).secondary());
        float[] unw = new float[n];
        for (int i = 0; i < n; i++) {
          double deformation = phasePerMm
              * (truth.displacementMm(sec)[i] - truth.displacementMm(ref)[i]);
          unw[i] = (float) (deformation
              + Math.IEEEremainder(tile.phase(p, i) - deformation, 2 * Math.PI));
        }
        String name = BandNames.unwrappedPhase(suffixOf(p));
        Band band = new Band(name, ProductData.TYPE_FLOAT32, frame.width(), frame.height());
        band.setRasterData(ProductData.createInstance(unw));
        source.addBand(band);
      }
    }

    /** The suffix of pair p's bands in the simulated stack. */
    private String suffixOf(int p) {
      String wanted = sim.pairs().get(p).toString();
      for (String name : source.getBandNames()) {
        if (name.startsWith(BandNames.REAL_PREFIX) && name.endsWith(wanted)) {
          return name.substring(BandNames.REAL_PREFIX.length());
        }
      }
      throw new IllegalStateException("no i_ifg band for pair " + wanted);
    }
  }

  /** The stack's interferogram bands simulated once into memory, so runs time Local-SBAS only. */
  private static Product inMemory(Product simulated) {
    int w = simulated.getSceneRasterWidth();
    int h = simulated.getSceneRasterHeight();
    Product p = new Product(simulated.getName(), simulated.getProductType(), w, h);
    org.esa.snap.core.util.ProductUtils.copyProductNodes(simulated, p);
    for (Band b : simulated.getBands()) {
      String name = b.getName();
      if (name.startsWith(BandNames.REAL_PREFIX) || name.startsWith(BandNames.IMAGINARY_PREFIX)
          || name.startsWith(BandNames.COHERENCE_PREFIX)) {
        Band copy = new Band(name, ProductData.TYPE_FLOAT32, w, h);
        copy.setUnit(b.getUnit());
        try {
          copy.setRasterData(ProductData.createInstance(b.readPixels(0, 0, w, h, new float[w * h])));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        p.addBand(copy);
      }
    }
    return p;
  }

  static void addDetections(Product p, List<Site> sites) {
    MetadataElement e = new MetadataElement(DetectionsMetadata.ELEMENT);
    e.setAttributeInt("count", sites.size());
    for (Site s : sites) {
      MetadataElement d = new MetadataElement("detection." + s.id());
      d.setAttributeInt("id", s.id());
      d.setAttributeString("class", s.siteClass().label());
      d.setAttributeDouble("score", 1);
      d.setAttributeString("bbox_px", s.box().toCsv());
      e.addElement(d);
    }
    p.getMetadataRoot().addElement(e);
  }

  static double ringMedian(float[] frameValues, boolean[] ring, PixelBox patch, int w) {
    double[] v = new double[ring.length];
    int k = 0;
    for (int i = 0; i < ring.length; i++) {
      if (ring[i]) {
        int x = patch.x0() + i % patch.width();
        int y = patch.y0() + i / patch.width();
        v[k++] = frameValues[y * w + x];
      }
    }
    Arrays.sort(v, 0, k);
    return k == 0 ? 0 : k % 2 == 1 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
  }

  static double quantile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v[(int) Math.min(v.length - 1, Math.floor(q * v.length))];
  }
}
