package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Flag and index codings and a band's sample coding, as in SNAP (snap-engine 14.x). */
class SampleCodingTest {

  @Test
  void flagsKeepTheirMaskAndValueAsUnsignedInts() {
    FlagCoding flags = new FlagCoding("quality");
    MetadataAttribute water = flags.addFlag("water", 0x03, 0x01, "open water");
    flags.addFlag("shadow", 0x04, null);

    assertEquals(ProductData.TYPE_UINT32, water.getData().getType());
    assertEquals(3, flags.getFlagMask("water"));
    assertEquals(4, flags.getSampleValue(1));
    assertEquals("shadow", flags.getSampleName(1));
    assertEquals(2, flags.getSampleCount());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> flags.getFlagMask("ice"));
    assertTrue(missing.getMessage().contains("'ice'"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> flags.addFlag("water", 8, null), "names are unique");
  }

  @Test
  void aCodingHoldsIntegerSamplesOnly() {
    IndexCoding classes = new IndexCoding("land_cover");
    classes.addIndex("forest", 3, null);

    assertThrows(IllegalArgumentException.class,
        () -> classes.addAttribute(new MetadataAttribute("x", ProductData.createInstance(new float[] {1f}), false)));
    classes.addElement(new MetadataElement("ignored"));
    assertEquals(0, classes.getNumElements());
    assertEquals(3, classes.getIndexValue("forest"));
  }

  @Test
  void aBandIsAFlagOrIndexBandByItsCoding() {
    Band band = new Band("quality", ProductData.TYPE_UINT8, 2, 2);
    FlagCoding flags = new FlagCoding("quality");
    band.setSampleCoding(flags);

    assertTrue(band.isFlagBand());
    assertSame(flags, band.getFlagCoding());
    assertNull(band.getIndexCoding());
    band.setSampleCoding(new IndexCoding("classes"));
    assertTrue(band.isIndexBand());
    Band coherence = new Band("coh", ProductData.TYPE_FLOAT32, 2, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> coherence.setSampleCoding(flags));
    assertTrue(e.getMessage().contains("integer"), e.getMessage());
  }
}
