package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * The classical detector's time-series tests at a place another detector found (DDNet's bowls in
 * method DL): steady subsidence passes, one date's turbulent cell and noise do not.
 */
class SteadyBowlTest {

  /** A frame wide enough for the noise around the bump, its box left out ({@link LocalNoise}). */
  private static final int SIZE = 192;
  private static final int CENTRE = SIZE / 2;

  /** The steady-rate significance at the centre of interferograms of a bump of {@code amplitude}. */
  private static double steadyRateZ(PairNetwork network, IntToDoubleFunction amplitude) {
    // the bump's box: two sigmas either side, as DDNet's regions of it are
    PixelBox box = new PixelBox(CENTRE - 16, CENTRE - 16, CENTRE + 17, CENTRE + 17);
    return new SubsidenceDetector(SIZE, SIZE, 0).steadyRateZ(box, CENTRE, CENTRE,
        fields(network, amplitude), network, () -> {});
  }

  /** Per interferogram, the fringe field of a bump of sigma 8 pixels and {@code amplitude} at the centre. */
  private static List<DivergenceRows> fields(PairNetwork network, IntToDoubleFunction amplitude) {
    Random random = new Random(3);
    List<DivergenceRows> fields = new ArrayList<>();
    for (int p = 0; p < network.reference().length; p++) {
      float[] re = new float[SIZE * SIZE];
      float[] im = new float[SIZE * SIZE];
      for (int y = 0; y < SIZE; y++) {
        for (int x = 0; x < SIZE; x++) {
          // subsidence moves the ground away: positive phase at the bowl
          double phase = ArrayFields.blob(x, y, CENTRE, CENTRE, 8, amplitude.applyAsDouble(p))
              + 0.5 * random.nextGaussian();
          re[y * SIZE + x] = (float) Math.cos(phase);
          im[y * SIZE + x] = (float) Math.sin(phase);
        }
      }
      fields.add(new FringeDivergence(ArrayFields.samples(re, im, SIZE), SIZE, SIZE));
    }
    return fields;
  }

  @Test
  void steadySubsidencePasses() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    // 15 rad a year at the centre: 0.5 to 1 rad per pair
    double z = steadyRateZ(network, p -> 15 * network.spansYears()[p]);
    assertTrue(z >= SubsidenceRun.NETWORK_BOWL_Z, "steady-rate z " + z);
  }

  @Test
  void oneDatesTurbulentCellFails() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    int date = 5;
    double z = steadyRateZ(network, p -> network.secondary()[p] == date ? 2
        : network.reference()[p] == date ? -2 : 0);
    assertTrue(z < SubsidenceRun.NETWORK_BOWL_Z, "steady-rate z " + z);
  }

  @Test
  void quietGroundFails() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    double z = steadyRateZ(network, p -> 0);
    assertTrue(z < SubsidenceRun.NETWORK_BOWL_Z, "steady-rate z " + z);
  }

  @Test
  void aDroppedBowlsLogLineSaysWhatTheTestFound() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    double z = steadyRateZ(network, p -> 0);
    PixelBox box = new PixelBox(CENTRE - 16, CENTRE - 16, CENTRE + 17, CENTRE + 17);

    String line = SubsidenceRun.unsteadyBowl(box, z);

    assertEquals("DL-Detect method=DL: DDNet's bowl at x 80-112, y 80-112 dropped by the"
        + " steadiness test: at every scale, one date's phase screen (such as its atmosphere)"
        + " explains its responses in the interferograms better than a steady rate does", line);
  }

  @Test
  void aBowlOfTooUnsteadyARateIsLoggedWithItsSignificance() {
    String line = SubsidenceRun.unsteadyBowl(new PixelBox(29, 20, 67, 52), 1.234);

    assertTrue(line.endsWith("at x 29-66, y 20-51 dropped by the steadiness test: its responses in"
        + " the interferograms, against the noise of the ground around it, fit a steady rate at 1.2"
        + " sigma of their scatter, below the 3.0 it needs (ground that subsides with the ground"
        + " around it fails it too)"), line);
  }

  /**
   * DDNet's bowl on the ring of a rising dome (15 rad a year at its centre, negated): the place
   * two sigmas of the dome's response from its centre, where the ring's positive response is
   * strongest, is rising ground; the centre of a subsiding bowl as fast is not.
   */
  @Test
  void aRisingDomesRingIsRisingGroundASubsidingBowlIsNot() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    List<DivergenceRows> dome = fields(network, p -> -15 * network.spansYears()[p]);
    List<DivergenceRows> bowl = fields(network, p -> 15 * network.spansYears()[p]);
    // the ring of the bump (sigma 8) smoothed at sigma 5.5: 2 x 9.7 pixels out
    int ring = CENTRE + 19;

    assertTrue(SubsidenceDetector.risingGround(ring, CENTRE, dome, network));
    assertTrue(!SubsidenceDetector.risingGround(CENTRE, CENTRE, bowl, network));
    assertTrue(!SubsidenceDetector.risingGround(CENTRE, CENTRE, dome, network));
  }
}
