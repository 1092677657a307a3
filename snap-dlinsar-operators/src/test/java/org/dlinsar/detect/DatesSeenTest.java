package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesSeenTest {

  /** 181 dates x 3 neighbours, as bench/detect-eval.sh's long stacks: 537 interferograms. */
  private static final PairNetwork LONG = PairNetworks.datesAndNeighbours(181, 3);
  /** The bowl opens after this date: still before it, 2 sigma more per 12 days after it. */
  private static final int OPENS = 90;
  /** A still date with one interferogram at 3.4 sigma by chance, the one to its next date. */
  private static final int CHANCE = 40;

  /** The bowl's response in each interferogram: its motion, and one chance hit. */
  private static double[] responses() {
    double[] z = new double[LONG.size()];
    for (int p = 0; p < z.length; p++) {
      int r = LONG.reference()[p];
      int s = LONG.secondary()[p];
      z[p] = 2.0 * (Math.max(s, OPENS) - Math.max(r, OPENS));
      if (r == CHANCE && s == CHANCE + 1) {
        z[p] = 3.4;
      }
    }
    return z;
  }

  @Test
  void aStillDateOfALongStackWithAChanceHitInOneInterferogramIsNotListed() {
    List<Integer> dates = DatesSeen.inResponses(responses(), LONG);

    assertFalse(dates.contains(CHANCE), dates.toString());
    assertFalse(dates.contains(CHANCE + 1), dates.toString());
    // every date after the bowl opened is listed, the first with half its pairs moving too
    for (int d = OPENS; d < 181; d++) {
      assertTrue(dates.contains(d), d + " " + dates);
    }
    assertEquals(OPENS, dates.get(0));
  }

  @Test
  void theDateTestTightensAsTheStackGrows() {
    assertEquals(DatesSeen.DATE_Z, DatesSeen.dateZ(11), 1e-12);
    assertEquals(DatesSeen.DATE_Z, DatesSeen.dateZ(5), 1e-12);
    assertTrue(DatesSeen.dateZ(31) > 2.9 && DatesSeen.dateZ(31) < 3.1);
    assertTrue(DatesSeen.dateZ(181) > 3.4 && DatesSeen.dateZ(181) < 3.6);
  }

  @Test
  void aDateOneOfWhoseInterferogramsDdnetFiredOnByChanceIsNotListed() {
    List<Integer> shown = new ArrayList<>();
    for (int p = 0; p < LONG.size(); p++) {
      if (LONG.reference()[p] >= OPENS || p % 97 == 5) {
        shown.add(p);
      }
    }
    List<Integer> dates = DatesSeen.inShown(shown, LONG);

    int chance = LONG.reference()[5];
    assertFalse(dates.contains(chance), dates.toString());
    assertFalse(dates.contains(LONG.secondary()[5]), dates.toString());
    for (int d = OPENS; d < 181; d++) {
      assertTrue(dates.contains(d), d + " " + dates);
    }
  }

  @Test
  void aShortChainsDateOfOneInterferogramIsListedByIt() {
    PairNetwork chain = PairNetworks.datesAndNeighbours(3, 1);

    assertEquals(List.of(0, 1, 2), DatesSeen.inShown(List.of(0, 1), chain));
    assertEquals(List.of(0), DatesSeen.inShown(List.of(0), chain));
  }
}
