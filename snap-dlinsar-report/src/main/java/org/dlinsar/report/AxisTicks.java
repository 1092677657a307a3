package org.dlinsar.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Round tick values for a plot axis: steps of 1, 2 or 5 times a power of ten, about
 * {@code target} of them over the range.
 */
final class AxisTicks {

  private AxisTicks() {
  }

  /** The step between ticks over [low, high]. */
  static double step(double low, double high, int target) {
    double span = high - low;
    if (!(span > 0)) {
      return 1;
    }
    double raw = span / target;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
    return nice * power;
  }

  /** The multiples of {@code step} within [low, high]. */
  static List<Double> within(double low, double high, double step) {
    List<Double> ticks = new ArrayList<>();
    for (double t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) {
      ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
    }
    return ticks;
  }
}
