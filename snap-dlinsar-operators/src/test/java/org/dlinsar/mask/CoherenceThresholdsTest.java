package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.StackFixtures;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;

class CoherenceThresholdsTest {

  /** An operator that only gives access to its source's tiles. */
  private static final class Reader extends Operator {
    @Override
    public void initialize() {
      setTargetProduct(new Product("t", "T", getSourceProduct().getSceneRasterWidth(),
          getSourceProduct().getSceneRasterHeight()));
    }
  }

  @Test
  void readsTheWholeBandInStripsAndEqualsOneHistogramOfIt() {
    int width = 1000;
    int height = 2 * BandStrips.PIXELS / width + 7;
    Random random = new Random(11);
    float[] coherence = new float[width * height];
    for (int i = 0; i < coherence.length; i++) {
      // Modes differ between the first and last strips, so a partial read would show.
      double mean = i < coherence.length / 3 ? 0.15 : 0.75;
      coherence[i] = (float) Math.min(1, Math.max(0, mean + 0.1 * random.nextGaussian()));
    }
    Product p = StackFixtures.product("tall", width, height);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", new float[coherence.length],
        new float[coherence.length], coherence);
    Reader reader = new Reader();
    reader.setSourceProduct(p);
    reader.getTargetProduct();

    CoherenceThresholds thresholds =
        new CoherenceThresholds(reader, InterferogramStack.of(p).interferograms());

    assertEquals(OtsuThreshold.threshold(coherence), thresholds.threshold(0));
    assertEquals(thresholds.threshold(0), thresholds.threshold(0));
  }

  /** Coherence of 0..255 is refused by the whole-band pass, before a histogram of it says anything. */
  @Test
  void refusesCoherenceOfZeroTo255NamingTheBand() {
    Product p = StackFixtures.product("scaled", 4, 2);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", new float[8], new float[8],
        new float[] {0, 255, 128, 64, 255, 255, 0, 10});
    Reader reader = new Reader();
    reader.setSourceProduct(p);
    reader.getTargetProduct();
    CoherenceThresholds thresholds =
        new CoherenceThresholds(reader, InterferogramStack.of(p).interferograms());

    OperatorException e = assertThrows(OperatorException.class, () -> thresholds.threshold(0));
    assertTrue(e.getMessage().contains("'coh_VV_15Jan2020_27Jan2020' of product 'scaled' holds 255.0"),
        e.getMessage());
  }
}
