package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dlinsar.lite.LogCapture;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;

/**
 * A stack with interferograms lacking their coh_ band, run on without DL-Mask (which refuses it):
 * Phase-Gradient-Stack, DL-Unwrap and Local-SBAS take such pixels as fully coherent, and each says
 * so in one line naming the bands; they said nothing.
 */
class MissingCoherenceTest {

  private static final int W = 24;
  private static final int H = 20;

  @Test
  void eachStageAfterTheMaskSaysWhichCoherenceBandsAreMissing() {
    Product stack = StackFixtures.product("imported", W, H);
    List<String> pairs = List.of("15Jan2020_27Jan2020", "27Jan2020_08Feb2020", "15Jan2020_08Feb2020");
    for (String pair : pairs) {
      float[] phase = new float[W * H];
      for (int i = 0; i < phase.length; i++) {
        phase[i] = 0.01f * (i % W);
      }
      StackFixtures.addPhaseInterferogram(stack, "VV_" + pair, phase,
          pair.startsWith("27") ? null : StackFixtures.filled(W * H, 0.8f));
    }
    StackFixtures.setRadarFrequency(stack, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    String missing = ": 1 of 3 interferograms have no coherence band (coh_VV_27Jan2020_08Feb2020 missing), so every"
        + " pixel of theirs counts as fully coherent: ";

    assertEquals(List.of("Phase-Gradient-Stack: product 'imported'" + missing + "the window's sums and the stack"
        + " weigh their samples alike, a decorrelated one as a coherent one"), warningsOf("Phase-Gradient-Stack",
        Map.of(), stack));
    assertEquals(List.of("DL-Unwrap: product 'imported'" + missing + "coherenceThreshold masks none of them and"
        + " the unwrapper weighs them alike"), warningsOf("DL-Unwrap", Map.of("method", "CLASSICAL"), stack));
    assertEquals(List.of("Local-SBAS: product 'imported'" + missing + "the inversion weighs them alike and the"
        + " reference ring takes their pixels for stable ground; DL-Mask needs the bands, and weighs better"),
        warningsOf("Local-SBAS", Map.of("scope", "FULL"), stack));
  }

  /** The warnings of initialising {@code operator} on {@code stack} that speak of coherence bands. */
  private static List<String> warningsOf(String operator, Map<String, Object> parameters, Product stack) {
    try (LogCapture log = LogCapture.warnings()) {
      GPF.createProduct(operator, parameters, stack);
      return log.messages().stream().filter(m -> m.contains("coherence band")).toList();
    }
  }
}
