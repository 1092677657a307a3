package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.TruthTile;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local-SBAS's velocity down the slope against the simulator's truth: a year of Sentinel-1 dates
 * over landslides, the true sites as detections. At each slide's peak the projected velocity is
 * the slide's own along its slope (the truth's LOS velocity over the planner's projection), much
 * nearer it than the LOS velocity's size, which is only the part of the motion the radar sees; the
 * band, the metadata and the CSV say the same.
 */
class LocalSbasDownslopeTest {

  static final int MARGIN = 32;

  @TempDir Path dir;

  @Test
  void atTheSlidesPeaksTheDownslopeVelocityIsTheSlidesOwn() throws Exception {
    List<Double> projected = new ArrayList<>();
    List<Double> losAlone = new ArrayList<>();
    int insensitive = 0;
    for (long seed : new long[] {1001, 1002, 1003}) {
      Scene scene = ScenePresets.landslides(seed)
          .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 31, 3, 0));
      StackSimulator sim = new StackSimulator(scene);
      Product source = SimulatedProducts.stack(scene);
      LocalSbasOpTest.addDetections(source, sim.sites().stream().map(Site::box).toArray(PixelBox[]::new));
      Path dim = dir.resolve(seed + ".dim");
      Product target = LocalSbasOpTest.op(source, "margin", MARGIN, "timeSeriesFile", dim.toFile()).getTargetProduct();
      int w = scene.width();
      float[] band = target.getBand(BandNames.VELOCITY_DOWNSLOPE).readPixels(0, 0, w, scene.height(),
          new float[w * scene.height()]);
      MetadataElement sbas = target.getMetadataRoot().getElement(SbasSummary.ELEMENT);
      assertTrue(sbas.getAttributeString("velocity_downslope").startsWith("projected down the slope"),
          sbas.getAttributeString("velocity_downslope"));
      List<String> rows = Files.readAllLines(dir.resolve(seed + ".timeseries.csv"));
      List<String> header = Arrays.asList(rows.get(0).split(","));
      int column = header.indexOf("velocity_downslope_mm_per_year");
      assertTrue(column > 0, rows.get(0));
      for (int k = 0; k < sim.sites().size(); k++) {
        Site site = sim.sites().get(k);
        MetadataElement detection = sbas.getElement("detection." + (k + 1));
        if (site.siteClass() != SiteClass.LANDSLIDE || !SimulatedPatches.coherentPeak(sim, site)
            || !detection.containsAttribute("los_sensitivity")) {
          continue;
        }
        String[] peakPx = detection.getAttributeString("peak_px").split(",");
        int x = Integer.parseInt(peakPx[0]);
        int y = Integer.parseInt(peakPx[1]);
        double v = detection.getAttributeDouble("velocity_downslope_mm_per_year");
        assertEquals(band[y * w + x], v, 1e-3, "the band at the peak of detection " + (k + 1));
        for (String row : rows) {
          if (row.startsWith((k + 1) + ",")) {
            assertEquals(v, Double.parseDouble(row.split(",", -1)[column]), 1e-3, row);
          }
        }
        if (Double.isNaN(v)) {
          assertTrue(Math.abs(detection.getAttributeDouble("los_sensitivity")) < 0.3);
          insensitive++;
          continue;
        }
        double trueDownslope = trueLosVelocity(sim, site, x, y) / site.losProjection();
        projected.add(Math.abs(v - trueDownslope) / Math.abs(trueDownslope));
        // its size only: the LOS velocity's sign is the slope's aspect, not the motion's
        losAlone.add(Math.abs(Math.abs(detection.getAttributeDouble("velocity_mm_per_year"))
            - Math.abs(trueDownslope)) / Math.abs(trueDownslope));
      }
      target.dispose();
    }
    double withProjection = PatchSbasTruthTest.median(projected);
    double without = PatchSbasTruthTest.median(losAlone);
    System.out.printf(Locale.ROOT, "velocity down the slope at %d slides' peaks (%d too little seen): median"
        + " error %.2f of the true one; the LOS velocity's size taken for it %.2f%n", projected.size(), insensitive,
        withProjection, without);
    assertTrue(projected.size() >= 10, projected.size() + " slides");
    assertTrue(withProjection < 0.3, "median relative error " + withProjection);
    assertTrue(withProjection < 0.6 * without, withProjection + " projected, " + without + " as LOS");
  }

  /** The truth's LOS velocity at (x, y) relative to the site's reference ring, as Local-SBAS measures it. */
  private static double trueLosVelocity(StackSimulator sim, Site site, int x, int y) {
    PixelBox patch = site.box().grownWithin(MARGIN, sim.scene().width(), sim.scene().height());
    boolean[] ring = ReferenceRing.of(patch, site.box(), SimulatedPatches.otherBoxes(sim.sites(), site), MARGIN / 2);
    TruthTile truth = sim.truth(patch);
    return truth.velocityMmPerYear()[(y - patch.y0()) * patch.width() + x - patch.x0()]
        - SimulatedPatches.ringMedian(truth.velocityMmPerYear(), ring);
  }

  /** Without an elevation band there is no slope: no band, and the metadata say why. */
  @Test
  void withoutElevationNothingIsProjected() throws Exception {
    Product source = LocalSbasOpTest.bowlStack(true);
    LocalSbasOpTest.addDetections(source, LocalSbasOpTest.BOWL);
    Product target = LocalSbasOpTest.op(source, "margin", 16).getTargetProduct();

    assertNull(target.getBand(BandNames.VELOCITY_DOWNSLOPE));
    MetadataElement sbas = target.getMetadataRoot().getElement(SbasSummary.ELEMENT);
    assertEquals("no elevation band, so no slope", sbas.getAttributeString("velocity_downslope"));
    assertTrue(!sbas.getElement("detection.1").containsAttribute("velocity_downslope_mm_per_year"));
  }
}
