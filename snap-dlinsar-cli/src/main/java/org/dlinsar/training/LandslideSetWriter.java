package org.dlinsar.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.dlinsar.detect.GradientStackInputs;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.SiteVisibility;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.TrainingScenes;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * Writes the landslide detector's training set: per simulated scene
 * ({@link TrainingScenes#landslideStack}) the gradient stack as the chain makes it (DL-Mask OTSU,
 * then Phase-Gradient-Stack, through GPF) turned into the network's inputs
 * ({@link GradientStackInputs}), and the true boxes.
 *
 * <p>Files ({@code N} scenes of {@code S} pixels a side):
 * <ul>
 *   <li>{@code inputs.npy} float32 [N, 2, S, S]: {@link GradientStackInputs#CHANNELS}, NaN where
 *       no rate;
 *   <li>{@code boxes.csv}: {@code record,x0,y0,x1,y1,label} (x1, y1 exclusive), label
 *       {@code slide} for a landslide the stack makes visible ({@link SiteVisibility}), {@code
 *       ignore} for one it does not and for every other site (a bowl on a slope is motion too):
 *       neither taught as a target nor as background;
 *   <li>{@code samples.csv}: per record its seed, preset, dates, neighbours and interferograms.
 * </ul>
 * Everything else in a scene (lookalike cells, decorrelated gaps, turbulence) is background.
 * Written under a temporary name and renamed when complete.
 */
final class LandslideSetWriter {

  private static final int BATCH = 4;

  private final TrainingSetSpec spec;

  LandslideSetWriter(TrainingSetSpec spec) {
    this.spec = spec;
  }

  /** Writes the set's files into {@code partial}; {@link TrainingSetWriter} stages the folder. */
  int writeInto(Path partial) throws IOException {
    int s = spec.size();
    try (NpyWriter inputs = new NpyWriter(partial.resolve("inputs.npy"), NpyWriter.Type.FLOAT32,
        spec.scenes(), GradientStackInputs.CHANNELS.size(), s, s);
         Writer boxes = Files.newBufferedWriter(partial.resolve("boxes.csv"), StandardCharsets.UTF_8);
         Writer samples = Files.newBufferedWriter(partial.resolve("samples.csv"), StandardCharsets.UTF_8)) {
      boxes.write("record,x0,y0,x1,y1,label\n");
      samples.write("record,seed,preset,dates,neighbours,interferograms\n");
      for (long first = 0; first < spec.scenes(); first += BATCH) {
        List<Record> batch = LongStream.range(first, Math.min(spec.scenes(), first + BATCH))
            .parallel().mapToObj(k -> record(spec.firstSeed() + k)).toList();
        for (Record r : batch) {
          int k = (int) (r.scene.seed() - spec.firstSeed());
          for (float[] plane : r.planes) {
            inputs.write(plane);
          }
          for (int i = 0; i < r.sites.size(); i++) {
            PixelBox b = r.sites.get(i).box();
            boxes.write(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%s\n", k, b.x0(), b.y0(),
                b.x1(), b.y1(), r.target.get(i) ? "slide" : "ignore"));
          }
          AcquisitionPlan plan = r.scene.acquisitions();
          samples.write(String.format(Locale.ROOT, "%d,%d,%s,%d,%d,%d\n", k, r.scene.seed(),
              r.scene.name(), plan.dateCount(), plan.pairNeighbours(), plan.pairs().size()));
        }
      }
    }
    return spec.scenes();
  }

  private Record record(long seed) {
    Scene scene = TrainingScenes.landslideStack(seed, spec.size());
    StackSimulator sim = new StackSimulator(scene);
    int w = scene.width();
    int h = scene.height();
    Product stack = SimulatedProducts.stack(scene);
    Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked);
    float[] az = read(gradients, BandNames.GRADIENT_AZIMUTH, w, h);
    float[] rg = read(gradients, BandNames.GRADIENT_RANGE, w, h);
    float[] count = read(gradients, BandNames.GRADIENT_COUNT, w, h);
    float[] se = read(gradients, BandNames.GRADIENT_STDERR, w, h);
    gradients.dispose();
    masked.dispose();
    stack.dispose();
    float[][] planes = new float[2][w * h];
    GradientStackInputs.fill(az, rg, count, se, planes);
    List<Site> slides = sim.sites().stream()
        .filter(site -> site.siteClass() == SiteClass.LANDSLIDE).toList();
    List<Boolean> visible = SiteVisibility.inGradientStack(sim, slides, rg, count);
    List<Boolean> target = new ArrayList<>();
    for (Site site : sim.sites()) {
      int i = slides.indexOf(site);
      target.add(i >= 0 && visible.get(i));
    }
    return new Record(scene, planes, sim.sites(), target);
  }

  private static float[] read(Product product, String band, int w, int h) {
    try {
      return product.getBand(band).readPixels(0, 0, w, h, new float[w * h]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Record(Scene scene, float[][] planes, List<Site> sites, List<Boolean> target) {}
}
