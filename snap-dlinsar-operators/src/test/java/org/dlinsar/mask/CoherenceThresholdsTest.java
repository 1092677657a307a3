package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.StackFixtures;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
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
}
