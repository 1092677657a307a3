package org.dlinsar.unwrap;

import org.dlinsar.ifg.Cycles;

/**
 * The network's unwrapping checked by the classical one: DL-Unwrap's method {@code DL}. Both
 * results are congruent with the data, so where they differ they differ by whole cycles, region
 * by region. The largest connected region of one difference keeps the network's phase; every
 * other region goes to the method whose cycle jumps along its border cost less ({@link #jumpCost}:
 * coherent, clear differences are dear to cut), the network's jumps weighing
 * {@value #NETWORK_TRUST} times less. A network one cycle off
 * in the middle of a smooth rise wider than it sees cuts through coherent, clear phase; the
 * classical unwrapper misled by aliased fringes or noise cuts where the network does not.
 * {@value #NETWORK_TRUST} was chosen on simulated scenes apart from the held-out ones (README,
 * "DL-Unwrap with method=DL"). Thread-safe when both unwrappers are.
 */
final class ArbitratedUnwrapper implements PhaseUnwrapper {

  /** How many times dearer the network's jumps around a region must be before it loses it. */
  static final double NETWORK_TRUST = 8;
  private static final float LEAST_COST = 1e-3f;

  private final PhaseUnwrapper network;
  private final PhaseUnwrapper classical;

  ArbitratedUnwrapper(PhaseUnwrapper network, PhaseUnwrapper classical) {
    this.network = network;
    this.classical = classical;
  }

  @Override
  public float[] unwrap(float[] phase, float[] weight, int width, int height) {
    return unwrap(phase, weight, weight, width, height);
  }

  @Override
  public float[] unwrap(float[] phase, float[] coherence, float[] weight, int width, int height) {
    float[] net = network.unwrap(phase, coherence, weight, width, height);
    float[] other = classical.unwrap(phase, weight, width, height);
    int n = width * height;
    int[] cycles = new int[n];
    boolean[] both = new boolean[n];
    for (int i = 0; i < n; i++) {
      both[i] = !Float.isNaN(net[i]) && !Float.isNaN(other[i]);
      cycles[i] = both[i] ? (int) Cycles.whole(net[i] - other[i]) : 0;
    }
    // 4-connected regions of pixels with data and equal cycle differences
    PixelRegions regions = PixelRegions.of(width, height, i -> both[i],
        (seed, i) -> cycles[i] == cycles[seed]);
    if (regions.count() < 2) {
      return net;
    }
    double[] netCost = new double[regions.count()];
    double[] otherCost = new double[regions.count()];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        if (x + 1 < width) {
          addBorderCost(i, i + 1, phase, weight, net, other, regions.label(), both, netCost, otherCost);
        }
        if (y + 1 < height) {
          addBorderCost(i, i + width, phase, weight, net, other, regions.label(), both, netCost, otherCost);
        }
      }
    }
    int largest = regions.largest();
    float shift = (float) (Cycles.TWO_PI * cycles[regions.seeds()[largest]]);
    float[] out = net.clone();
    for (int i = 0; i < n; i++) {
      int region = regions.label()[i];
      if (both[i] && region != largest && netCost[region] > NETWORK_TRUST * otherCost[region]) {
        out[i] = other[i] + shift;
      }
    }
    return out;
  }

  /** Adds the cost of each method's jump across edge (i, j) to both regions when it is a border. */
  private static void addBorderCost(int i, int j, float[] phase, float[] weight, float[] net, float[] other,
      int[] label, boolean[] both, double[] netCost, double[] otherCost) {
    if (!both[i] || !both[j] || label[i] == label[j]) {
      return;
    }
    float difference = WrappedGradients.wrap(phase[j] - phase[i]);
    double cost = jumpCost(Math.min(1f, weight[i]), Math.min(1f, weight[j]), difference);
    double netJump = Math.abs(Cycles.whole(net[j] - net[i] - difference));
    double otherJump = Math.abs(Cycles.whole(other[j] - other[i] - difference));
    netCost[label[i]] += cost * netJump;
    netCost[label[j]] += cost * netJump;
    otherCost[label[i]] += cost * otherJump;
    otherCost[label[j]] += cost * otherJump;
  }

  /**
   * The cost of a jump across the edge between pixels of weights wa and wb (in [0, 1]) whose
   * wrapped difference is given: the square of the lower weight, scaled down where the difference
   * is near half a cycle (a fringe too dense to tell its direction); the least cost where one has
   * no data.
   */
  static float jumpCost(float wa, float wb, float difference) {
    float lower = StrictMath.min(wa, wb);
    if (lower <= 0) {
      return LEAST_COST;
    }
    double clearness = 1 - Math.abs(difference) / Math.PI;
    return (float) (LEAST_COST + lower * lower * (0.25 + clearness));
  }
}
