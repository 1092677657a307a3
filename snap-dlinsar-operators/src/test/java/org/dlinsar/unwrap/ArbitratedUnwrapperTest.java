package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The network's unwrapping checked region by region by the classical one. */
class ArbitratedUnwrapperTest {

  private static final int W = 40;
  private static final int H = 30;
  private static final double TWO_PI = 2 * Math.PI;

  /** A smooth rise of about 1.6 cycles: every neighbour difference well below half a cycle. */
  private static float[] truth() {
    float[] t = new float[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double r2 = (x - 20.0) * (x - 20.0) + (y - 15.0) * (y - 15.0);
        t[y * W + x] = (float) (10 * Math.exp(-r2 / 120));
      }
    }
    return t;
  }

  private static float[] wrapped(float[] truth) {
    float[] p = new float[truth.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = WrappedGradients.wrap(truth[i]);
    }
    return p;
  }

  /** The truth with one cycle taken off inside the box [x0, x1) x [y0, y1). */
  private static float[] cycleOff(float[] truth, int x0, int y0, int x1, int y1) {
    return cyclesAdded(truth, -1, x0, y0, x1, y1);
  }

  /** The values with whole cycles added inside the box [x0, x1) x [y0, y1). */
  private static float[] cyclesAdded(float[] values, int cycles, int x0, int y0, int x1, int y1) {
    float[] out = values.clone();
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        out[y * W + x] += (float) (cycles * TWO_PI);
      }
    }
    return out;
  }

  private static float[] unwrap(float[] network, float[] classical, float[] phase, float[] weight) {
    return new ArbitratedUnwrapper((p, w, width, height) -> network.clone(), (p, w, width, height) -> classical.clone())
        .unwrap(phase, weight, W, H);
  }

  private static void assertCycles(float[] expected, float[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-4, "pixel " + i % W + "," + i / W);
    }
  }

  @Test
  void theNetworkReadsEveryPixelsCoherenceMaskedOnesTooThroughTheTiles() {
    // as it was trained (every pixel's coherence): fed the weight, 0 where masked, it scored
    // 0.09 points less on the held-out interferograms (README, "DL-Unwrap with method=DL")
    float[] phase = wrapped(truth());
    float[] coherence = new float[W * H];
    float[] weight = new float[W * H];
    for (int i = 0; i < W * H; i++) {
      coherence[i] = 0.2f + 0.7f * (i % W) / W;
      weight[i] = i % 7 == 0 ? 0f : coherence[i];
    }
    float[] lowest = {Float.MAX_VALUE};
    int[] tiles = {0};
    PhaseUnwrapper network = new PhaseUnwrapper() {
      @Override
      public float[] unwrap(float[] p, float[] w, int width, int height) {
        throw new AssertionError("the network was given no coherence");
      }

      @Override
      public synchronized float[] unwrap(float[] p, float[] c, float[] w, int width, int height) {
        tiles[0]++;
        for (float v : c) {
          lowest[0] = Math.min(lowest[0], v);
        }
        return new McfUnwrapper().unwrap(p, w, width, height);
      }
    };

    new ArbitratedUnwrapper(new TiledUnwrapper(network, 16, 4), new McfUnwrapper())
        .unwrap(phase, coherence, weight, W, H);

    assertEquals(9, tiles[0], "3 x 3 tiles of 16");
    assertEquals(0.2f, lowest[0], 1e-6, "a masked pixel (weight 0) reached the network with its coherence");
  }

  @Test
  void aNetworkCycleOffInTheMiddleOfASmoothRiseLosesThatRegionToTheClassicalUnwrapper() {
    float[] truth = truth();
    float[] weight = new float[W * H];
    Arrays.fill(weight, 0.9f);

    float[] out = unwrap(cycleOff(truth, 14, 9, 27, 22), truth, wrapped(truth), weight);

    assertCycles(truth, out);
  }

  @Test
  void aClassicalCycleOffBehindADecorrelatedRingLosesThatRegionToTheNetwork() {
    float[] truth = truth();
    float[] weight = new float[W * H];
    Arrays.fill(weight, 0.9f);
    for (int y = 8; y < 23; y++) {
      for (int x = 13; x < 28; x++) {
        boolean ring = y == 8 || y == 22 || x == 13 || x == 27;
        if (ring) {
          weight[y * W + x] = 0.05f;
        }
      }
    }

    // the classical unwrapper cut along the decorrelated ring, one cycle off inside it
    float[] out = unwrap(truth, cycleOff(truth, 14, 9, 27, 22), wrapped(truth), weight);

    assertCycles(truth, out);
  }

  @Test
  void whereTheyAgreeTheNetworksPhaseIsKeptAndNoDataStaysNaN() {
    float[] truth = truth();
    float[] weight = new float[W * H];
    Arrays.fill(weight, 0.9f);
    float[] network = truth.clone();
    network[5] = Float.NaN;
    float[] shifted = truth.clone();
    for (int i = 0; i < shifted.length; i++) {
      shifted[i] += (float) (2 * TWO_PI);
    }
    shifted[5] = Float.NaN;

    float[] out = unwrap(network, shifted, wrapped(truth), weight);

    assertEquals(Float.NaN, out[5]);
    out[5] = truth[5];
    assertCycles(truth, out);
  }

  @Test
  void aRegionTakenFromTheClassicalUnwrapperIsShiftedOntoTheNetworksAnchor() {
    // each unwrapper integrates from its own anchor: here the classical result lies two cycles
    // above the network's everywhere, so the region it wins must come down two cycles to fit
    float[] truth = truth();
    float[] weight = new float[W * H];
    Arrays.fill(weight, 0.9f);
    float[] classical = cyclesAdded(truth, 2, 0, 0, W, H);

    float[] out = unwrap(cycleOff(truth, 14, 9, 27, 22), classical, wrapped(truth), weight);

    assertCycles(truth, out);
  }

  @Test
  void theAnchorIsWhereTheyDifferAsOverMostPixelsNotThoseFirstInTheRaster() {
    // the network one cycle off in the top left corner, the classical result two cycles above
    // the truth: the corner differs by three cycles, the rest of the scene by two
    float[] truth = truth();
    float[] weight = new float[W * H];
    Arrays.fill(weight, 0.9f);
    float[] classical = cyclesAdded(truth, 2, 0, 0, W, H);

    float[] out = unwrap(cycleOff(truth, 0, 0, 6, 5), classical, wrapped(truth), weight);

    assertCycles(truth, out);
  }

  /**
   * Both wrong, and only coherence tells which is right where they differ. A ring of
   * decorrelated pixels; the classical unwrapper cut along it and is one cycle off inside it. The
   * network is one cycle off over a wider box, but right inside the ring. Between the box's edge
   * and the ring the network jumps along the box's coherent edge (68 edges) and along the ring
   * (28), the classical unwrapper along the ring alone: counted without coherence its jumps would
   * cost a third of the network's, not the eighth it must be to win there.
   */
  @Test
  void coherenceDecidesWhereBothUnwrappersAreWrong() {
    float[] truth = truth();
    float[] weight = new float[W * H];
    Arrays.fill(weight, 0.9f);
    for (int y = 11; y < 20; y++) {
      for (int x = 16; x < 25; x++) {
        if (y == 11 || y == 19 || x == 16 || x == 24) {
          weight[y * W + x] = 0.05f;
        }
      }
    }
    float[] classical = cycleOff(truth, 17, 12, 24, 19);
    float[] network = cyclesAdded(cycleOff(truth, 12, 7, 29, 24), 1, 17, 12, 24, 19);

    float[] out = unwrap(network, classical, wrapped(truth), weight);

    assertCycles(truth, out);
  }

  /**
   * Each unwrapper one cycle off in a band that crosses the whole scene, so that the band's
   * edges run one way only: the classical unwrapper behind two decorrelated lines, the network
   * in coherent phase. Across the scene the jumps lie on edges between rows, down it between
   * columns; both kinds must count.
   */
  @Test
  void bandsRunningAcrossOrDownTheSceneAreJudgedByTheJumpsAlongTheirEdges() {
    for (boolean across : new boolean[] {true, false}) {
      float[] truth = truth();
      float[] weight = new float[W * H];
      Arrays.fill(weight, 0.9f);
      for (int i = 0; i < W * H; i++) {
        int along = across ? i / W : i % W;
        if (along == 3 || along == 8) {
          weight[i] = 0.05f;
        }
      }
      float[] classical = across ? cycleOff(truth, 0, 4, W, 8) : cycleOff(truth, 4, 0, 8, H);
      float[] network = across ? cycleOff(truth, 0, 18, W, 22) : cycleOff(truth, 18, 0, 22, H);

      float[] out = unwrap(network, classical, wrapped(truth), weight);

      for (int i = 0; i < truth.length; i++) {
        assertEquals(truth[i], out[i], 1e-4, (across ? "across" : "down") + ", pixel " + i % W + "," + i / W);
      }
    }
  }
}
