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
import java.util.Map;
import java.util.TreeMap;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.LineOfSight;
import org.dlinsar.imports.ImportedStacks;
import org.dlinsar.imports.LicsarExport;
import org.dlinsar.imports.LicsarFrame;
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
import org.esa.snap.core.datamodel.ProductData;
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
    PeakErrors errors = new PeakErrors();
    for (long seed : new long[] {1001, 1002, 1003}) {
      Scene scene = yearOfLandslides(seed);
      errors.measure(new StackSimulator(scene), SimulatedProducts.stack(scene), dir.resolve(seed + ".dim"));
    }
    double[] median = errors.check("radar geometry", 10);
    assertTrue(median[0] < 0.6 * median[1], median[0] + " projected, " + median[1] + " as LOS");
    errors.checkCoverage();
  }

  /**
   * The same stacks exported as LiCSAR frames (wrapped phase, coherence, heights and the
   * line-of-sight files E, N and U on a north-up lon/lat grid of the simulator's ground spacing)
   * and imported: map grids whose line of sight comes from the frame's files through the import's
   * heading and incidence, no longer from the radar geometry's columns. Where a slide's velocity
   * peaks at the same pixel, its line-of-sight share C is the radar geometry's (seeds 1001 and
   * 1002: 6 of 7 slides, C within 1e-4), and the downslope velocities are as near the truth.
   */
  @Test
  void anImportedLicsarFrameProjectsDownTheSlopeAsTheRadarGeometryDoes() throws Exception {
    PeakErrors radarErrors = new PeakErrors();
    PeakErrors importErrors = new PeakErrors();
    int samePeak = 0;
    for (long seed : new long[] {1001, 1002}) {
      Scene scene = yearOfLandslides(seed);
      Product simulated = SimulatedProducts.stack(scene);
      Path frame = Files.createDirectories(dir.resolve("frame" + seed));
      double incidence = Math.toRadians(scene.radar().incidenceDeg());
      // the satellite toward -x, near range, which the grid lays to the west
      LicsarExport.frame(simulated, frame, scene.radar().groundRangeSpacingMetres(),
          scene.radar().azimuthSpacingMetres(), new double[] {-Math.sin(incidence), 0, Math.cos(incidence)});
      Product imported = ImportedStacks.product(LicsarFrame.scan(frame, 0), "frame" + seed);
      assertTrue(imported.getBand(LineOfSight.INCIDENCE_BAND) != null, "each pixel's incidence from U");
      StackSimulator sim = new StackSimulator(scene);
      Map<Integer, double[]> radar = radarErrors.measure(sim, simulated, dir.resolve("radar" + seed + ".dim"));
      Map<Integer, double[]> map = importErrors.measure(sim, imported, dir.resolve("imported" + seed + ".dim"));
      assertEquals(radar.keySet(), map.keySet(), "the slides measured");
      for (Map.Entry<Integer, double[]> slide : radar.entrySet()) {
        double[] inRadar = slide.getValue();
        double[] onMap = map.get(slide.getKey());
        if (inRadar[0] != onMap[0] || inRadar[1] != onMap[1]) {
          continue; // the velocity's peak moved a pixel or two: LiCSAR keeps no amplitude
        }
        samePeak++;
        assertEquals(inRadar[2], onMap[2], 1e-4, "C of detection " + slide.getKey() + ", seed " + seed);
        assertEquals(inRadar[3], onMap[3], 0.05 * Math.abs(inRadar[3]),
            "downslope velocity of detection " + slide.getKey() + ", seed " + seed);
      }
    }
    assertTrue(samePeak >= 5, samePeak + " slides peak at the same pixel");
    double radar = radarErrors.check("radar geometry", 6)[0];
    double imported = importErrors.check("the same stacks imported as LiCSAR frames", 6)[0];
    assertTrue(imported < radar + 0.02, imported + " imported, " + radar + " in radar geometry");
  }

  /**
   * With SNAP's per-pixel incidence band (incidenceAngleFromEllipsoid, here 30 degrees at the first
   * column to 42.75 at the last) each slide's C is the one its peak's own incidence gives, read at
   * the peak's place in the band, not the scene's one incidence of the metadata.
   */
  @Test
  void aPerPixelIncidenceBandSetsEachPeaksLineOfSight() throws Exception {
    Scene scene = yearOfLandslides(1001);
    StackSimulator sim = new StackSimulator(scene);
    Product source = SimulatedProducts.stack(scene);
    int w = scene.width();
    int h = scene.height();
    float[] incidence = new float[w * h];
    for (int k = 0; k < incidence.length; k++) {
      incidence[k] = 30f + 0.05f * (k % w);
    }
    source.addBand(LineOfSight.INCIDENCE_BAND, ProductData.TYPE_FLOAT32)
        .setRasterData(ProductData.createInstance(incidence));
    LocalSbasOpTest.addDetections(source, sim.sites().stream().map(Site::box).toArray(PixelBox[]::new));
    Product target = LocalSbasOpTest.op(source, "margin", MARGIN).getTargetProduct();
    // the band's tiles read the incidence over their own boxes, the metadata at each peak alone
    float[] band = target.getBand(BandNames.VELOCITY_DOWNSLOPE).readPixels(0, 0, w, h, new float[w * h]);

    MetadataElement sbas = target.getMetadataRoot().getElement(SbasSummary.ELEMENT);
    assertTrue(sbas.getAttributeString("velocity_downslope").contains("each pixel at its " + LineOfSight.INCIDENCE_BAND),
        sbas.getAttributeString("velocity_downslope"));
    LineOfSight los = LineOfSight.of(source);
    float[] elevation = source.getBand(BandNames.ELEVATION).readPixels(0, 0, w, h, new float[w * h]);
    DownslopeProjection projection = new DownslopeProjection(DownslopeProjection.WINDOW, 10);
    PixelBox frame = PixelBox.of(0, 0, w, h);
    int checked = 0;
    double largestShift = 0;
    for (int k = 0; k < sim.sites().size(); k++) {
      MetadataElement detection = sbas.getElement("detection." + (k + 1));
      if (!detection.containsAttribute("los_sensitivity")) {
        continue;
      }
      String[] peak = detection.getAttributeString("peak_px").split(",");
      PixelBox at = PixelBox.of(Integer.parseInt(peak[0]), Integer.parseInt(peak[1]), 1, 1);
      double own = projection.sensitivity(elevation, frame, at, los.spacing(),
          (x, y) -> los.at(x, incidence[y * w + x]))[0];
      double scenes = projection.sensitivity(elevation, frame, at, los.spacing(),
          (x, y) -> los.at(x, scene.radar().incidenceDeg()))[0];
      assertEquals(own, detection.getAttributeDouble("los_sensitivity"), 1e-6, "detection " + (k + 1));
      double v = detection.getAttributeDouble("velocity_downslope_mm_per_year");
      assertEquals(v, band[at.y0() * w + at.x0()], Double.isNaN(v) ? 0 : 1e-4 * Math.abs(v),
          "the band at detection " + (k + 1) + "'s peak");
      largestShift = Math.max(largestShift, Math.abs(own - scenes));
      checked++;
    }
    System.out.printf(Locale.ROOT, "per-pixel incidence: %d slides' C as their peaks' own incidence gives it, up to"
        + " %.3f from the scene's one incidence%n", checked, largestShift);
    assertTrue(checked >= 3, checked + " slides projected");
    assertTrue(largestShift > 0.02, "the band moved C by at most " + largestShift);
    target.dispose();
  }

  private static Scene yearOfLandslides(long seed) {
    return ScenePresets.landslides(seed)
        .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 31, 3, 0));
  }

  /** Relative errors at the slides' peaks of the downslope velocity and of the LOS velocity's size. */
  private static final class PeakErrors {
    final List<Double> projected = new ArrayList<>();
    final List<Double> losAlone = new ArrayList<>();
    int insensitive;
    int bodyPixels;
    int covered;
    int coveredByLosStdAlone;
    int losCovered;

    /**
     * Local-SBAS on {@code source} with the true sites as detections, written beside {@code dim}:
     * each measured slide's detection number with its C and downslope velocity.
     */
    Map<Integer, double[]> measure(StackSimulator sim, Product source, Path dim) throws Exception {
      Map<Integer, double[]> measured = new TreeMap<>();
      Scene scene = sim.scene();
      LocalSbasOpTest.addDetections(source, sim.sites().stream().map(Site::box).toArray(PixelBox[]::new));
      Product target = LocalSbasOpTest.op(source, "margin", MARGIN, "timeSeriesFile", dim.toFile()).getTargetProduct();
      int w = scene.width();
      float[] band = target.getBand(BandNames.VELOCITY_DOWNSLOPE).readPixels(0, 0, w, scene.height(),
          new float[w * scene.height()]);
      float[] stdBand = target.getBand(BandNames.VELOCITY_DOWNSLOPE_STD).readPixels(0, 0, w, scene.height(),
          new float[w * scene.height()]);
      float[] los = target.getBand(BandNames.VELOCITY).readPixels(0, 0, w, scene.height(), new float[w * scene.height()]);
      float[] losStd = target.getBand(BandNames.VELOCITY_STD).readPixels(0, 0, w, scene.height(),
          new float[w * scene.height()]);
      MetadataElement sbas = target.getMetadataRoot().getElement(SbasSummary.ELEMENT);
      assertTrue(sbas.getAttributeString("velocity_downslope").startsWith("projected down the slope"),
          sbas.getAttributeString("velocity_downslope"));
      String csv = dim.getFileName().toString().replace(".dim", ".timeseries.csv");
      List<String> rows = Files.readAllLines(dim.resolveSibling(csv));
      List<String> header = Arrays.asList(rows.get(0).split(","));
      int column = header.indexOf("velocity_downslope_mm_per_year");
      int stdColumn = header.indexOf("velocity_downslope_std_mm_per_year");
      assertTrue(column > 0 && stdColumn > column, rows.get(0));
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
        double std = detection.getAttributeDouble("velocity_downslope_std_mm_per_year");
        assertEquals(band[y * w + x], v, 1e-3, "the band at the peak of detection " + (k + 1));
        assertEquals(stdBand[y * w + x], std, 1e-3, "the std band at the peak of detection " + (k + 1));
        for (String row : rows) {
          if (row.startsWith((k + 1) + ",")) {
            assertEquals(v, Double.parseDouble(row.split(",", -1)[column]), 1e-3, row);
            assertEquals(std, Double.parseDouble(row.split(",", -1)[stdColumn]), 1e-3, row);
          }
        }
        cover(sim, site, w, los, losStd, band, stdBand);
        if (Double.isNaN(v)) {
          assertTrue(Math.abs(detection.getAttributeDouble("los_sensitivity")) < 0.3);
          insensitive++;
          continue;
        }
        measured.put(k + 1, new double[] {x, y, detection.getAttributeDouble("los_sensitivity"), v});
        double trueDownslope = trueLosVelocity(sim, site, x, y) / site.losProjection();
        projected.add(Math.abs(v - trueDownslope) / Math.abs(trueDownslope));
        // its size only: the LOS velocity's sign is the slope's aspect, not the motion's
        losAlone.add(Math.abs(Math.abs(detection.getAttributeDouble("velocity_mm_per_year"))
            - Math.abs(trueDownslope)) / Math.abs(trueDownslope));
      }
      target.dispose();
      return measured;
    }

    /**
     * Over the slide's body (pixels moving at least half its peak, relative to the ring), counts
     * where v_downslope +- 2 sigma covers the truth: with {@code velocity_downslope_std}, with the LOS
     * velocity's uncertainty over |C| alone, and where v_LOS +- 2 {@code velocity_std} covers the
     * true LOS velocity.
     */
    void cover(StackSimulator sim, Site site, int w, float[] los, float[] losStd, float[] downslope,
        float[] downslopeStd) {
      PixelBox patch = site.box().grownWithin(MARGIN, sim.scene().width(), sim.scene().height());
      boolean[] ring = ReferenceRing.of(patch, site.box(), SimulatedPatches.otherBoxes(sim.sites(), site), MARGIN / 2);
      TruthTile truth = sim.truth(patch);
      double still = SimulatedPatches.ringMedian(truth.velocityMmPerYear(), ring);
      double peak = truth.velocityMmPerYear()[(site.peakY() - patch.y0()) * patch.width() + site.peakX() - patch.x0()]
          - still;
      for (int y = site.box().y0(); y < site.box().y1(); y++) {
        for (int x = site.box().x0(); x < site.box().x1(); x++) {
          int i = y * w + x;
          double trueLos = truth.velocityMmPerYear()[(y - patch.y0()) * patch.width() + x - patch.x0()] - still;
          if (Math.abs(trueLos) < 0.5 * Math.abs(peak) || Float.isNaN(downslope[i])) {
            continue;
          }
          double error = Math.abs(downslope[i] - trueLos / site.losProjection());
          double c = los[i] / downslope[i];
          bodyPixels++;
          covered += error <= 2 * downslopeStd[i] ? 1 : 0;
          coveredByLosStdAlone += error <= 2 * losStd[i] / Math.abs(c) ? 1 : 0;
          losCovered += Math.abs(los[i] - trueLos) <= 2 * losStd[i] ? 1 : 0;
        }
      }
    }

    /**
     * Asserts that velocity_downslope_std covers the truth over the slides' bodies about as often
     * as velocity_std covers the LOS velocity, and clearly more often than velocity_std over |C|.
     */
    void checkCoverage() {
      double shipped = covered / (double) bodyPixels;
      double losAloneOverC = coveredByLosStdAlone / (double) bodyPixels;
      double losOwn = losCovered / (double) bodyPixels;
      System.out.printf(Locale.ROOT, "over %d pixels of the slides' bodies, +-2 sigma covers the true downslope"
          + " velocity at %.3f (velocity_std / |C| alone: %.3f); +-2 velocity_std the true LOS velocity at %.3f%n",
          bodyPixels, shipped, losAloneOverC, losOwn);
      assertTrue(bodyPixels > 500, bodyPixels + " pixels");
      assertTrue(shipped >= losOwn - 0.05, shipped + " against the LOS velocity's " + losOwn);
      assertTrue(shipped >= losAloneOverC + 0.03, shipped + " against velocity_std / |C|'s " + losAloneOverC);
    }

    /** Asserts at least {@code leastSlides} measured within 0.3; {median error, LOS velocity's median error}. */
    double[] check(String stacks, int leastSlides) {
      double withProjection = PatchSbasTruthTest.median(projected);
      double without = PatchSbasTruthTest.median(losAlone);
      System.out.printf(Locale.ROOT, "velocity down the slope on %s at %d slides' peaks (%d too little seen):"
          + " median error %.2f of the true one; the LOS velocity's size taken for it %.2f%n", stacks,
          projected.size(), insensitive, withProjection, without);
      assertTrue(projected.size() >= leastSlides, projected.size() + " slides");
      assertTrue(withProjection < 0.3, "median relative error " + withProjection);
      return new double[] {withProjection, without};
    }
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
