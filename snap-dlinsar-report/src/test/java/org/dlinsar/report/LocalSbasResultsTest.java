package org.dlinsar.report;

import org.dlinsar.detect.DetectionsRead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSbasResultsTest {

  private static final int W = 20;
  private static final int H = 16;
  private static final PixelBox PATCH = new PixelBox(4, 5, 12, 11);
  private static final PixelBox DETECTION = new PixelBox(6, 7, 9, 10);

  @Test
  void takesThePatchOfFiniteVelocitiesAndTheErrorAtThePeakVelocityPixel() {
    float[] velocity = nanFrame();
    float[] rms = nanFrame();
    for (int y = PATCH.y0(); y < PATCH.y1(); y++) {
      for (int x = PATCH.x0(); x < PATCH.x1(); x++) {
        velocity[y * W + x] = -5;
        rms[y * W + x] = 1;
      }
    }
    velocity[8 * W + 7] = -30;
    rms[8 * W + 7] = 2.5f;
    velocity[5 * W + 4] = -60; // outside the detection's box: not its peak
    LocalDate a = LocalDate.of(2021, 1, 4);
    LocalDate b = LocalDate.of(2021, 1, 16);
    Map<Integer, List<TimeSeriesCsvRead.Row>> csv = Map.of(1, List.of(
        new TimeSeriesCsvRead.Row(b, -1.2, -30), new TimeSeriesCsvRead.Row(a, 0, -30)));
    List<DetectionsRead.Row> detections = List.of(new DetectionsRead.Row(1, "landslide", 0.9, DETECTION, ""),
        new DetectionsRead.Row(2, "landslide", 0.6, new PixelBox(15, 1, 18, 4), ""));

    LocalSbasResults results = LocalSbasResults.of(velocity, rms, W, H, detections, csv);

    assertEquals(PATCH, results.velocity().get(1).box());
    assertEquals(-30f, results.velocity().get(1).velocityMmPerYear()[3 * PATCH.width() + 3]);
    TimeSeries series = results.timeSeries().get(1);
    assertEquals(List.of(a, b), series.dates(), "dates sorted");
    assertEquals(List.of(0.0, -1.2), series.displacementMm());
    assertEquals(2.5, series.errorMm(), 1e-6);
    assertEquals(-30, series.velocityMmPerYear());
    assertFalse(results.velocity().containsKey(2), "no finite velocity in detection 2's box");
    assertFalse(results.timeSeries().containsKey(2));
  }

  @Test
  void givesSeriesWithoutErrorBarsWhenTheBandsAreAbsent() {
    Map<Integer, List<TimeSeriesCsvRead.Row>> csv = Map.of(1, List.of(
        new TimeSeriesCsvRead.Row(LocalDate.of(2021, 1, 4), 0, -8)));

    LocalSbasResults results = LocalSbasResults.of(new float[0], new float[0], W, H,
        List.of(new DetectionsRead.Row(1, "landslide", 0.9, DETECTION, "")), csv);

    assertTrue(results.velocity().isEmpty());
    assertTrue(Double.isNaN(results.timeSeries().get(1).errorMm()));
  }

  @Test
  void readsTheBandsOfALocalSbasProductAndItsCsvWhenThere(@TempDir Path folder) throws Exception {
    float[] velocity = nanFrame();
    float[] rms = nanFrame();
    velocity[8 * W + 7] = -12;
    rms[8 * W + 7] = 1.5f;
    Product product = StackFixtures.product("sbas", W, H);
    StackFixtures.addFloatBand(product, "velocity", "mm/year", velocity);
    StackFixtures.addFloatBand(product, "rms_residual", "mm", rms);
    Path csv = folder.resolve("sbas.timeseries.csv");
    List<DetectionsRead.Row> detections = List.of(new DetectionsRead.Row(1, "landslide", 0.9, DETECTION, ""));

    LocalSbasResults withoutCsv = LocalSbasResults.read(product, csv, detections);
    Files.writeString(csv, "id,date,displacement_mm,velocity_mm_per_year\n1,2021-01-04,0,-12\n1,2021-01-16,-0.4,-12\n");
    LocalSbasResults withCsv = LocalSbasResults.read(product, csv, detections);

    assertEquals(new PixelBox(7, 8, 8, 9), withoutCsv.velocity().get(1).box());
    assertTrue(withoutCsv.timeSeries().isEmpty());
    assertEquals(1.5, withCsv.timeSeries().get(1).errorMm(), 1e-6);
    assertTrue(Double.isNaN(withCsv.timeSeries().get(1).temporalCoherence()), "no metadata, unknown");
    assertEquals(List.of(0.0, -0.4), withCsv.timeSeries().get(1).displacementMm());
  }

  @Test
  void takesThePatchAndPeakPixelLocalSbasReportsInItsMetadata() throws Exception {
    float[] velocity = nanFrame();
    float[] rms = nanFrame();
    PixelBox reported = new PixelBox(3, 4, 13, 12);
    for (int y = reported.y0(); y < reported.y1(); y++) {
      for (int x = reported.x0(); x < reported.x1(); x++) {
        velocity[y * W + x] = -5;
        rms[y * W + x] = 1;
      }
    }
    velocity[7 * W + 6] = -40; // the largest |velocity| of the box, but not the reported peak
    rms[8 * W + 8] = 4;
    Product product = StackFixtures.product("sbas", W, H);
    StackFixtures.addFloatBand(product, "velocity", "mm/year", velocity);
    StackFixtures.addFloatBand(product, "rms_residual", "mm", rms);
    MetadataElement element = new MetadataElement("Local_SBAS");
    element.setAttributeString("unwrapping", "DL-Unwrap DL (model punet-unwrap 1.1.0, checked by CLASSICAL)");
    MetadataElement one = new MetadataElement("detection.1");
    one.setAttributeInt("id", 1);
    one.setAttributeString("patch_px", "3,4,13,12");
    one.setAttributeString("peak_px", "8,8");
    one.setAttributeDouble("temporal_coherence", 0.93);
    element.addElement(one);
    product.getMetadataRoot().addElement(element);
    Path csv = Files.writeString(Files.createTempFile("sbas", ".timeseries.csv"),
        "id,date,displacement_mm,velocity_mm_per_year\n1,2021-01-04,0,-5\n");

    LocalSbasResults results = LocalSbasResults.read(product, csv,
        List.of(new DetectionsRead.Row(1, "landslide", 0.9, DETECTION, "")));
    Files.delete(csv);

    assertEquals(reported, results.velocity().get(1).box());
    assertEquals(4, results.timeSeries().get(1).errorMm(), 1e-6, "the error bar of the reported peak pixel");
    assertEquals(0.93, results.timeSeries().get(1).temporalCoherence(), 1e-9);
    assertEquals("DL-Unwrap DL (model punet-unwrap 1.1.0, checked by CLASSICAL)", results.unwrapping());
  }

  private static float[] nanFrame() {
    float[] frame = new float[W * H];
    Arrays.fill(frame, Float.NaN);
    return frame;
  }
}
