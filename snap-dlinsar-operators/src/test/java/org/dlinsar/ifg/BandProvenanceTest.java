package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

class BandProvenanceTest {

  private static Band band(String description) {
    Band band = new Band("mask_ifg_VV_04Jan2021_16Jan2021", ProductData.TYPE_UINT8, 4, 4);
    band.setDescription(description);
    return band;
  }

  @Test
  void whatAnOperatorWritesItReadsBack() {
    Band mask = band(BandProvenance.description("DL-Mask", "DL (model skrau-mask 1.0.0)",
        "1 = coherent phase, 0 = decorrelated"));
    assertEquals("DL-Mask DL (model skrau-mask 1.0.0): 1 = coherent phase, 0 = decorrelated",
        mask.getDescription());
    assertEquals("DL-Mask DL (model skrau-mask 1.0.0)", BandProvenance.of(mask));
    assertEquals("DL (model skrau-mask 1.0.0)", BandProvenance.how(mask, "DL-Mask"));
  }

  @Test
  void aBandAnotherOrNoOperatorMadeHasNoProvenance() {
    assertNull(BandProvenance.how(band("DL-Unwrap CLASSICAL: unwrapped phase"), "DL-Mask"));
    assertNull(BandProvenance.of(band("coherence")));
    assertNull(BandProvenance.of(band(null)));
  }
}
