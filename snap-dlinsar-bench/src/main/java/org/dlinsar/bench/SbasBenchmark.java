package org.dlinsar.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.sbas.ReferenceRing;
import org.dlinsar.sbas.SbasSummary;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * Detection-first against full-frame SBAS on one stack (issue 10): the time of
 * Phase-Gradient-Stack + DL-Detect + Local-SBAS on the patches, against Local-SBAS scope=FULL,
 * each writing its velocity, displacements and residual (BandSelect, BEAM-DIMAP) as a graph
 * would; then the velocity at each detection's peak from both runs, each relative to the median
 * of the detection's reference ring, and against the truth when {@code <stack>.truth.dim} is
 * beside the stack.
 *
 * <pre>SbasBenchmark stack.dim workdir [margin]</pre> (as bench/sbas.sh runs it)
 */
public final class SbasBenchmark {

  private static final String OUTPUTS = "velocity|rms_residual|disp_.*";

  private SbasBenchmark() {}

  public static void main(String[] args) throws Exception {
    // bench/sbas.sh passes its stack, its out/ folder and its margin
    BenchArguments.run(() -> run(new BenchArguments(
        "bench/sbas.sh [width height dates pairs margin]", args)));
  }

  private static void run(BenchArguments args) throws Exception {
    File stack = new File(args.text(0, "stack"));
    if (!stack.isFile()) {
      throw args.refuse("stack " + stack + " is not a file");
    }
    Path work = Path.of(args.text(1, "work folder"));
    // Local-SBAS's margin parameter takes 4 to 512 pixels
    int margin = args.within(2, "margin", 4, 512, 32);
    Files.createDirectories(work);

    long t0 = System.nanoTime();
    Product source = ProductIO.readProduct(stack);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, source);
    Map<String, Object> detect = new HashMap<>();
    detect.put("mode", "LANDSLIDE");
    detect.put("method", "CLASSICAL");
    detect.put("detectionsFile", work.resolve("patches.dim").toFile());
    Product detected = GPF.createProduct("DL-Detect", detect, gradients);
    double detectSeconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> local = new HashMap<>();
    local.put("margin", margin);
    local.put("timeSeriesFile", work.resolve("patches.dim").toFile());
    Product patches = GPF.createProduct("Local-SBAS", local, detected);
    File patchesFile = write(patches, work.resolve("patches.dim"));
    double firstSeconds = (System.nanoTime() - t0) / 1e9;

    long t1 = System.nanoTime();
    Product fullSource = ProductIO.readProduct(stack);
    Map<String, Object> full = new HashMap<>();
    full.put("scope", "FULL");
    File fullFile = write(GPF.createProduct("Local-SBAS", full, fullSource),
        work.resolve("full.dim"));
    double fullSeconds = (System.nanoTime() - t1) / 1e9;

    MetadataElement meta = patches.getMetadataRoot().getElement(SbasSummary.ELEMENT);
    int w = source.getSceneRasterWidth();
    int h = source.getSceneRasterHeight();
    long patchPixels = 0;
    for (MetadataElement d : meta.getElements()) {
      PixelBox p = PixelBox.parse(d.getAttributeString("patch_px"), "patch_px of " + d.getName());
      patchPixels += (long) p.width() * p.height();
    }
    System.out.printf(Locale.ROOT, "stack %s: %d x %d, %d bands; %d detections, patches %d pixels"
        + " (%.2f %% of the frame); closure corrections %s%n", stack.getName(), w, h,
        source.getNumBands(), meta.getNumElements(), patchPixels, 100.0 * patchPixels / w / h,
        meta.getAttributeString("closure_corrections"));
    System.out.printf(Locale.ROOT, "detection-first: %.1f s (gradient stack + detect %.1f s);"
        + " full-frame SBAS: %.1f s; ratio %.1f%n", firstSeconds, detectSeconds, fullSeconds,
        fullSeconds / firstSeconds);
    compare(ProductIO.readProduct(patchesFile), ProductIO.readProduct(fullFile), stack, meta,
        detected, margin);
  }

  private static File write(Product product, Path file) throws Exception {
    Map<String, Object> select = new HashMap<>();
    select.put("bandNamePattern", OUTPUTS);
    Product selected = GPF.createProduct("BandSelect", select, product);
    ProductIO.writeProduct(selected, file.toFile(), "BEAM-DIMAP", false);
    return file.toFile();
  }

  private static void compare(Product patches, Product full, File stack, MetadataElement meta,
      Product detected, int margin) throws Exception {
    int w = patches.getSceneRasterWidth();
    int h = patches.getSceneRasterHeight();
    float[] vp = patches.getBand("velocity").readPixels(0, 0, w, h, new float[w * h]);
    float[] vf = full.getBand("velocity").readPixels(0, 0, w, h, new float[w * h]);
    File truthFile = new File(stack.getPath().replaceFirst("\\.dim$", ".truth.dim"));
    float[] vt = null;
    if (truthFile.isFile()) {
      vt = ProductIO.readProduct(truthFile).getBand("velocity")
          .readPixels(0, 0, w, h, new float[w * h]);
    }
    List<PixelBox> boxes = new ArrayList<>();
    Map<Integer, PixelBox> byId = new HashMap<>();
    for (DetectionsRead.Row d : DetectionsRead.from(detected)) {
      boxes.add(d.box());
      byId.put(d.id(), d.box());
    }
    List<Double> differences = new ArrayList<>();
    System.out.println("| id | peak | patches (mm/year) | full frame | |difference| | truth |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    for (MetadataElement d : meta.getElements()) {
      if (!d.containsAttribute("peak_px")) {
        continue;
      }
      PixelBox own = byId.get(d.getAttributeInt("id"));
      PixelBox patch = PixelBox.parse(d.getAttributeString("patch_px"), "patch_px of " + d.getName());
      List<PixelBox> others = new ArrayList<>(boxes);
      others.remove(own);
      boolean[] ring = ReferenceRing.of(patch, own, others, margin / 2);
      String[] xy = d.getAttributeString("peak_px").split(",");
      int peak = Integer.parseInt(xy[1]) * w + Integer.parseInt(xy[0]);
      double a = vp[peak] - ringMedian(vp, ring, patch, w);
      double b = vf[peak] - ringMedian(vf, ring, patch, w);
      double t = vt == null ? Double.NaN : vt[peak] - ringMedian(vt, ring, patch, w);
      differences.add(Math.abs(a - b));
      System.out.printf(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.2f |%n",
          d.getAttributeInt("id"), d.getAttributeString("peak_px"), a, b, Math.abs(a - b), t);
    }
    double[] diff = differences.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (diff.length > 0) {
      System.out.printf(Locale.ROOT, "velocity at the peaks, patches vs full frame: median"
          + " |difference| %.2f mm/year, largest %.2f, within 1 mm/year %d of %d%n",
          diff[diff.length / 2], diff[diff.length - 1],
          Arrays.stream(diff).filter(x -> x <= 1).count(), diff.length);
    }
  }

  private static double ringMedian(float[] frame, boolean[] ring, PixelBox patch, int w) {
    double[] v = new double[ring.length];
    int k = 0;
    for (int i = 0; i < ring.length; i++) {
      float value = frame[(patch.y0() + i / patch.width()) * w + patch.x0() + i % patch.width()];
      if (ring[i] && !Float.isNaN(value)) {
        v[k++] = value;
      }
    }
    Arrays.sort(v, 0, k);
    return k == 0 ? Double.NaN : v[k / 2];
  }
}
