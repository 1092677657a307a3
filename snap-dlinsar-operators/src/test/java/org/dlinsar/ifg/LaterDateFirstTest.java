package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stack whose reference image lies mid-series, named as SNAP's interferogram operator names it:
 * the interferograms of earlier images name the later date first and hold the conjugate of the
 * date-ordered pair's interferogram. Every operator gives what it gives for the same stack named
 * in date order; DL-Unwrap's band of such an interferogram holds the date-ordered unwrapped phase
 * negated, signed as it is named.
 */
class LaterDateFirstTest {

  private static final int SIZE = 96;
  private static Product inDateOrder;
  private static Product laterFirst;
  /** Suffixes of the interferograms renamed later date first, and their date-ordered ones. */
  private static Map<String, String> renamed;

  @BeforeAll
  static void stacks() throws Exception {
    Product simulated = SimulatedProducts.stack(ScenePresets.mining(43).withSize(SIZE, SIZE));
    inDateOrder = StackFixtures.product("in_date_order", SIZE, SIZE);
    laterFirst = StackFixtures.product("later_first", SIZE, SIZE);
    renamed = new java.util.LinkedHashMap<>();
    List<Interferogram> ifgs = InterferogramStack.of(simulated).interferograms();
    for (int k = 0; k < ifgs.size(); k++) {
      Interferogram ifg = ifgs.get(k);
      float[] re = pixels(ifg.real());
      float[] im = pixels(ifg.imaginary());
      float[] coh = pixels(ifg.coherence());
      StackFixtures.addInterferogram(inDateOrder, ifg.suffix(), re, im, coh);
      if (k % 2 == 1) {
        String suffix = (ifg.tag().isEmpty() ? "" : ifg.tag() + "_")
            + BandNames.formatDate(ifg.pair().secondary()) + "_"
            + BandNames.formatDate(ifg.pair().reference());
        float[] conjugate = new float[im.length];
        for (int i = 0; i < im.length; i++) {
          conjugate[i] = -im[i];
        }
        StackFixtures.addInterferogram(laterFirst, suffix, re, conjugate, coh);
        renamed.put(suffix, ifg.suffix());
      } else {
        StackFixtures.addInterferogram(laterFirst, ifg.suffix(), re, im, coh);
      }
    }
    for (Product p : List.of(inDateOrder, laterFirst)) {
      StackFixtures.setRadarFrequency(p, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    }
  }

  private static float[] pixels(Band band) throws Exception {
    return band.readPixels(0, 0, SIZE, SIZE, new float[SIZE * SIZE]);
  }

  @Test
  void theStackReadsThePairsInDateOrder() {
    List<Interferogram> named = InterferogramStack.of(laterFirst).interferograms();
    List<Interferogram> ordered = InterferogramStack.of(inDateOrder).interferograms();
    assertEquals(ordered.stream().map(Interferogram::pair).sorted().toList(),
        named.stream().map(Interferogram::pair).sorted().toList());
    assertEquals(renamed.size(), named.stream().filter(Interferogram::laterFirst).count());
    assertTrue(renamed.size() >= 5, "renamed " + renamed.size());
  }

  @Test
  void theGradientStackIsTheSame() throws Exception {
    Product a = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, inDateOrder);
    Product b = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, laterFirst);

    for (String band : List.of("grad_az", "grad_rg", "grad_stderr")) {
      assertArrayEquals(pixels(a.getBand(band)), pixels(b.getBand(band)), band);
    }
  }

  @Test
  void unwrappedPhaseKeepsTheNamesOrder() throws Exception {
    Map<String, Object> classical = Map.of("method", "CLASSICAL");
    Product a = GPF.createProduct("DL-Unwrap", classical, inDateOrder);
    Product b = GPF.createProduct("DL-Unwrap", classical, laterFirst);

    for (Map.Entry<String, String> r : renamed.entrySet()) {
      float[] named = pixels(b.getBand(BandNames.unwrappedPhase(r.getKey())));
      float[] ordered = pixels(a.getBand(BandNames.unwrappedPhase(r.getValue())));
      for (int i = 0; i < named.length; i++) {
        assertEquals(-ordered[i], named[i], r.getKey() + " at " + i);
      }
    }
  }

  @Test
  void localSbasGivesTheSameVelocities() throws Exception {
    Map<String, Object> full = Map.of("scope", "FULL");
    Product a = GPF.createProduct("Local-SBAS", full, inDateOrder);
    Product b = GPF.createProduct("Local-SBAS", full, laterFirst);

    assertArrayEquals(pixels(a.getBand("velocity")), pixels(b.getBand("velocity")), 1e-4f);
    // and from DL-Unwrap's bands, signed as they are named
    Map<String, Object> classical = Map.of("method", "CLASSICAL");
    Product fromA = GPF.createProduct("Local-SBAS", full,
        GPF.createProduct("DL-Unwrap", classical, inDateOrder));
    Product fromB = GPF.createProduct("Local-SBAS", full,
        GPF.createProduct("DL-Unwrap", classical, laterFirst));
    assertArrayEquals(pixels(fromA.getBand("velocity")), pixels(fromB.getBand("velocity")), 1e-4f);
  }

  @Test
  void detectionFindsTheSameBowlsOnTheSameDates() throws Exception {
    Map<String, Object> classical = Map.of("mode", "SUBSIDENCE", "method", "CLASSICAL");
    Product a = GPF.createProduct("DL-Detect", classical, inDateOrder);
    Product b = GPF.createProduct("DL-Detect", classical, laterFirst);

    assertArrayEquals(pixels(a.getBand("detection_id")), pixels(b.getBand("detection_id")));
    MetadataElement found = a.getMetadataRoot().getElement("Detections");
    assertTrue(found.getNumElements() > 0, "no bowl found: the test compares nothing");
    for (int k = 0; k < found.getNumElements(); k++) {
      MetadataElement expected = found.getElementAt(k);
      MetadataElement actual = b.getMetadataRoot().getElement("Detections").getElementAt(k);
      for (String attribute : List.of("bbox_px", "score", "dates")) {
        assertEquals(expected.getAttributeString(attribute, ""),
            actual.getAttributeString(attribute, ""), attribute);
      }
    }
  }
}
