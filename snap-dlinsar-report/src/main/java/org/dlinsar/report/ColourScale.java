package org.dlinsar.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a raster's values become colours, and what its colour bar says: values from {@code low}
 * to {@code high} spread over {@code map}, in {@code unit}.
 *
 * @param map the colour map
 * @param low value at the map's start
 * @param high value at its end, above {@code low}
 * @param unit what the values are measured in, as the colour bar prints it ("rad", "mm/year")
 * @param lowEnd what the low end means, printed under it ("away from satellite"), or empty
 * @param highEnd what the high end means, printed under it, or empty
 */
public record ColourScale(ColourMap map, double low, double high, String unit, String lowEnd, String highEnd) {

  /** LOS velocity and displacement are positive toward the satellite (CONTRACT.md). */
  static final String LOS_NEGATIVE = "away from satellite";
  static final String LOS_POSITIVE = "toward satellite";

  public ColourScale {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(lowEnd, "lowEnd");
    Objects.requireNonNull(highEnd, "highEnd");
    if (!(high > low) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("colour scale needs finite low < high, got " + low + " and " + high);
    }
  }

  /** A scale whose ends mean nothing beyond their values. */
  public ColourScale(ColourMap map, double low, double high, String unit) {
    this(map, low, high, unit, "", "");
  }

  /**
   * This scale, its ends named as LOS motion: low away from the satellite, high toward it. For a
   * scale symmetric about zero, so that the colour's side of the middle gives the sign.
   */
  public ColourScale lineOfSight() {
    return new ColourScale(map, low, high, unit, LOS_NEGATIVE, LOS_POSITIVE);
  }

  /** Whether the colour bar names what its ends mean. */
  public boolean namesEnds() {
    return !lowEnd.isEmpty() || !highEnd.isEmpty();
  }

  /** A scale from the 2nd to the 98th percentile of the finite values (0 to 1 when none differ). */
  public static ColourScale stretched(ColourMap map, float[] values, String unit) {
    float[] finite = finiteSorted(values);
    if (finite.length == 0) {
      return new ColourScale(map, 0, 1, unit);
    }
    double low = finite[(int) (0.02 * (finite.length - 1))];
    double high = finite[(int) (0.98 * (finite.length - 1))];
    return high > low ? new ColourScale(map, low, high, unit) : new ColourScale(map, low, low + 1, unit);
  }

  /** A scale symmetric about zero out to the 98th percentile of |value|, so zero sits mid-map. */
  public static ColourScale symmetric(ColourMap map, float[] values, String unit) {
    float[] magnitudes = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      magnitudes[i] = Math.abs(values[i]);
    }
    float[] finite = finiteSorted(magnitudes);
    double edge = finite.length == 0 ? 0 : finite[(int) (0.98 * (finite.length - 1))];
    edge = edge > 0 ? edge : 1;
    return new ColourScale(map, -edge, edge, unit);
  }

  /**
   * A scale symmetric about zero out to the largest |value|, rounded up to two significant digits
   * (1 when every value is 0). For rasters still almost everywhere, as the simulator's true
   * velocity: a percentile of all pixels lies on still ground and saturates every moving site.
   */
  public static ColourScale symmetricToPeak(ColourMap map, float[] values, String unit) {
    double peak = 0;
    for (float v : values) {
      peak = Float.isFinite(v) ? Math.max(peak, Math.abs(v)) : peak;
    }
    double edge = roundedUp(peak);
    return new ColourScale(map, -edge, edge, unit);
  }

  /** {@code x} rounded up to two significant digits, a number a colour bar reads well: 84.7 to 85; 1 for 0. */
  static double roundedUp(double x) {
    if (!(x > 0)) {
      return 1;
    }
    double step = Math.pow(10, Math.floor(Math.log10(x)) - 1);
    // slack: in binary, 1.1 / 0.1 comes out a hair above 11 and would round up to 1.2
    return Math.ceil(x / step - 1e-9) * step;
  }

  /** Position of {@code value} on the map, 0..1 (clamped); NaN for a non-finite value. */
  public double position(double value) {
    if (!Double.isFinite(value)) {
      return Double.NaN;
    }
    return Math.max(0, Math.min(1, (value - low) / (high - low)));
  }

  private static float[] finiteSorted(float[] values) {
    float[] finite = new float[values.length];
    int n = 0;
    for (float v : values) {
      if (Float.isFinite(v)) {
        finite[n++] = v;
      }
    }
    float[] kept = Arrays.copyOf(finite, n);
    Arrays.sort(kept);
    return kept;
  }
}
