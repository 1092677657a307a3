package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * Parts of detection against their definitions: box IoU and suppression at its limit, the positive
 * scan of bowls, the reliability weight's prior, the temporal signature and robust noise (mutation
 * testing found each free to break under the unit tests).
 */
class DetectionPartsTest {

  /**
   * Three dates, pairs (0,1), (1,2), (0,2) of 1, 1, 2 years, steady motion a_p = dt_p: dates 0 and
   * 2 each sum to 3 over their 2 pairs, so the best screen explains 3 / sqrt 2 = 2.12 sigmas,
   * less than the rate's 6 / sqrt 6 = 2.45: motion, not one date's atmosphere.
   */
  @Test
  void aDatesScreenIsItsPairsSumOverTheSquareRootOfTheirNumber() {
    // 4 dates, each with its next two: pairs 0-1, 0-2, 1-2, 1-3, 2-3; steady motion
    TemporalSignature s = network(4, new double[] {1, 2, 1, 2, 1}, new int[] {0, 0, 1, 1, 2},
        new int[] {1, 2, 2, 3, 3}).signature(new double[] {1, 2, 1, 2, 1});
    assertEquals(11 / Math.sqrt(11), s.rateZ(), 1e-12);
    assertEquals(3 / Math.sqrt(2), s.screenZ(), 1e-12);
    assertEquals(0, s.screenDate());
    assertFalse(s.oneDateScreen(), s.toString());
    // a triangle 0-1, 1-2, 0-2: the end dates' screens follow the spans (cosine 0.87), so only the
    // middle date's is tested, and steady motion cancels in it
    TemporalSignature triangle = network(3, new double[] {1, 1, 2}, new int[] {0, 1, 0},
        new int[] {1, 2, 2}).signature(new double[] {1, 1, 2});
    assertEquals(0, triangle.screenZ(), 1e-12);
    assertEquals(-1, triangle.screenDate());
  }

  /** A network of {@code dates} dates (a year apart) and these pairs, spans in years. */
  private static PairNetwork network(int dates, double[] spansYears, int[] reference,
      int[] secondary) {
    List<LocalDate> days = IntStream.range(0, dates)
        .mapToObj(d -> LocalDate.of(2020 + d, 1, 1)).toList();
    return new PairNetwork(days, reference, secondary, spansYears);
  }

  @Test
  void iouIsTheSharedAreaOverTheUnion() {
    assertEquals(50.0 / 150, BoxOverlap.iou(new PixelBox(0, 0, 10, 10), new PixelBox(5, 0, 15, 10)),
        1e-12);
  }

  /**
   * Two proposals of 40 x 40 pixels, 21 pixels apart: neither centre lies in the other box, but
   * they overlap at IoU 19 / 61 = 0.31, at or above {@link BoxSuppression#MAX_IOU}: one target.
   */
  @Test
  void proposalsOverlappingAtTheIouLimitAreOneTarget() {
    PixelBox a = new PixelBox(0, 0, 40, 40);
    PixelBox b = new PixelBox(21, 0, 61, 40);
    assertFalse(a.contains(41, 20));
    assertEquals(19.0 / 61, BoxOverlap.iou(a, b), 1e-12);
    List<BoxSuppression.Proposal> kept = BoxSuppression.suppress(List.of(
        new BoxSuppression.Proposal(b, 1, 0, 0.8), new BoxSuppression.Proposal(a, 0, 0, 0.9)));
    assertEquals(1, kept.size(), kept.toString());
    assertEquals(a, kept.get(0).box());
  }

  @Test
  void significanceCountsSigmasFromTheMedian() {
    RobustNoise noise = new RobustNoise(2, 0.5);
    assertEquals(6, noise.z(5), 1e-12);
    assertEquals(6, noise.z(-1), 1e-12);
  }

  @Test
  void thePositiveScanDropsBlobsAtOrBelowTheMedian() {
    RobustNoise[] noise = {new RobustNoise(0, 1)};
    BlobScanner.Scan scan = new BlobScanner.Scan(List.of(new BlobCandidate(5, 5, 0, 3f),
        new BlobCandidate(20, 20, 0, -3f)), noise);
    assertEquals(List.of(new BlobCandidate(5, 5, 0, 3f)), scan.positive().candidates());
  }

  /**
   * The class comment's moderated scatter s~^2 = (d0 s0^2 + (n - 1) s^2) / (d0 + n - 1), d0 = 4:
   * 5 pairs of scatter s = se sqrt(n - 1) = 2 against a typical s0 = 2 give s~ = 2, weight
   * sqrt(5) / 2.
   */
  @Test
  void theWeightModeratesTheScatterTowardTheTypicalOne() {
    assertEquals(Math.sqrt(5) / 2, RateReliability.weight(5, 1, 2), 1e-6);
  }
}
