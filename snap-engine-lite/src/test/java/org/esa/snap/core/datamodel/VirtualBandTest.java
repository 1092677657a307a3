package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class VirtualBandTest {

  @Test
  void readingPixelsFailsNamingBandAndExpression() {
    Product product = new Product("ifg", "InSAR", 3, 3);
    Band phase = product.addBand("Phase_ifg", "atan2(q_ifg, i_ifg)");

    IOException error = assertThrows(IOException.class, () -> phase.readPixels(0, 0, 1, 1, (float[]) null));

    assertEquals("virtual band 'Phase_ifg' (expression 'atan2(q_ifg, i_ifg)') cannot be computed by the headless"
        + " engine", error.getMessage());
    assertThrows(IOException.class, phase::loadRasterData);
  }

  @Test
  void carriesItsExpressionAndIsSynthetic() {
    VirtualBand band = new VirtualBand("Intensity", ProductData.TYPE_FLOAT32, 2, 2, "i * i + q * q");
    band.setExpression("sq(i) + sq(q)");

    assertEquals("sq(i) + sq(q)", band.getExpression());
    assertTrue(band.isSynthetic());
  }

  @Test
  void readsExplicitlyGivenRasterData() throws IOException {
    VirtualBand band = new VirtualBand("v", ProductData.TYPE_FLOAT32, 2, 1, "1");
    band.setRasterData(ProductData.createInstance(new float[] {1f, 2f}));

    assertEquals(2f, band.readPixels(1, 0, 1, 1, (float[]) null)[0]);
  }
}
