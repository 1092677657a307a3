package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dlinsar.ifg.AcquisitionTimesTest;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.Pair;
import org.junit.jupiter.api.Test;

/** Local-SBAS's epochs, and so its velocities, use the acquisitions' times across midnight. */
class SbasNetworkTimesTest {

  @Test
  void epochsAcrossMidnightComeFromTheFirstLineTimes() throws Exception {
    InterferogramStack stack = InterferogramStack.of(AcquisitionTimesTest.acrossMidnight("Secondary_Metadata",
        "01-JAN-2020 23:59:50", "14-JAN-2020 00:00:05", "26-JAN-2020 00:00:04"));

    SbasNetwork network = SbasNetwork.of(stack.interferograms().stream().map(Interferogram::pair).toList(),
        stack.acquisitionTimes());

    assertEquals(0, network.epochYears(0));
    assertEquals(12 / Pair.DAYS_PER_YEAR, network.epochYears(1), 1e-15); // not 13 days
    assertEquals(24 / Pair.DAYS_PER_YEAR, network.epochYears(2), 1e-15);
  }
}
