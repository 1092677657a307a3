package org.dlinsar.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.dlinsar.sim.AtmosphereSpec;
import org.dlinsar.sim.DeformationSpec;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SeamSpec;
import org.dlinsar.sim.StackSimulator;

/**
 * How strong the simulator's atmosphere is, beside a real stack's: the spatial standard deviation
 * of each interferogram's phase after a plane is fitted and removed (the plane takes orbit ramps
 * in real data), over the presets' interferograms with the atmosphere alone (no motion, seams or
 * lookalike cells; turbulence alone, then with the stratified delay), and over the unwrapped
 * interferograms of a real stack given on the command line (GAMMA float32 {@code *.unw}, big
 * endian, as PyRate's ENVISAT Sydney test data: {@code gamma_obs/}), whose residual also holds
 * its decorrelation noise and any motion. Medians, 10th and 90th percentiles, radians.
 *
 * <p>Usage: {@code AtmosphereAmplitude [folder width height]}.
 */
public final class AtmosphereAmplitude {

  private static final String USAGE = "bench/atmosphere.sh [folder-of-unw width height]";
  private static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  private AtmosphereAmplitude() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments(USAGE, args)));
  }

  private static void run(BenchArguments given) throws IOException {
    System.out.println("interferogram phase, standard deviation after a plane, radians:"
        + " median (10th - 90th percentile), interferograms");
    for (String preset : List.of(ScenePresets.LANDSLIDES, ScenePresets.MINING, ScenePresets.MIXED)) {
      for (boolean stratified : new boolean[] {false, true}) {
        List<Double> spread = new ArrayList<>();
        AtmosphereSpec spec = null;
        for (long seed : SEEDS) {
          Scene scene = atmosphereOnly(ScenePresets.named(preset, seed), stratified);
          spec = scene.atmosphere();
          StackSimulator simulator = new StackSimulator(scene);
          PixelBox all = new PixelBox(0, 0, scene.width(), scene.height());
          for (int p = 0; p < scene.acquisitions().pairs().size(); p++) {
            spread.add(afterPlane(toDouble(simulator.unwrappedPhaseRad(p, all)), scene.width()));
          }
        }
        System.out.println(line(String.format(Locale.ROOT,
            "%s, %d px, turbulenceRad %.1f%s", preset, ScenePresets.named(preset, 1).width(),
            spec.turbulenceRad(), stratified ? String.format(Locale.ROOT,
                ", stratified %.1f rad/km", spec.stratifiedRadPerKm()) : ", turbulence alone"),
            spread));
      }
    }
    if (given.given(0)) {
      Path folder = Path.of(given.text(0, "folder"));
      int width = given.positive(1, "width", 0);
      int height = given.positive(2, "height", 0);
      if (width == 0 || height == 0) {
        throw new BenchArguments.Refused("width and height of the .unw files are needed; " + USAGE);
      }
      System.out.println(line(folder.getFileName() + ", " + width + " x " + height
          + " px, unwrapped", real(folder, width, height)));
    }
  }

  /** The scene with its atmosphere alone: no motion, seams or lookalike cells. */
  private static Scene atmosphereOnly(Scene scene, boolean stratified) {
    AtmosphereSpec a = scene.atmosphere();
    return scene.withDeformation(DeformationSpec.NONE).withSeams(SeamSpec.NONE)
        .withAtmosphere(new AtmosphereSpec(a.turbulenceRad(), a.turbulenceScaleMetres(),
            stratified ? a.stratifiedRadPerKm() : 0, 0, 0));
  }

  /** Each {@code *.unw} of the folder's spread after a plane, over its samples other than 0 (none). */
  private static List<Double> real(Path folder, int width, int height) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> f.getFileName().toString().endsWith(".unw")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new BenchArguments.Refused("no .unw file in " + folder + "; " + USAGE);
    }
    List<Double> spread = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      if (bytes.length != 4L * width * height) {
        throw new BenchArguments.Refused(f + " holds " + bytes.length + " bytes, not the "
            + 4L * width * height + " of " + width + " x " + height + " float32; " + USAGE);
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
      double[] phase = new double[width * height];
      for (int i = 0; i < phase.length; i++) {
        float v = buffer.getFloat();
        phase[i] = v == 0 || !Float.isFinite(v) ? Double.NaN : v;
      }
      spread.add(afterPlane(phase, width));
    }
    return spread;
  }

  /** Standard deviation of the finite samples about their least-squares plane in (x, y). */
  static double afterPlane(double[] phase, int width) {
    List<double[]> xy = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < phase.length; i++) {
      if (Double.isFinite(phase[i])) {
        xy.add(new double[] {i % width, i / width});
        values.add(phase[i]);
      }
    }
    OLSMultipleLinearRegression plane = new OLSMultipleLinearRegression();
    plane.newSampleData(values.stream().mapToDouble(Double::doubleValue).toArray(),
        xy.toArray(new double[0][]));
    double sum = 0;
    for (double r : plane.estimateResiduals()) {
      sum += r * r;
    }
    return Math.sqrt(sum / values.size());
  }

  private static double[] toDouble(float[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  private static String line(String what, List<Double> spread) {
    List<Double> sorted = new ArrayList<>(spread);
    Collections.sort(sorted);
    int n = sorted.size();
    return String.format(Locale.ROOT, "  %-62s %.2f (%.2f - %.2f), %d", what, sorted.get(n / 2),
        sorted.get(n / 10), sorted.get(Math.min(n - 1, n * 9 / 10)), n);
  }
}
