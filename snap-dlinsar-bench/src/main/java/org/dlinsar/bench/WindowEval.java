package org.dlinsar.bench;

import java.util.Locale;
import org.dlinsar.report.WindowScores;
import org.dlinsar.report.WindowScores.Score;

/**
 * Landslide contrast of the gradient stack per window against the simulator's truth, printed as
 * a Markdown table (the README's). bench/window-eval.sh [size [seeds...]] (default 256, 1 2 3).
 */
public final class WindowEval {

  private static final int[] WINDOWS = {1, 3, 5, 7};

  private WindowEval() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments("bench/window-eval.sh [size [seeds...]]", args)));
  }

  private static void run(BenchArguments args) throws Exception {
    int size = args.positive(0, "size", 256);
    long[] seeds = args.seedsFrom(1, "seed", 1, 2, 3);
    StringBuilder header = new StringBuilder("| preset | seed |");
    StringBuilder rule = new StringBuilder("| --- | --- |");
    for (int w : WINDOWS) {
      header.append(" rate w").append(w).append(" |");
      rule.append(" --- |");
    }
    for (int w : WINDOWS) {
      header.append(" signif. w").append(w).append(" |");
      rule.append(" --- |");
    }
    System.out.println(header);
    System.out.println(rule);
    for (String preset : new String[] {"landslides", "mixed"}) {
      double[][] sum = new double[2][WINDOWS.length];
      for (long seed : seeds) {
        Score[] scores = WindowScores.score(WindowScores.scene(preset, seed, size), WINDOWS);
        StringBuilder line = new StringBuilder("| " + preset + " | " + seed + " |");
        for (int k = 0; k < WINDOWS.length; k++) {
          line.append(String.format(Locale.ROOT, " %.2f |", scores[k].rate()));
          sum[0][k] += scores[k].rate();
        }
        for (int k = 0; k < WINDOWS.length; k++) {
          line.append(String.format(Locale.ROOT, " %.2f |", scores[k].significance()));
          sum[1][k] += scores[k].significance();
        }
        System.out.println(line);
      }
      StringBuilder mean = new StringBuilder("| " + preset + " | mean |");
      for (double[] s : sum) {
        for (double v : s) {
          mean.append(String.format(Locale.ROOT, " **%.2f** |", v / seeds.length));
        }
      }
      System.out.println(mean);
    }
  }
}
