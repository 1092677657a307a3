package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dlinsar.lite.LogCapture;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

class RadarWavelengthTest {

  /** The wavelength of Sentinel-1's product annotations, as SNAP reads their radar frequency. */
  @Test
  void sentinel1FrequencyGivesItsAnnotatedWavelength() {
    assertEquals(0.05546576, RadarWavelength.metresForFrequencyMHz(RadarWavelength.SENTINEL1_FREQUENCY_MHZ), 1e-15);
  }

  @Test
  void readsRadarFrequencyFromAbstractedMetadata() {
    Product p = StackFixtures.product("p", 2, 2);
    StackFixtures.setRadarFrequency(p, 5405.000454);
    assertEquals(5405.000454, RadarWavelength.frequencyMHzOrNaN(p), 1e-9);
    assertEquals(299_792_458.0 / 5405.000454e6, RadarWavelength.metres(p), 1e-15);
  }

  @Test
  void treatsMissingNoDataAndZeroFrequencyAsAbsent() {
    Product p = StackFixtures.product("p", 2, 2);
    assertTrue(Double.isNaN(RadarWavelength.frequencyMHzOrNaN(p)));
    StackFixtures.setRadarFrequency(p, 99999);
    assertTrue(Double.isNaN(RadarWavelength.frequencyMHzOrNaN(p)));
    StackFixtures.setRadarFrequency(p, 0);
    assertTrue(Double.isNaN(RadarWavelength.frequencyMHzOrNaN(p)));
    assertEquals(RadarWavelength.metresForFrequencyMHz(RadarWavelength.SENTINEL1_FREQUENCY_MHZ),
        RadarWavelength.metres(p), 0);
  }

  @Test
  void theLogSaysWhyTheDefaultIsUsed() {
    Product p = StackFixtures.product("p", 2, 2);
    assertEquals("no radar_frequency in Abstracted_Metadata", RadarWavelength.whyNone(p));
    StackFixtures.setRadarFrequency(p, 99999);
    assertTrue(RadarWavelength.whyNone(p).startsWith("Abstracted_Metadata/radar_frequency is 99999"),
        RadarWavelength.whyNone(p));
  }

  /** A frequency in Hz (5.405e9) or GHz (5.405), NaN or negative would scale every displacement wrongly. */
  @Test
  void refusesAFrequencyThatIsNoRadarFrequencyInMegahertzNamingProductAndValue() {
    for (double f : new double[] {5.405e9, 5.405, -5405, Double.NaN}) {
      Product p = StackFixtures.product("stack", 2, 2);
      StackFixtures.setRadarFrequency(p, f);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RadarWavelength.frequencyMHzOrNaN(p), String.valueOf(f));
      assertTrue(e.getMessage().contains("'stack'") && e.getMessage().contains("radar_frequency")
          && e.getMessage().contains("Hz"), e.getMessage());
    }
  }

  /**
   * DL-Detect builds the stack of one product three times (and the demo's report more): the line
   * saying which wavelength the product gives is said once for it, not at every build.
   */
  @Test
  void saysWhichWavelengthOncePerProduct() {
    List<String> said;
    try (LogCapture log = LogCapture.of(RadarWavelength.class)) {
      Product given = StackFixtures.product("given", 2, 2);
      StackFixtures.setRadarFrequency(given, 5405.000454);
      Product none = StackFixtures.product("none", 2, 2);
      for (int i = 0; i < 3; i++) {
        RadarWavelength.metres(given);
        RadarWavelength.metres(none);
      }
      said = log.messages();
    }
    assertEquals(2, said.size(), said.toString());
    assertTrue(said.get(0).startsWith("product 'given': radar_frequency 5405.000454 MHz"), said.get(0));
    assertTrue(said.get(1).startsWith("product 'none': no radar_frequency in Abstracted_Metadata, using"), said.get(1));
  }

  /**
   * Only stages that turn phase into millimetres (Local-SBAS) need the wavelength: finding a stack
   * says nothing of it, so a chain of five stages says the default once, not five times.
   */
  @Test
  void aStackSaysWhichWavelengthOnlyWhenAskedForIt() {
    Product none = StackFixtures.product("unsaid", 4, 4);
    StackFixtures.addFlatInterferogram(none, "VV_15Jan2020_27Jan2020", 0.5f);
    try (LogCapture log = LogCapture.of(RadarWavelength.class)) {
      InterferogramStack stack = InterferogramStack.of(none);
      assertEquals(List.of(), log.messages());

      stack.wavelengthMetres();

      assertEquals(1, log.messages().size(), log.messages().toString());
      assertTrue(log.messages().get(0).startsWith("product 'unsaid': no radar_frequency"), log.messages().toString());
    }
  }
}
