package org.dlinsar.bench;

import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelCalls;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.inference.ModelSessions;
import org.dlinsar.inference.ResolvedModel;
import org.dlinsar.inference.TiledInference;

/**
 * Megapixels per second of tiled inference (tiles, halo and batch of the model's card) on the
 * CPU, for rasters of 1 and 4 megapixels of seeded random input, one call at a time on every
 * thread ({@link ModelCalls#ONE_AT_A_TIME}, as DL-Detect runs its networks) and on one thread
 * ({@link ModelCalls#CONCURRENT}, each of DL-Mask's tile threads). Usage:
 * {@code InferenceBenchmark <model.onnx> <task> [runs]}; bench/inference.sh runs it on the test
 * network of make_test_fixture.py.
 */
public final class InferenceBenchmark {

  private InferenceBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments("bench/inference.sh [model.onnx task [runs]]", args)));
  }

  private static void run(BenchArguments args) {
    File file = new File(args.text(0, "model.onnx"));
    String task = args.text(1, "task");
    int runs = args.positive(2, "runs", 5);
    if (!file.isFile()) {
      throw args.refuse("model file " + file + " does not exist");
    }
    ResolvedModel model = ModelResolver.resolve(task, null, file, BundledModels.onClassPath());
    for (ModelCalls calls : ModelCalls.values()) {
      ModelSession session = ModelSessions.shared(model, ExecutionProvider.CPU, calls);
      ModelCard card = session.card();
      System.out.printf(Locale.ROOT, "%s %s on %s (%s): tiles %d, halo %d, batch %d, %d cores%n",
          card.name(), card.version(), session.describeWhere(), calls, card.tile().size(),
          card.tile().halo(), card.tile().batch(), Runtime.getRuntime().availableProcessors());
      time(new TiledInference(session), card, runs);
    }
  }

  private static void time(TiledInference inference, ModelCard card, int runs) {
    for (int edge : new int[] {1024, 2048}) {
      float[][] input = seeded(card.input().channels().size(), edge * edge);
      float[][] output = new float[card.output().channels().size()][edge * edge];
      inference.run(input, edge, edge, output); // warm-up: buffers, ONNX Runtime's kernels
      double[] seconds = new double[runs];
      for (int r = 0; r < runs; r++) {
        long start = System.nanoTime();
        inference.run(input, edge, edge, output);
        seconds[r] = (System.nanoTime() - start) * 1e-9;
      }
      Arrays.sort(seconds);
      double megapixels = edge * (double) edge / 1e6;
      System.out.printf(Locale.ROOT, "%4.1f Mpx (%d x %d): %7.2f Mpx/s (median of %d runs, %.3f s)%n",
          megapixels, edge, edge, megapixels / seconds[runs / 2], runs, seconds[runs / 2]);
    }
  }

  private static float[][] seeded(int channels, int samples) {
    Random random = new Random(1);
    float[][] planes = new float[channels][samples];
    for (float[] plane : planes) {
      for (int i = 0; i < samples; i++) {
        plane[i] = random.nextFloat();
      }
    }
    return planes;
  }
}
