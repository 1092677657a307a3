package org.dlinsar.unwrap;

import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TruthTile;

/**
 * One simulated interferogram as an unwrapper sees it (wrapped phase, coherence weight, zero below
 * the coherence threshold as DL-Unwrap's fallback mask does) with its truth: the noise-free
 * unwrapped phase and the truly coherent pixels.
 */
record UnwrapCase(int width, int height, float[] phase, float[] weight, float[] truth, boolean[] coherent,
    double steepestRadPerPixel) {

  static final float COHERENCE_THRESHOLD = 0.3f;

  static UnwrapCase of(StackSimulator sim, StackTile stack, TruthTile truthTile, int pair) {
    PixelBox box = stack.box();
    int n = box.width() * box.height();
    float[] phase = new float[n];
    float[] weight = new float[n];
    boolean[] coherent = new boolean[n];
    float[] coherence = stack.coherence(pair);
    byte[] mask = truthTile.mask(pair);
    for (int i = 0; i < n; i++) {
      phase[i] = (float) stack.phase(pair, i);
      weight[i] = coherence[i] >= COHERENCE_THRESHOLD ? coherence[i] : 0;
      coherent[i] = mask[i] == 1;
    }
    float[] truth = sim.unwrappedPhaseRad(pair, box);
    return new UnwrapCase(box.width(), box.height(), phase, weight, truth, coherent,
        steepest(truth, coherent, box.width(), box.height()));
  }

  /** Largest true phase difference between coherent neighbours, rad/pixel. */
  private static double steepest(float[] truth, boolean[] coherent, int w, int h) {
    double max = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        if (x + 1 < w && coherent[i] && coherent[i + 1]) {
          max = Math.max(max, Math.abs(truth[i + 1] - truth[i]));
        }
        if (y + 1 < h && coherent[i] && coherent[i + w]) {
          max = Math.max(max, Math.abs(truth[i + w] - truth[i]));
        }
      }
    }
    return max;
  }

  UnwrapScore score(float[] unwrapped) {
    return UnwrapScore.of(unwrapped, truth, coherent);
  }
}
