package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateStackOpTest {

  @TempDir
  Path dir;

  @Test
  void presetParameterOffersEveryScenePreset() throws Exception {
    Parameter preset = SimulateStackOp.class.getDeclaredField("preset").getAnnotation(Parameter.class);
    assertEquals(ScenePresets.NAMES, List.of(preset.valueSet()));
  }

  private static Map<String, Object> parameters(String content) {
    Map<String, Object> params = new HashMap<>();
    params.put("preset", "mining");
    params.put("content", content);
    params.put("width", 72);
    params.put("height", 40);
    params.put("dates", 5);
    params.put("seed", 9L);
    return params;
  }

  @Test
  void writtenStackReadsBackWithSnapBandNamesUnitsAndEveryInterferogram() throws Exception {
    Product stack = GPF.createProduct("DL-Simulate-Stack", parameters("STACK"));
    File file = dir.resolve("stack.dim").toFile();
    GPF.writeProduct(stack, file, "BEAM-DIMAP", false, ProgressMonitor.NULL);

    Product read = ProductIO.readProduct(file);
    Scene scene = ScenePresets.mining(9).withSize(72, 40)
        .withAcquisitions(new AcquisitionPlan(ScenePresets.mining(9).acquisitions().start(), 12, 5, 2, 0));
    StackSimulator sim = new StackSimulator(scene);
    assertEquals(7, sim.pairs().size());
    int interferograms = 0;
    for (Band band : read.getBands()) {
      if (band.getName().startsWith(BandNames.REAL_PREFIX)) {
        interferograms++;
      }
    }
    assertEquals(sim.pairs().size(), interferograms);
    Pair first = sim.pairs().get(0);
    assertEquals("VV_04Jan2021_16Jan2021", SimulatedProductLayout.suffix(first));
    String suffix = SimulatedProductLayout.suffix(first);
    assertEquals("real", read.getBand("i_ifg_" + suffix).getUnit());
    assertEquals("imaginary", read.getBand("q_ifg_" + suffix).getUnit());
    assertEquals("coherence", read.getBand("coh_" + suffix).getUnit());
    Band phase = read.getBand("Phase_ifg_" + suffix);
    assertTrue(phase instanceof VirtualBand);
    assertEquals("(i_ifg_" + suffix + " == 0 && q_ifg_" + suffix + " == 0) ? 0 : atan2(q_ifg_"
        + suffix + ", i_ifg_" + suffix + ")", ((VirtualBand) phase).getExpression());
    assertEquals("meters", read.getBand("elevation").getUnit());
    assertNotNull(read.getBand("Intensity_VV_04Jan2021"));
    MetadataElement abs = read.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(RadarWavelength.SENTINEL1_FREQUENCY_MHZ, abs.getAttributeDouble("radar_frequency"));
    assertEquals("ASCENDING", abs.getAttributeString("PASS"));
    assertEquals(4, read.getMetadataRoot().getElement("Secondary_Metadata").getNumElements());

    float[] written = new float[72 * 40];
    read.getBand("coh_" + suffix).readPixels(0, 0, 72, 40, written);
    assertArrayEquals(sim.simulate(PixelBox.of(0, 0, 72, 40)).coherence(0), written);
  }

  @Test
  void truthProductHoldsOneMaskPerInterferogramAndTheVelocity() throws Exception {
    Product truth = GPF.createProduct("DL-Simulate-Stack", parameters("TRUTH"));
    File file = dir.resolve("truth.dim").toFile();
    GPF.writeProduct(truth, file, "BEAM-DIMAP", false, ProgressMonitor.NULL);
    Product read = ProductIO.readProduct(file);
    int masks = 0;
    for (String name : read.getBandNames()) {
      masks += name.startsWith(BandNames.MASK_PREFIX) ? 1 : 0;
    }
    assertEquals(7, masks);
    assertEquals("mm/year", read.getBand("velocity").getUnit());
    assertNotNull(read.getBand("site_id"));
    assertNotNull(read.getBand("terrain_class"));
    assertNotNull(read.getMetadataRoot().getElement("Sites"));
  }

  /** Seams asked for are in the scene, its metadata and the truth's list; none by default. */
  @Test
  void seamsAskedForAreSimulatedAndListed() {
    Map<String, Object> params = parameters("TRUTH");
    params.put("seams", 2);
    Product truth = GPF.createProduct("DL-Simulate-Stack", params);
    assertEquals(2, truth.getMetadataRoot().getElement("DL_InSAR_Simulation").getAttributeInt("seams"));
    assertEquals(2, truth.getMetadataRoot().getElement("Seams").getNumElements());
    Product plain = GPF.createProduct("DL-Simulate-Stack", parameters("TRUTH"));
    assertNull(plain.getMetadataRoot().getElement("Seams"));
    assertFalse(plain.getMetadataRoot().getElement("DL_InSAR_Simulation").containsAttribute("seams"));
  }

  /**
   * A DEM error asked for: the stack's elevation is the erring DEM's, the truth says by how much,
   * and the stack's metadata hold every date's perpendicular baseline as CreateStack writes them,
   * with which the interferograms' phase moved: -(4 pi / lambda) B_perp dh / (R sin(incidence)).
   */
  @Test
  void aDemErrorAskedForIsInTheInterferogramsThroughTheBaselinesTheMetadataGive() throws Exception {
    Map<String, Object> params = parameters("STACK");
    params.put("demErrorMetres", 80);
    Product stack = GPF.createProduct("DL-Simulate-Stack", params);
    params.put("content", "TRUTH");
    Product truth = GPF.createProduct("DL-Simulate-Stack", params);
    Product exact = GPF.createProduct("DL-Simulate-Stack", parameters("STACK"));
    int n = 72 * 40;
    float[] dh = truth.getBand("dem_error").readPixels(0, 0, 72, 40, new float[n]);
    float[] trueHeight = truth.getBand("elevation").readPixels(0, 0, 72, 40, new float[n]);
    float[] dem = stack.getBand("elevation").readPixels(0, 0, 72, 40, new float[n]);
    double largest = 0;
    for (int i = 0; i < n; i++) {
      assertEquals(trueHeight[i] - dh[i], dem[i], 1e-3);
      largest = Math.max(largest, Math.abs(dh[i]));
    }
    assertTrue(largest > 10, "the DEM errs by " + largest + " m at most");
    assertNull(GPF.createProduct("DL-Simulate-Stack", parameters("TRUTH")).getBand("dem_error"), "none asked for");

    MetadataElement abs = stack.getMetadataRoot().getElement("Abstracted_Metadata");
    MetadataElement ref = abs.getElement("Baselines").getElement("Ref_04Jan2021");
    assertEquals(0, ref.getElement("Secondary_04Jan2021").getAttributeDouble("Perp Baseline"), 0);
    double lambda = RadarWavelength.metres(stack);
    double firstRange = abs.getAttributeDouble("slant_range_to_first_pixel");
    double spacing = abs.getAttributeDouble("range_spacing");
    double sinIncidence = Math.sin(Math.toRadians(abs.getAttributeDouble("incidence_near")));
    String pair = "VV_16Jan2021_28Jan2021";
    double baseline = ref.getElement("Secondary_28Jan2021").getAttributeDouble("Perp Baseline")
        - ref.getElement("Secondary_16Jan2021").getAttributeDouble("Perp Baseline");
    assertTrue(Math.abs(baseline) > 1, "the pair's perpendicular baseline " + baseline + " m");
    double[] erring = phase(stack, pair);
    double[] without = phase(exact, pair);
    int checked = 0;
    for (int i = 0; i < n; i++) {
      double expected = -4 * Math.PI / lambda * baseline * dh[i] / ((firstRange + (i % 72) * spacing) * sinIncidence);
      if (Math.abs(expected) > 0.2) {
        // the same SLC samples: the phases differ by the DEM's term alone (noise aside, wrapped)
        assertEquals(0, Math.IEEEremainder(erring[i] - without[i] - expected, 2 * Math.PI), 1e-3, "pixel " + i);
        checked++;
      }
    }
    assertTrue(checked > 100, checked + " pixels with a DEM phase over 0.2 rad");
  }

  private static double[] phase(Product stack, String suffix) throws java.io.IOException {
    int n = 72 * 40;
    float[] re = stack.getBand("i_ifg_" + suffix).readPixels(0, 0, 72, 40, new float[n]);
    float[] im = stack.getBand("q_ifg_" + suffix).readPixels(0, 0, 72, 40, new float[n]);
    double[] phase = new double[n];
    for (int i = 0; i < n; i++) {
      phase[i] = Math.atan2(im[i], re[i]);
    }
    return phase;
  }

  /**
   * A reference date pairs every other date with it, as InterferogramOp does on a coregistered
   * stack: the reference image's metadata is the product's, each other date's lists its pair.
   */
  @Test
  void aReferenceDateMakesASingleReferenceStack() {
    Map<String, Object> params = parameters("STACK");
    params.put("referenceDate", 2);
    Product stack = GPF.createProduct("DL-Simulate-Stack", params);
    List<String> real = java.util.Arrays.stream(stack.getBandNames()).filter(n -> n.startsWith("i_ifg_")).toList();
    assertEquals(List.of("i_ifg_VV_04Jan2021_28Jan2021", "i_ifg_VV_16Jan2021_28Jan2021",
        "i_ifg_VV_28Jan2021_09Feb2021", "i_ifg_VV_28Jan2021_21Feb2021"), real);
    MetadataElement root = stack.getMetadataRoot();
    assertEquals(2, root.getElement("DL_InSAR_Simulation").getAttributeInt("reference_date"));
    assertEquals("28-JAN-2021", stack.getStartTime().format().substring(0, 11));
    MetadataElement first = root.getElement("Secondary_Metadata").getElementAt(0);
    assertTrue(first.getAttributeString("Secondary_bands").contains("i_ifg_VV_04Jan2021_28Jan2021"),
        first.getAttributeString("Secondary_bands"));
    assertFalse(GPF.createProduct("DL-Simulate-Stack", parameters("STACK")).getMetadataRoot()
        .getElement("DL_InSAR_Simulation").containsAttribute("reference_date"));
  }

  /** The Processing_Graph metadata GPF writes of the parameters says what was simulated. */
  @Test
  void theProcessingGraphRecordsTheSceneSimulated() {
    Scene scene = ScenePresets.named(ScenePresets.MINING, 7).withSize(64, 48);
    Product stack = SimulatedProducts.stack(scene);
    MetadataElement node = stack.getMetadataRoot().getElement("Processing_Graph").getElement("node.0");
    MetadataElement parameters = node.getElement("parameters");
    assertEquals("DL-Simulate-Stack", node.getAttributeString("operator"));
    // the plugin's module and build, as SNAP records an operator's module
    assertEquals("DL-InSAR operators", node.getAttributeString("moduleName"));
    assertTrue(node.getAttributeString("moduleVersion").startsWith(System.getProperty("dlinsar.version")),
        node.getAttributeString("moduleVersion"));
    assertEquals("mining", parameters.getAttributeString("preset"));
    assertEquals("64", parameters.getAttributeString("width"));
    assertEquals("48", parameters.getAttributeString("height"));
    assertEquals("7", parameters.getAttributeString("seed"));
    assertEquals(String.valueOf(scene.acquisitions().dateCount()), parameters.getAttributeString("dates"));
  }

  @Test
  void rejectsAStartDateThatIsNotIsoNamingTheParameter() {
    Map<String, Object> params = parameters("STACK");
    params.put("startDate", "04/01/2021");
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Simulate-Stack", params));
    assertTrue(e.getMessage().contains("startDate"), e.getMessage());
  }

  @Test
  void inMemoryStackServesTilesEqualToTheSimulator() throws Exception {
    Scene scene = ScenePresets.landslides(2).withSize(40, 30);
    Product stack = SimulatedProducts.stack(scene);
    StackSimulator sim = new StackSimulator(scene);
    float[] real = new float[40 * 30];
    stack.getBand(BandNames.real(SimulatedProductLayout.suffix(sim.pairs().get(1))))
        .readPixels(0, 0, 40, 30, real);
    assertArrayEquals(sim.simulate(PixelBox.of(0, 0, 40, 30)).real(1), real);
  }

  @Test
  void theStackEndsOneLineTimeAfterEachOfItsLines() {
    // 05:43:21 plus 1024 lines of 2.055 ms: the fraction of the second survives (SNAP's
    // UTC.create drops a date's milliseconds, so it must come as microseconds)
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(2).withSize(40, 1024));
    assertEquals(Math.round(1024 * 2055.0) % 1_000_000, stack.getEndTime().getMicroSecondsFraction());
    assertEquals(stack.getStartTime().getMJD() + 1024 * 0.002055 / 86400, stack.getEndTime().getMJD(),
        1e-11);
  }

  @Test
  void tilesShrinkSoThatTwoOfEveryBandFitAQuarterOfTheHeap() {
    assertEquals(256, SimulatedProductLayout.tileSide(300, 4L << 30), "a usual stack on a usual heap");
    // 999 interferograms (4332 bands) on 256 MB: 2 x 4332 x 32 x 32 x 4 bytes = 35 MB, under 64
    assertEquals(32, SimulatedProductLayout.tileSide(4332, 256L << 20));
    assertEquals(128, SimulatedProductLayout.tileSide(432, 256L << 20));
  }
}
