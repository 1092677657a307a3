package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;

/** What the bundled detection networks are fed is checked as every other stage checks it. */
class DetectionModelInputTest {

  @Test
  void ddnetRefusesCoherenceOutsideZeroToOneNamingTheBand() throws Exception {
    // CONTRACT.md section 1: coherence of 0..255 (unscaled) is one error, never fed to the network
    Product stack = SimulatedProducts.stack(ScenePresets.mining(1).withSize(48, 48));
    Band coherence = null;
    for (Band band : stack.getBands()) {
      if (band.getName().startsWith(BandNames.COHERENCE_PREFIX)) {
        coherence = band;
        break;
      }
    }
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    float[] values = coherence.readPixels(0, 0, w, h, new float[w * h]);
    for (int i = 0; i < values.length; i++) {
      values[i] *= 255f;
    }
    String name = coherence.getName();
    stack.removeBand(coherence);
    Band unscaled = new Band(name, ProductData.TYPE_FLOAT32, w, h);
    unscaled.setRasterData(ProductData.createInstance(values));
    stack.addBand(unscaled);

    OperatorException e = assertThrows(OperatorException.class, () -> GPF.createProduct("DL-Detect",
        Map.of("mode", "SUBSIDENCE", "method", "DL"), stack));
    assertTrue(e.getMessage().contains("'" + name + "'") && e.getMessage().contains("outside 0..1"),
        e.getMessage());
  }

  /**
   * DDNet learnt bowls on phase behind Otsu's mask; a stack without mask_ifg_ bands gives it every
   * pixel's phase, decorrelated ones too, which it now says; it said nothing. With the masks
   * (DL-Mask before, as the shipped graph runs it) nothing is said.
   */
  @Test
  void ddnetOnAStackWithoutMasksSaysSo() {
    Product fringes = SimulatedProducts.stack(ScenePresets.mining(1).withSize(64, 64));
    Map<String, Object> params = Map.of("mode", "SUBSIDENCE", "method", "DL");
    String line = "DL-Detect mode=SUBSIDENCE method=DL: product '" + fringes.getName() + "': no mask_ifg_ band,"
        + " so DDNet sees the phase of every pixel, decorrelated ones too, where it was trained on phase behind"
        + " Otsu's mask; run DL-Mask before (graphs/detection-first.xml does)";
    try (LogCapture log = LogCapture.warnings()) {
      GPF.createProduct("DL-Detect", params, fringes);
      assertTrue(log.messages().contains(line), log.messages().toString());
    }
    Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), fringes);
    try (LogCapture log = LogCapture.warnings()) {
      GPF.createProduct("DL-Detect", params, masked);
      assertTrue(log.messages().stream().noneMatch(m -> m.contains("no mask_ifg_")), log.messages().toString());
    }
  }
}
