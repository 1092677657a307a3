package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.report.DetectionScores;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated mixed scene (slides on hills, bowls on flat ground) exported as a LiCSAR frame, its
 * heights as the frame's {@code metadata/<frame>.geo.hgt.tif} on a lon/lat grid of the scene's
 * ground spacing: the import finds the heights, and DL-Detect's slope filter, its spacing now
 * from the geocoding, drops the same flat-ground boxes as on the radar-geometry stack with its
 * elevation band and radar spacings; without heights those boxes stay.
 */
class LicsarElevationTest {

  /** A fresh seed (not tuned on) whose flat ground gives LANDSLIDE boxes to drop. */
  private static final long SEED = Long.getLong("seed", 1300001);
  /** Metres per degree at 45 degrees north on WGS84 (published tables): of latitude, of longitude. */
  private static final double LAT_METRES = 111132.95;
  private static final double LON_METRES = 78846.81;

  @TempDir
  Path dir;

  @Test
  void theFramesHeightsDropTheFlatGroundBoxesAsTheRadarStacksElevationDoes() throws IOException {
    Scene scene = ScenePresets.mixed(SEED);
    Product original = SimulatedProducts.stack(scene);
    int w = original.getSceneRasterWidth();
    int h = original.getSceneRasterHeight();
    Product phaseOnly = StackFixtures.product("phase_only", w, h);
    StackFixtures.setRadarFrequency(phaseOnly, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    MetadataElement radar = original.getMetadataRoot().getElement("Abstracted_Metadata");
    double groundRange = radar.getAttributeDouble("range_spacing")
        / Math.sin(Math.toRadians(radar.getAttributeDouble("incidence_near")));
    double azimuth = radar.getAttributeDouble("azimuth_spacing");
    Path interferograms = dir.resolve("frame/interferograms");
    LicsarExport.pairs(original, interferograms, phaseOnly, groundRange / LON_METRES,
        azimuth / LAT_METRES);
    float[] heights = original.getBand(BandNames.ELEVATION).readPixels(0, 0, w, h, new float[w * h]);
    GeoTiffFiles.write(Files.createDirectories(dir.resolve("frame/metadata")).resolve("frame.geo.hgt.tif"),
        w, h, heights, LicsarExport.CORNER_LON, LicsarExport.CORNER_LAT, groundRange / LON_METRES,
        azimuth / LAT_METRES, null, false, "Deflate");

    Product imported = ImportedStacks.product(LicsarFrame.scan(interferograms, 0), "frame");
    List<DetectionsRead.Row> withoutHeights = landslides(phaseOnly);
    StackFixtures.addFloatBand(phaseOnly, BandNames.ELEVATION, BandNames.UNIT_ELEVATION, heights);
    MetadataElement abs = phaseOnly.getMetadataRoot().getElement("Abstracted_Metadata");
    for (String name : new String[] {"range_spacing", "azimuth_spacing", "incidence_near", "incidence_far"}) {
      abs.setAttributeDouble(name, radar.getAttributeDouble(name));
    }
    List<DetectionsRead.Row> onRadarStack = landslides(phaseOnly);

    assertNotNull(imported.getBand(BandNames.ELEVATION), "the frame's heights were not imported");
    String said = DetectionsRead.slopeFilter(detected(imported)).orElseThrow();
    assertTrue(said.endsWith("from the geocoding"), said);
    assertEquals(describe(onRadarStack), describe(landslides(imported)));
    List<Site> slides = new StackSimulator(scene).sites().stream()
        .filter(s -> s.siteClass() == SiteClass.LANDSLIDE).toList();
    List<DetectionsRead.Row> dropped = withoutHeights.stream()
        .filter(r -> onRadarStack.stream().noneMatch(k -> k.box().equals(r.box()))).toList();
    System.out.printf("LiCSAR heights, seed %d: %d LANDSLIDE boxes without heights, %d with%n",
        SEED, withoutHeights.size(), onRadarStack.size());
    assertFalse(dropped.isEmpty(), "the slope filter dropped nothing");
    for (DetectionsRead.Row r : dropped) {
      assertTrue(slides.stream().noneMatch(s -> DetectionScores.hits(r.box(), s.box())),
          "a box on a true slide was dropped: " + r.box());
    }
  }

  private static List<DetectionsRead.Row> landslides(Product stack) throws IOException {
    return DetectionsRead.from(detected(stack));
  }

  private static Product detected(Product stack) {
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, stack);
    return GPF.createProduct("DL-Detect", Map.of("mode", "LANDSLIDE", "method", "CLASSICAL"), gradients);
  }

  /** Score and box of each row (the lon/lat differ: only the import is geocoded). */
  private static List<String> describe(List<DetectionsRead.Row> rows) {
    List<String> out = new ArrayList<>();
    for (DetectionsRead.Row r : rows) {
      out.add(r.score() + " " + r.box());
    }
    return out;
  }
}
