package org.dlinsar.detect;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dlinsar.sim.PixelBox;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the detection kernels on a frame in memory, on all cores (the scan's strips run in
 * parallel). In package org.dlinsar.detect of the bench module to reach the package-private
 * kernels. Scores are milliseconds per frame; divide by the megapixels of {@code size}^2.
 * <ul>
 *   <li>{@code landslideScan}: a gradient stack's divergence, its scan at the three scales and
 *       the selection of blobs above 8 sigma (LANDSLIDE's work but the source reads);
 *   <li>{@code fringeField}: one interferogram's fringe divergence over the frame (SUBSIDENCE's
 *       per-interferogram work before its scan).
 *   <li>{@code localNoise}: one interferogram's response at a bowl of 33 pixels, at the three
 *       scales, in sigmas of its noise around the bowl (dating a bowl found elsewhere, per bowl and
 *       interferogram, as DL-Detect tests DDNet's bowls; score in milliseconds whatever {@code
 *       size});
 *   <li>{@code localNoiseAtItsScale}: the same at the bowl's own scale only, as DL-Detect dates a
 *       bowl of the gradient stack.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DetectKernelBenchmark {

  @Param({"1024"})
  public int size;

  private float[] azimuth;
  private float[] range;
  private float[] weight;
  private float[] real;
  private float[] imaginary;
  // as in a run: one interferogram's field and one LocalNoise, their work arrays kept between calls
  private DivergenceRows interferogram;
  private LocalNoise localNoise;

  @Setup
  public void setUp() {
    int n = size * size;
    Random random = new Random(1);
    azimuth = new float[n];
    range = new float[n];
    weight = new float[n];
    real = new float[n];
    imaginary = new float[n];
    for (int i = 0; i < n; i++) {
      azimuth[i] = (float) random.nextGaussian();
      range[i] = (float) random.nextGaussian();
      weight[i] = 5f;
      double phase = 0.3 * (i % size) + random.nextGaussian();
      real[i] = (float) Math.cos(phase);
      imaginary[i] = (float) Math.sin(phase);
    }
    interferogram = new FringeDivergence((x0, y0, w, h, re, im) -> {
      for (int y = 0; y < h; y++) {
        System.arraycopy(real, (y0 + y) * size + x0, re, y * w, w);
        System.arraycopy(imaginary, (y0 + y) * size + x0, im, y * w, w);
      }
    }, size, size);
    localNoise = new LocalNoise(size, size);
  }

  @Benchmark
  public List<BlobSelection.Blob> landslideScan() {
    DivergenceRows field = new StackedGradientDivergence((x0, y0, w, h, az, rg, wt) -> {
      for (int y = 0; y < h; y++) {
        System.arraycopy(azimuth, (y0 + y) * size + x0, az, y * w, w);
        System.arraycopy(range, (y0 + y) * size + x0, rg, y * w, w);
        System.arraycopy(weight, (y0 + y) * size + x0, wt, y * w, w);
      }
    }, size, size);
    int[] radii = GradientStackDetector.Target.LANDSLIDE.radii();
    BlobScanner.Scan scan = new BlobScanner(size, size, radii, 0).scan(field, () -> { });
    return BlobSelection.select(scan, radii, 8, field, size, size, 10_000, new TileOrder(64, 64), false);
  }

  @Benchmark
  public double[] localNoise() {
    return localNoise(SubsidenceDetector.RADII);
  }

  @Benchmark
  public double[] localNoiseAtItsScale() {
    return localNoise(8);
  }

  /** A bowl of 33 pixels at the frame's centre. */
  private double[] localNoise(int... radii) {
    int c = size / 2;
    PixelBox bowl = PixelBox.of(c - 16, c - 16, 33, 33);
    return localNoise.z(interferogram, bowl, c, c, radii);
  }

  @Benchmark
  public float[] fringeField() {
    float[] out = new float[size * size];
    interferogram.fill(0, 0, size, size, out);
    return out;
  }
}
