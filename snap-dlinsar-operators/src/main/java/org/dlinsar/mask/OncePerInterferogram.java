package org.dlinsar.mask;

import java.util.function.IntToDoubleFunction;

/**
 * A value per interferogram computed over its whole band once, on first use, by whichever tile
 * thread asks first; each interferogram has its own lock, so the others proceed meanwhile.
 */
final class OncePerInterferogram {

  private final IntToDoubleFunction compute;
  private final double[] values;
  private final boolean[] computed;
  private final Object[] locks;

  /** @param compute the value of interferogram i, called at most once per i */
  OncePerInterferogram(int interferograms, IntToDoubleFunction compute) {
    this.compute = compute;
    values = new double[interferograms];
    computed = new boolean[interferograms];
    locks = new Object[interferograms];
    for (int i = 0; i < interferograms; i++) {
      locks[i] = new Object();
    }
  }

  double get(int index) {
    synchronized (locks[index]) {
      if (!computed[index]) {
        values[index] = compute.applyAsDouble(index);
        computed[index] = true;
      }
      return values[index];
    }
  }
}
