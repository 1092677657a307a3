package org.dlinsar.cli;

import static org.dlinsar.cli.GraphRuns.launch;
import static org.dlinsar.cli.GraphRuns.pixels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.detect.DetectionsRead;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * graphs/local-sbas.xml runs headless after graphs/detect-subsidence.xml: velocity, one
 * displacement per date and the residual, inside the detections' patches only, subsiding where the
 * simulator's bowls subside, and the time-series CSV beside the target.
 */
class LocalSbasGraphTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path MINING = ROOT.resolve("test-products/mining-256x192.dim");

  @Test
  void localSbasGraphWritesVelocitiesInThePatchesOfTheDetections(@TempDir Path dir) throws IOException {
    Path detections = dir.resolve("bowls.dim");
    Path output = dir.resolve("sbas.dim");
    launch(ROOT.resolve("graphs/detect-subsidence.xml").toString(), "-Pinput=" + MINING, "-Poutput=" + detections);

    launch(ROOT.resolve("graphs/local-sbas.xml").toString(), "-Pinput=" + MINING,
        "-Pdetections=" + detections, "-Poutput=" + output);

    Product detected = ProductIO.readProduct(detections.toFile());
    List<DetectionsRead.Row> rows = DetectionsRead.from(detected);
    assertTrue(rows.size() >= 2, "bowls detected: " + rows.size());
    Product sbas = ProductIO.readProduct(output.toFile());
    Product input = ProductIO.readProduct(MINING.toFile());
    Product truth = ProductIO.readProduct(ROOT.resolve("test-products/mining-256x192.truth.dim").toFile());
    int w = sbas.getSceneRasterWidth();
    float[] velocity = pixels(sbas.getBand("velocity"));
    float[] trueVelocity = pixels(truth.getBand("velocity"));
    long dates = List.of(sbas.getBandNames()).stream().filter(n -> n.startsWith("disp_")).count();
    // the simulated stack carries CreateStack's perpendicular baselines, so the DEM's error is fitted,
    // and an elevation band, so velocities are projected down the slope
    assertEquals(dates + 7, sbas.getNumBands(), "velocity, velocity_std, rms_residual, temporal_coherence,"
        + " dem_error, velocity_downslope, velocity_downslope_std and one disp_ per date only: "
        + List.of(sbas.getBandNames()));
    assertNotNull(sbas.getBand("dem_error"), "dem_error among " + List.of(sbas.getBandNames()));
    assertNotNull(sbas.getBand("velocity_downslope"), "velocity_downslope among " + List.of(sbas.getBandNames()));
    assertNotNull(sbas.getBand("velocity_downslope_std"), "velocity_downslope_std among "
        + List.of(sbas.getBandNames()));
    assertTrue(dates >= 8, "displacement bands: " + dates);
    assertTrue(Files.isRegularFile(dir.resolve("sbas.timeseries.csv")), "time-series CSV beside the target");

    int agreeing = 0;
    for (DetectionsRead.Row r : rows) {
      List<Float> estimated = new java.util.ArrayList<>();
      List<Float> expected = new java.util.ArrayList<>();
      for (int y = r.box().y0(); y < r.box().y1(); y++) {
        for (int x = r.box().x0(); x < r.box().x1(); x++) {
          if (Float.isFinite(velocity[y * w + x])) {
            estimated.add(velocity[y * w + x]);
            expected.add(trueVelocity[y * w + x]);
          }
        }
      }
      assertTrue(!estimated.isEmpty(), "no velocity in the box of detection " + r.id());
      float v = median(estimated);
      float t = median(expected);
      if (t < -20 && v < 0.5f * t) {
        agreeing++; // a subsiding bowl measured subsiding, at least half as fast as the truth
      }
    }
    assertTrue(agreeing >= 1, "no detection subsides as the truth does");
    int outside = 0;
    for (int i = 0; i < velocity.length; i++) {
      if (!insideAnyPatch(rows, i % w, i / w)) {
        assertTrue(Float.isNaN(velocity[i]), "velocity outside the patches at pixel " + i);
        outside++;
      }
    }
    assertTrue(outside > 0, "the patches cover the whole frame: nothing checked outside them");
    for (Product p : List.of(detected, sbas, input, truth)) {
      p.dispose();
    }
  }

  private static float median(List<Float> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  /** Inside a detection's box grown by the graph's margin of 32 pixels. */
  private static boolean insideAnyPatch(List<DetectionsRead.Row> rows, int x, int y) {
    int margin = 32;
    return rows.stream().anyMatch(r -> x >= r.box().x0() - margin && x < r.box().x1() + margin
        && y >= r.box().y0() - margin && y < r.box().y1() + margin);
  }


}
