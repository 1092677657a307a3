package org.dlinsar.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dlinsar.gradient.FastAtan2;
import org.dlinsar.gradient.GradientStacker;
import org.dlinsar.gradient.WrappedGradient;
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
 * JMH benchmarks of the gradient-stacking kernels on one tile, one core: the phase of every sample
 * ({@link FastAtan2} against {@link Math#atan2}), one interferogram added to a
 * {@link GradientStacker}, and one interferogram's own wrapped gradients ({@link WrappedGradient},
 * what DL-Detect's atmosphere test computes per interferogram; {@code window} does not apply).
 * Scores are microseconds per tile; divide by width x height for the cost per sample. {@code
 * bench/kernels.sh} runs them.
 *
 * <p>The default tiles: 514 x 66 touches about as much as the strip of rows Phase-Gradient-Stack
 * stacks at a time (it stays in cache), 514 x 514 is a whole halo tile added at once (its sums
 * stream from memory once per interferogram).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GradientKernelBenchmark {

  /** Interferograms cycled through, so that their samples are not all in cache. */
  private static final int INTERFEROGRAMS = 4;

  @Param({"514"})
  public int width;

  @Param({"66", "514"})
  public int height;

  @Param({"64"})
  public int stripRows;

  /** Phase-Gradient-Stack's window: 1 = single pixels, 7 = the default. */
  @Param({"1", "7"})
  public int window;

  private float[][] real;
  private float[][] imaginary;
  private float[][] coherence;
  private float[] angle;
  private float[] azimuth;
  private float[] range;
  private GradientStacker stacker;
  private int next;

  @Setup
  public void setUp() {
    int n = width * height;
    SplittableRandom random = new SplittableRandom(1);
    real = new float[INTERFEROGRAMS][n];
    imaginary = new float[INTERFEROGRAMS][n];
    coherence = new float[INTERFEROGRAMS][n];
    for (int k = 0; k < INTERFEROGRAMS; k++) {
      for (int i = 0; i < n; i++) {
        double phase = 2 * Math.PI * random.nextDouble();
        real[k][i] = (float) Math.cos(phase);
        imaginary[k][i] = (float) Math.sin(phase);
        coherence[k][i] = (float) (0.2 + 0.8 * random.nextDouble());
      }
    }
    angle = new float[n];
    azimuth = new float[n];
    range = new float[n];
    stacker = new GradientStacker(width, height, window);
  }

  private int nextInterferogram() {
    next = (next + 1) % INTERFEROGRAMS;
    return next;
  }

  @Benchmark
  public float[] phaseFastAtan2() {
    int k = nextInterferogram();
    FastAtan2.atan2(imaginary[k], real[k], angle);
    return angle;
  }

  @Benchmark
  public float[] wrappedGradient() {
    int k = nextInterferogram();
    WrappedGradient.compute(real[k], imaginary[k], null, width, height, azimuth, range);
    return range;
  }

  @Benchmark
  public float[] phaseMathAtan2() {
    int k = nextInterferogram();
    float[] re = real[k];
    float[] im = imaginary[k];
    for (int i = 0; i < angle.length; i++) {
      angle[i] = (float) Math.atan2(im[i], re[i]);
    }
    return angle;
  }

  /**
   * All {@value #INTERFEROGRAMS} interferograms added a strip of {@code stripRows} rows at a time,
   * as Phase-Gradient-Stack adds a batch: divide by {@value #INTERFEROGRAMS} to compare with
   * {@link #addInterferogram}.
   */
  @Benchmark
  public GradientStacker addInterferogramsInStrips() {
    for (int row = 0; row < height; row += stripRows) {
      for (int k = 0; k < INTERFEROGRAMS; k++) {
        stacker.addInterferogram(real[k], imaginary[k], null, coherence[k], 1 / 30.0, row,
            Math.min(row + stripRows, height));
      }
    }
    return stacker;
  }

  @Benchmark
  public GradientStacker addInterferogram() {
    int k = nextInterferogram();
    stacker.addInterferogram(real[k], imaginary[k], null, coherence[k], 1 / 30.0);
    return stacker;
  }
}
