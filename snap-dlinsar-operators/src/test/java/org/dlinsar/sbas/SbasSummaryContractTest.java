package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlinsar.detect.DetectionBox;
import org.dlinsar.detect.LonLat;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of the {@code Local_SBAS} element is named in docs/CONTRACT.md: users read it
 * (the Detections window, their scripts), so an attribute the code adds is part of the contract.
 */
class SbasSummaryContractTest {

  private static final Path CONTRACT =
      Path.of(System.getProperty("dlinsar.root", "..")).resolve("docs/CONTRACT.md");

  @Test
  void everyAttributeOfTheLocalSbasElementIsInTheContract() throws IOException {
    String doc = Files.readString(CONTRACT);
    PixelBox patch = PixelBox.of(0, 0, 4, 4);
    float[] velocity = new float[16];
    Arrays.fill(velocity, -5f);
    PatchResult result = new PatchResult(patch, velocity, velocity.clone(),
        new float[][] {new float[16], new float[16]}, new float[16], velocity.clone(), 3, new int[] {1}, 0, new int[0], new int[0], null, new java.util.BitSet[0]);
    TimeSeriesCsv.Series series =
        new TimeSeriesCsv.Series(1, new double[2], -5, 1, new LonLat(8.1, 46.4), Double.NaN, 12.5, 2.25);
    MetadataElement element = SbasSummary.metadata(List.of(new DetectionBox(1, PixelBox.of(1, 1, 2, 2))),
        List.of(result), List.of(series), new double[] {-0.4}, 32, 2, "DL-Unwrap CLASSICAL", "fitted", "projected");

    List<String> missing = new ArrayList<>();
    for (MetadataAttribute a : element.getAttributes()) {
      if (!doc.contains("`" + a.getName() + "`")) {
        missing.add(SbasSummary.ELEMENT + "/" + a.getName());
      }
    }
    for (MetadataAttribute a : element.getElement("detection.1").getAttributes()) {
      if (!doc.contains("`" + a.getName() + "`")) {
        missing.add(SbasSummary.ELEMENT + "/detection.<id>/" + a.getName());
      }
    }
    assertTrue(missing.isEmpty(), CONTRACT + " does not name " + missing);
  }
}
