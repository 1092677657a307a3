package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DL-Unwrap and Local-SBAS take a detection box over the frame's edge alike, as the detections of
 * a larger crop of the same frame give it: clipped, with one warning in the same words; a box
 * wholly outside both refuse in the same words.
 */
class DetectionsAtTheFrameEdgeTest {

  private static final String HEADER = "id,class,score,x0,y0,x1,y1,first_near_lon,first_near_lat,"
      + "first_far_lon,first_far_lat,last_far_lon,last_far_lat,last_near_lon,last_near_lat,dates_seen\n";

  @TempDir
  Path dir;

  @Test
  void aBoxOverTheFramesEdgeIsClippedByBothWithOneWarningInTheSameWords() throws Exception {
    // the bowl's box run on past the 96 x 80 frame's right edge, as a wider crop's DL-Detect gives it
    Path csv = detections("1,subsidence,0.9,30,25,120,45,,,,,,,,,\n");
    Product stack = LocalSbasOpTest.bowlStack(false);
    String clipped = ": detection 1 of file '" + csv + "': its box x 30-119, y 25-44 reaches over the"
        + " edge of the 96 x 80 frame; only its part inside, x 30-95, y 25-44, is taken";

    try (LogCapture log = LogCapture.warnings()) {
      Product unwrapped = GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL",
          "detectionsFile", csv.toFile(), "margin", 16), stack);
      String band = java.util.Arrays.stream(unwrapped.getBandNames())
          .filter(name -> name.startsWith("Unw_Phase_ifg_")).findFirst().orElseThrow();
      float[] unw = unwrapped.getBand(band).readPixels(0, 0, LocalSbasOpTest.W, LocalSbasOpTest.H, new float[96 * 80]);
      assertFalse(Float.isNaN(unw[35 * 96 + 95]), "the box's last column inside is unwrapped");
      assertEquals(List.of("DL-Unwrap" + clipped), log.messages());
    }
    try (LogCapture log = LogCapture.warnings()) {
      Product target = LocalSbasOpTest.op(stack, "margin", 16, "detectionsFile", csv.toFile(),
          "timeSeriesFile", dir.resolve("sbas.dim").toFile()).getTargetProduct();
      float[] v = LocalSbasOpTest.read(target, "velocity");
      assertEquals(LocalSbasOpTest.PEAK_MM_PER_YEAR, v[35 * 96 + 40], 3, "the bowl's peak");
      assertFalse(Float.isNaN(v[35 * 96 + 95]), "the box's last column inside is inverted");
      assertEquals(List.of("Local-SBAS" + clipped), log.messages());
    }

    // the same box in the stack's Detections metadata
    LocalSbasOpTest.addDetections(stack, new PixelBox(30, 25, 120, 45));
    String inMetadata = clipped.replace("file '" + csv + "'", "the Detections metadata of 'bowl'");
    try (LogCapture log = LogCapture.warnings()) {
      GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL", "margin", 16), stack);
      LocalSbasOpTest.op(stack, "margin", 16, "timeSeriesFile", dir.resolve("sbas2.dim").toFile())
          .getTargetProduct();
      assertEquals(List.of("DL-Unwrap" + inMetadata, "Local-SBAS" + inMetadata), log.messages());
    }
  }

  @Test
  void aBoxWhollyOutsideTheFrameIsRefusedByBothInTheSameWords() throws Exception {
    Path csv = detections("1,subsidence,0.9,30,25,50,45,,,,,,,,,\n"
        + "2,landslide,0.7,100,10,110,20,,,,,,,,,\n");
    Product stack = LocalSbasOpTest.bowlStack(false);
    String refused = ": detection 2 of file '" + csv + "': its box x 100-109, y 10-19 lies outside"
        + " the 96 x 80 frame, and bbox_px are pixels of the stack's frame: are these the"
        + " detections of this stack?";

    OperatorException unwrap = assertThrows(OperatorException.class, () -> GPF.createProduct(
        "DL-Unwrap", Map.of("method", "CLASSICAL", "detectionsFile", csv.toFile()), stack));
    assertEquals("DL-Unwrap" + refused, unwrap.getMessage());
    OperatorException sbas = assertThrows(OperatorException.class, () -> LocalSbasOpTest.op(stack,
        "detectionsFile", csv.toFile(), "timeSeriesFile", dir.resolve("sbas.dim").toFile())
        .getTargetProduct());
    assertEquals("Local-SBAS" + refused, sbas.getMessage());
    assertTrue(Files.notExists(dir.resolve("sbas.timeseries.csv")), "nothing written");
  }

  private Path detections(String rows) throws Exception {
    Path csv = dir.resolve("det.detections.csv");
    Files.writeString(csv, HEADER + rows);
    return csv;
  }
}
