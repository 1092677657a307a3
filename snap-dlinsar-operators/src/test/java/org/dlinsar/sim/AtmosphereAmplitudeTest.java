package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What {@link AtmosphereSpec#turbulenceRad} means in phase (its documentation, and the README's
 * "How strong the simulated atmosphere is"): a date's turbulent screen spreads by about 0.16 of
 * it over a preset's 256-pixel scene (3.8 km, smaller than the turbulence's 6 km scale) and by
 * about 0.25 over a scene much larger than that scale.
 */
class AtmosphereAmplitudeTest {

  @Test
  void aDatesTurbulenceSpreadsByTheDocumentedShareOfTurbulenceRad() {
    assertEquals(0.16, spreadPerTurbulenceRad(256), 0.02);
    assertEquals(0.245, spreadPerTurbulenceRad(4096), 0.025);
  }

  /** A date's screen's standard deviation over a square scene, over turbulenceRad: mean of dates and seeds. */
  private static double spreadPerTurbulenceRad(int size) {
    double sum = 0;
    int screens = 0;
    for (long seed = 1; seed <= 5; seed++) {
      Scene scene = ScenePresets.landslides(seed).withSize(size, size);
      AtmosphereSpec a = scene.atmosphere();
      scene = scene.withAtmosphere(new AtmosphereSpec(a.turbulenceRad(), a.turbulenceScaleMetres(),
          0, 0, 0));
      Atmosphere atmosphere = new Atmosphere(scene, new Terrain(scene));
      int step = size / 128;
      for (int d = 0; d < scene.acquisitions().dateCount(); d++) {
        double s = 0;
        double ss = 0;
        int n = 0;
        for (int y = 0; y < size; y += step) {
          for (int x = 0; x < size; x += step) {
            double v = atmosphere.screenRad(d, x, y, 0);
            s += v;
            ss += v * v;
            n++;
          }
        }
        sum += Math.sqrt(ss / n - (s / n) * (s / n)) / a.turbulenceRad();
        screens++;
      }
    }
    return sum / screens;
  }
}
