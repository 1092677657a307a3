package org.dlinsar.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.report.DetectionScores;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.util.ProductUtils;

/**
 * A target of known place, size and rate added to a real stack's interferograms, whose coherence,
 * noise, atmosphere and own motion stay as they are; then DL-Detect by both methods and by the
 * network alone (its card's join with the classical detector left out): whether each finds the
 * target, at what score, and what else it reports. The simulator's sites sit on simulated noise;
 * this puts the networks and the classical detectors in front of real decorrelation with a truth
 * to score against (the injection tests of InSAR processing chains). Rate 0 is the stack as it
 * is: what the detectors report there is what the real data alone make them report.
 *
 * <p>{@code -Dmode=SUBSIDENCE} (default): a circular bowl, DL-Detect SUBSIDENCE in the fringes
 * (DDNet). {@code -Dmode=LANDSLIDE}: an elongated slide, Phase-Gradient-Stack then DL-Detect
 * LANDSLIDE (the landslide network), with the slope filter off ({@code minSlope} 0: the real
 * stacks' ground is flat where the target is put). The target is a Gaussian of LOS velocity
 * moving away from the satellite (the phase grows with the pair's span): phase = 4 pi / lambda *
 * rate * span * exp(-(u^2 / sigma_u^2 + v^2 / sigma_v^2) / 2), u along the target's axis. Its box
 * is where that reaches a tenth of the peak, as the simulator's sites' boxes; a detection finds it
 * as the evaluations count a hit (box IoU >= 0.1 or centre inside).
 *
 * <p>Usage: {@code InjectedSiteCheck folder [width height]}, as {@link RealStackCheck}; {@code
 * -Drates=0,50,100} (mm/year), {@code -Dsigma=4} (pixels, along the axis), {@code -Delongation}
 * (the axis over the width: 1 for bowls, 2 for slides by default), {@code -Dangle} (degrees from
 * the x axis, default 30), {@code -Dat=x,y} (default the frame's centre).
 */
public final class InjectedSiteCheck {

  private InjectedSiteCheck() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments("bench/java.sh InjectedSiteCheck folder"
        + " [width height] (-Dmode -Drates -Dsigma -Delongation -Dangle -Dat in JAVA_OPTS)", args)));
  }

  private static void run(BenchArguments given) throws IOException {
    // the properties first: a bad one is refused before the stack is read
    String mode = System.getProperty("mode", "SUBSIDENCE");
    if (!mode.equals("LANDSLIDE") && !mode.equals("SUBSIDENCE")) {
      throw given.refuse("-Dmode must be LANDSLIDE or SUBSIDENCE, got '" + mode + "'");
    }
    boolean slide = mode.equals("LANDSLIDE");
    Footprint target = new Footprint(given.aboveZero(System.getProperty("sigma", "4"), "-Dsigma"),
        given.aboveZero(System.getProperty("elongation", slide ? "2" : "1"), "-Delongation"),
        Math.toRadians(given.number(System.getProperty("angle", "30"), "-Dangle")));
    double[] rates = Arrays.stream(System.getProperty("rates", "0,25,50,100,200,400").split(",", -1))
        .mapToDouble(r -> given.number(r.trim(), "-Drates")).toArray();
    String place = System.getProperty("at");
    String[] at = place == null ? null : place.split(",", -1);
    if (at != null && at.length != 2) {
      throw given.refuse("-Dat takes x,y, got '" + place + "'");
    }
    Product stack = RealStackCheck.load(given);
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    int cx = at == null ? w / 2 : given.within(at[0].trim(), "-Dat's x", 0, w - 1);
    int cy = at == null ? h / 2 : given.within(at[1].trim(), "-Dat's y", 0, h - 1);
    PixelBox truth = target.box(cx, cy, w, h);
    InterferogramStack ifgs = InterferogramStack.of(stack);
    Path networkAlone = NetworkAlone.modelFile(slide ? "yolo-landslide" : "ddnet-subsidence");
    System.out.printf(Locale.ROOT, "%s: %d interferograms, %d x %d pixels; %s at (%d, %d),"
        + " sigma %.1f x %.1f px, box %d,%d-%d,%d; coherence in the box: median %.2f%n",
        stack.getName(), ifgs.size(), w, h, slide ? "slide" : "bowl", cx, cy, target.sigmaU(),
        target.sigmaU() / target.elongation(), truth.x0(), truth.y0(), truth.x1(), truth.y1(),
        medianCoherence(ifgs, truth, w, h));
    for (double rate : rates) {
      Product injected = withTarget(stack, ifgs, rate, cx, cy, target);
      System.out.printf(Locale.ROOT, "rate %.0f mm/year: %s%n", rate, rate == 0 ? "the stack as it is"
          : "peak phase " + peakPhases(ifgs, rate));
      Product masked = RealStackCheck.useCoherence()
          ? GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), injected) : injected;
      Product source = slide
          ? GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked) : masked;
      for (String method : new String[] {"CLASSICAL", "DL", NetworkAlone.NAME}) {
        System.out.println("  " + method + ": " + scored(detect(source, slide, method,
            networkAlone), truth, rate > 0, slide ? "slide" : "bowl"));
      }
      source.dispose();
      masked.dispose();
      injected.dispose();
    }
  }

  /**
   * A Gaussian footprint of motion: {@code sigmaU} pixels along its axis (at {@code angle}
   * radians from the x axis), {@code sigmaU / elongation} across it.
   */
  private record Footprint(double sigmaU, double elongation, double angle) {

    /** exp(-q / 2) = 0.1 at q = 2 ln 10. */
    private static final double TENTH = 2 * Math.log(10);

    /** The footprint's weight at (dx, dy) pixels from its centre, 1 there. */
    double weight(double dx, double dy) {
      double u = (dx * Math.cos(angle) + dy * Math.sin(angle)) / sigmaU;
      double v = (-dx * Math.sin(angle) + dy * Math.cos(angle)) * elongation / sigmaU;
      return Math.exp(-(u * u + v * v) / 2);
    }

    /** The smallest box, inside the frame, of the pixels where the weight is a tenth or more. */
    PixelBox box(int cx, int cy, int w, int h) {
      int reach = (int) Math.ceil(Math.sqrt(TENTH) * sigmaU) + 1;
      int x0 = w;
      int y0 = h;
      int x1 = 0;
      int y1 = 0;
      for (int y = Math.max(0, cy - reach); y < Math.min(h, cy + reach + 1); y++) {
        for (int x = Math.max(0, cx - reach); x < Math.min(w, cx + reach + 1); x++) {
          if (weight(x - cx, y - cy) >= 0.1) {
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x + 1);
            y1 = Math.max(y1, y + 1);
          }
        }
      }
      return new PixelBox(x0, y0, x1, y1);
    }
  }

  /** A copy of the stack in memory, its interferograms turned by the target's phase. */
  private static Product withTarget(Product stack, InterferogramStack ifgs, double rateMmPerYear,
      int cx, int cy, Footprint target) throws IOException {
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    Product copy = new Product(stack.getName(), stack.getProductType(), w, h);
    ProductUtils.copyMetadata(stack, copy);
    ProductUtils.copyGeoCoding(stack, copy);
    Map<String, float[]> bands = new HashMap<>();
    for (Band b : stack.getBands()) {
      bands.put(b.getName(), RealStackCheck.read(stack, b.getName(), w, h));
    }
    for (Interferogram ifg : ifgs.interferograms()) {
      float[] re = bands.get(ifg.real().getName());
      float[] im = bands.get(ifg.imaginary().getName());
      double peak = peakPhase(ifgs, ifg, rateMmPerYear);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double phase = peak * target.weight(x - cx, y - cy);
          double c = Math.cos(phase);
          double s = Math.sin(phase);
          int i = y * w + x;
          float a = re[i];
          float b = im[i];
          re[i] = (float) (a * c - b * s);
          im[i] = (float) (a * s + b * c);
        }
      }
    }
    for (Band b : stack.getBands()) {
      RealStackCheck.add(copy, b.getName(), bands.get(b.getName()));
      copy.getBand(b.getName()).setUnit(b.getUnit());
      copy.getBand(b.getName()).setDescription(b.getDescription());
    }
    return copy;
  }

  /** The target's phase at its centre in one interferogram, radians (> 0: away from the satellite). */
  private static double peakPhase(InterferogramStack ifgs, Interferogram ifg, double rateMmPerYear) {
    return 4 * Math.PI / ifgs.wavelengthMetres() * rateMmPerYear / 1000 * ifg.pair().spanYears();
  }

  /** The target's peak phase over the pairs (radians), and how many hold a full fringe. */
  private static String peakPhases(InterferogramStack ifgs, double rateMmPerYear) {
    double[] peaks = ifgs.interferograms().stream()
        .mapToDouble(i -> peakPhase(ifgs, i, rateMmPerYear)).toArray();
    return String.format(Locale.ROOT, "%.1f to %.1f rad, a full fringe or more in %d of %d"
        + " interferograms", Arrays.stream(peaks).min().orElse(0),
        Arrays.stream(peaks).max().orElse(0), Arrays.stream(peaks).filter(p -> p >= 2 * Math.PI)
            .count(), peaks.length);
  }

  private static double medianCoherence(InterferogramStack ifgs, PixelBox box, int w, int h)
      throws IOException {
    List<Float> values = new ArrayList<>();
    for (Interferogram ifg : ifgs.interferograms()) {
      if (ifg.coherence() == null) {
        continue;
      }
      float[] coh = ifg.coherence().readPixels(0, 0, w, h, new float[w * h]);
      for (int y = box.y0(); y < box.y1(); y++) {
        for (int x = box.x0(); x < box.x1(); x++) {
          values.add(coh[y * w + x]);
        }
      }
    }
    return RealStackCheck.quantile(values, 0.5);
  }

  /**
   * DL-Detect LANDSLIDE (slope filter off) or SUBSIDENCE by {@code method}; {@link
   * NetworkAlone#NAME}: the network without the join.
   */
  private static List<DetectionsRead.Row> detect(Product source, boolean slide, String method,
      Path networkAlone) {
    Map<String, Object> params = new HashMap<>();
    params.put("mode", slide ? "LANDSLIDE" : "SUBSIDENCE");
    if (slide) {
      params.put("minSlope", 0.0);
    }
    boolean alone = method.equals(NetworkAlone.NAME);
    params.put("method", alone ? "DL" : method);
    if (alone) {
      params.put("modelFile", networkAlone.toFile());
    }
    params.put("minScore", 0.4);
    Product detected = GPF.createProduct("DL-Detect", params, source);
    List<DetectionsRead.Row> rows = DetectionsRead.from(detected);
    detected.dispose();
    return rows;
  }

  /** The detection on the target (if any) and those elsewhere, at minScore 0.5 (0.4 in brackets). */
  private static String scored(List<DetectionsRead.Row> rows, PixelBox truth, boolean injected,
      String what) {
    StringBuilder text = new StringBuilder();
    List<DetectionsRead.Row> elsewhere = new ArrayList<>();
    DetectionsRead.Row best = null;
    for (DetectionsRead.Row r : rows) {
      if (injected && DetectionScores.hits(r.box(), truth)) {
        best = best == null || r.score() > best.score() ? r : best;
      } else {
        elsewhere.add(r);
      }
    }
    if (injected) {
      text.append(best == null ? what + " missed" : String.format(Locale.ROOT,
          "%s %s at %.2f, box %d,%d-%d,%d, seen on %d dates", what, best.score() >= 0.5 ? "found"
              : "under 0.5", best.score(), best.box().x0(), best.box().y0(), best.box().x1(),
          best.box().y1(), best.dates().size()));
      text.append("; ");
    }
    text.append(String.format(Locale.ROOT, "%d detection(s) elsewhere at 0.5 (%d at 0.4)",
        elsewhere.stream().filter(r -> r.score() >= 0.5).count(), elsewhere.size()));
    for (DetectionsRead.Row r : elsewhere) {
      text.append(String.format(Locale.ROOT, " [%.2f %d,%d-%d,%d]", r.score(), r.box().x0(),
          r.box().y0(), r.box().x1(), r.box().y1()));
    }
    return text.toString();
  }
}
