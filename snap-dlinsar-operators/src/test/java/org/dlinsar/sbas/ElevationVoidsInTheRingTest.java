package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.ifg.StackFixtures;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local-SBAS fits each interferogram's stratified delay on the reference ring's heights; a DEM's
 * voids (-32768, SRTM's) in an elevation band without a no-data value are no data there, as for
 * DL-Detect's slope filter, not heights of 32 km below the sea that take the fit over.
 */
class ElevationVoidsInTheRingTest {

  private static final int W = LocalSbasOpTest.W;
  private static final int H = LocalSbasOpTest.H;

  @TempDir
  Path dir;

  @Test
  void voidsInTheRingDoNotTakeTheStratifiedDelaysFitOver() throws Exception {
    Product withVoids = stackOnAHill(true);
    Product without = stackOnAHill(false);

    float[] v = LocalSbasOpTest.read(LocalSbasOpTest.op(withVoids, "margin", 16,
        "timeSeriesFile", dir.resolve("voids.dim").toFile()).getTargetProduct(), "velocity");
    float[] reference = LocalSbasOpTest.read(LocalSbasOpTest.op(without, "margin", 16,
        "timeSeriesFile", dir.resolve("without.dim").toFile()).getTargetProduct(), "velocity");

    int peak = 35 * W + 40;
    assertEquals(LocalSbasOpTest.PEAK_MM_PER_YEAR, reference[peak], 3, "the bowl's peak, no voids");
    assertEquals(reference[peak], v[peak], 1, "the bowl's peak with voids in the ring");
  }

  /**
   * The bowl of LocalSbasOpTest on a hill 600 m high centred on it, each interferogram delayed by
   * 0.01 rad per metre and year of its span (a delay that grows with height and time, so left in
   * it would read as 10 to 20 mm/year at the peak); with {@code voids}, a 6 x 6 block of -32768
   * in the ring, left of the box.
   */
  private static Product stackOnAHill(boolean voids) {
    Product p = StackFixtures.product("bowl", W, H);
    StackFixtures.setRadarFrequency(p, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    double lambda = RadarWavelength.metresForFrequencyMHz(RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    float[] heights = new float[W * H];
    for (int i = 0; i < heights.length; i++) {
      double dx = i % W - 40;
      double dy = i / W - 35;
      heights[i] = (float) (800 + 600 * Math.exp(-(dx * dx + dy * dy) / (2 * 15.0 * 15.0)));
    }
    List<Pair> pairs = SbasInversionTest.network(12, 3);
    for (Pair pair : pairs) {
      float[] phase = new float[W * H];
      for (int i = 0; i < phase.length; i++) {
        double mm = LocalSbasOpTest.velocity(i % W, i / W) * pair.spanYears();
        phase[i] = (float) (-4 * Math.PI / lambda * mm / 1000 + 0.01 * pair.spanYears() * heights[i]);
      }
      String suffix = "VV_" + pair;
      StackFixtures.addPhaseInterferogram(p, suffix, phase, StackFixtures.filled(W * H, 0.8f));
      StackFixtures.addFloatBand(p, BandNames.unwrappedPhase(suffix), BandNames.UNIT_ABS_PHASE, phase);
    }
    if (voids) {
      for (int y = 32; y < 38; y++) {
        for (int x = 18; x < 24; x++) {
          heights[y * W + x] = -32768f;
        }
      }
    }
    StackFixtures.addFloatBand(p, BandNames.ELEVATION, BandNames.UNIT_ELEVATION, heights);
    LocalSbasOpTest.addDetections(p, LocalSbasOpTest.BOWL);
    return p;
  }
}
