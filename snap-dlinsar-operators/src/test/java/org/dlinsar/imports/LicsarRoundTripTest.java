package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
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
    StackFixtures.setRadarFrequency(phaseOnly, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    LicsarExport.pairs(original, dir, phaseOnly, 0.001, 0.001);

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
          + d.getAttributeString("bbox_px") + " " + d.getAttributeString("dates_seen", ""));
    }
    return rows;
  }
}
