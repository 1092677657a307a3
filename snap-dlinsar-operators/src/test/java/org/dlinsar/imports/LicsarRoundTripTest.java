package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated mining stack exported to LiCSAR's layout (wrapped phase and float coherence
 * GeoTIFFs per pair folder) and imported back gives DL-Detect the same bowls as the stack's
 * phase and coherence in memory. LiCSAR keeps no amplitude, and DL-Detect weighs by it, so the
 * reference is the stack with unit amplitude, not the simulated stack itself (whose bowls differ
 * a little: scores 0.91/0.77/0.72 against 0.94/0.83/0.79, and two weaker bowls more).
 */
class LicsarRoundTripTest {

  @TempDir
  Path dir;

  @Test
  void aSimulatedStackExportedToLicsarAndImportedBackGivesTheSameDetections() throws IOException {
    Product original = SimulatedProducts.stack(ScenePresets.mining(7));
    Product phaseOnly = StackFixtures.product("phase_only", original.getSceneRasterWidth(),
        original.getSceneRasterHeight());
    StackFixtures.setRadarFrequency(phaseOnly, GeoTiffStack.SENTINEL1_MHZ);
    exportToLicsar(original, dir, phaseOnly);

    Product imported = ImportedStackOp.of(LicsarFrame.scan(dir, 0), "imported");

    List<String> expected = detections(phaseOnly);
    assertFalse(expected.isEmpty(), "the mining scene has bowls to detect");
    assertEquals(expected, detections(imported));
  }

  /** Class, score, box and dates of each DL-Detect SUBSIDENCE row (no lon/lat: not compared here). */
  private static List<String> detections(Product stack) throws IOException {
    Product target = GPF.createProduct("DL-Detect",
        Map.of("mode", "SUBSIDENCE", "method", "CLASSICAL"), stack);
    target.getBand(BandNames.DETECTION_ID).readPixels(0, 0, 1, 1, new float[1]);
    List<String> rows = new ArrayList<>();
    for (MetadataElement d : target.getMetadataRoot().getElement("Detections").getElements()) {
      rows.add(d.getAttributeString("class") + " " + d.getAttributeDouble("score") + " "
          + d.getAttributeString("bbox_px") + " " + d.getAttributeString("dates_seen"));
    }
    return rows;
  }

  /**
   * Phase atan2(q, i) (NaN where no data) and coherence as float32 GeoTIFFs, one folder per pair;
   * the same phase and coherence added to {@code phaseOnly} as unit phasors. Modified: phaseOnly.
   */
  private static void exportToLicsar(Product stack, Path folder, Product phaseOnly) throws IOException {
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    for (Band band : stack.getBands()) {
      String suffix = BandNames.suffixAfter(BandNames.COHERENCE_PREFIX, band.getName()).orElse(null);
      if (suffix == null) {
        continue;
      }
      Pair pair = BandNames.pairOf(suffix, band.getName());
      String name = DateTimeFormatter.BASIC_ISO_DATE.format(pair.reference()) + "_"
          + DateTimeFormatter.BASIC_ISO_DATE.format(pair.secondary());
      float[] re = stack.getBand(BandNames.real(suffix)).readPixels(0, 0, w, h, new float[w * h]);
      float[] im = stack.getBand(BandNames.imaginary(suffix)).readPixels(0, 0, w, h, new float[w * h]);
      float[] phase = new float[w * h];
      for (int k = 0; k < phase.length; k++) {
        phase[k] = re[k] == 0 && im[k] == 0 ? Float.NaN : (float) Math.atan2(im[k], re[k]);
      }
      float[] coherence = band.readPixels(0, 0, w, h, new float[w * h]);
      Path pairFolder = Files.createDirectories(folder.resolve(name));
      GeoTiffFiles.write(pairFolder.resolve(name + ".geo.diff_pha.tif"), w, h, phase, 10, 45, 0.001, true, "Deflate");
      GeoTiffFiles.write(pairFolder.resolve(name + ".geo.cc.tif"), w, h, coherence, 10, 45, 0.001, false, "LZW");
      StackFixtures.addPhaseInterferogram(phaseOnly, BandNames.formatDate(pair.reference()) + "_"
          + BandNames.formatDate(pair.secondary()), phase, coherence);
    }
  }
}
