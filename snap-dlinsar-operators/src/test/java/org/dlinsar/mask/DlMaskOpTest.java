package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.inference.ModelFixtures;
import org.dlinsar.lite.LogCapture;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DlMaskOpTest {

  private static final int W = 64;
  private static final int H = 48;
  private static final String SUFFIX = "IW1_VV_15Jan2020_27Jan2020";
  private static final String MASK = "mask_ifg_" + SUFFIX;

  @TempDir
  File tempDir;

  /** Left half decorrelated (coherence about 0.2), right half coherent (about 0.8). */
  private static float[] bimodalCoherence(long seed) {
    Random random = new Random(seed);
    float[] coh = new float[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double mean = x < W / 2 ? 0.2 : 0.8;
        coh[y * W + x] = (float) Math.min(1, Math.max(0, mean + 0.05 * random.nextGaussian()));
      }
    }
    return coh;
  }

  private static Product stack(float[] coherence) {
    Product p = StackFixtures.product("stack", W, H);
    StackFixtures.addInterferogram(p, SUFFIX, StackFixtures.filled(W * H, 1f),
        StackFixtures.filled(W * H, 0f), coherence);
    StackFixtures.addFloatBand(p, "elevation", "meters", StackFixtures.filled(W * H, 250f));
    StackFixtures.setRadarFrequency(p, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    return p;
  }

  private static Map<String, Object> params(String method) {
    Map<String, Object> params = new HashMap<>();
    params.put("method", method);
    return params;
  }

  private static byte[] readMask(Product target) throws Exception {
    ProductData data = ProductData.createInstance(ProductData.TYPE_UINT8, W * H);
    target.getBand(MASK).readRasterData(0, 0, W, H, data);
    return (byte[]) data.getElems();
  }

  private static RenderingHints tiles16() {
    return new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(16, 16));
  }

  @Test
  void otsuSeparatesTheModesOfABimodalCoherenceImage() throws Exception {
    Product target = GPF.createProduct("DL-Mask", params("OTSU"), stack(bimodalCoherence(1)));
    byte[] mask = readMask(target);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        assertEquals(x < W / 2 ? 0 : 1, mask[y * W + x], "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void otsuThresholdIsTakenOverTheWholeBandWhateverTheTileGrid() throws Exception {
    float[] coherence = bimodalCoherence(2);
    byte[] whole = readMask(GPF.createProduct("DL-Mask", params("OTSU"), stack(coherence)));
    byte[] tiled = readMask(
        GPF.createProduct("DL-Mask", params("OTSU"), new Product[] {stack(coherence)}, tiles16()));
    assertArrayEquals(whole, tiled);
    // A 16x16 tile inside one mode has its own Otsu split; the whole band's must be used.
    float t = OtsuThreshold.threshold(coherence);
    for (int i = 0; i < W * H; i++) {
      assertEquals(coherence[i] >= t ? 1 : 0, tiled[i], "pixel " + i);
    }
  }

  @Test
  void otsuMasksAnAllZeroCoherenceBandAsNoDataAndNamesIt() throws Exception {
    try (LogCapture log = LogCapture.warnings()) {
      byte[] mask = readMask(GPF.createProduct("DL-Mask", params("OTSU"),
          new Product[] {stack(new float[W * H])}, tiles16()));
      assertArrayEquals(new byte[W * H], mask, "no pixel of an all-zero coherence is coherent");
      assertEquals(List.of("DL-Mask: product 'stack': every interferogram of the stack is without data (all NaN or 0): coh_"
          + SUFFIX + "; every mask is 0"), log.messages());
    }
  }

  @Test
  void otsuFindsNoThresholdInAConstantCoherenceBandAndSaysSo() throws Exception {
    try (LogCapture log = LogCapture.warnings()) {
      byte[] mask = readMask(GPF.createProduct("DL-Mask", params("OTSU"),
          stack(StackFixtures.filled(W * H, 0.6f))));
      assertArrayEquals(new byte[W * H], mask);
      assertEquals(1, log.messages().size(), log.messages().toString());
      assertTrue(log.messages().get(0).startsWith("DL-Mask OTSU: product 'stack': coherence band coh_" + SUFFIX
          + " is constant (about 0.60): no contrast"), log.messages().get(0));
    }
  }

  @Test
  void namesAnInterferogramWithoutDataInOneWarningOnceEveryTileIsDone() throws Exception {
    String empty = "IW1_VV_27Jan2020_08Feb2020";
    Product p = stack(bimodalCoherence(7));
    StackFixtures.addInterferogram(p, empty, StackFixtures.filled(W * H, Float.NaN),
        StackFixtures.filled(W * H, Float.NaN), bimodalCoherence(8));
    try (LogCapture log = LogCapture.warnings()) {
      Product target = GPF.createProduct("DL-Mask", params("THRESHOLD"), new Product[] {p}, tiles16());
      readMask(target);
      assertEquals(List.of(), log.messages(), "nothing is known before every tile is seen");
      ProductData data = ProductData.createInstance(ProductData.TYPE_UINT8, W * H);
      target.getBand("mask_ifg_" + empty).readRasterData(0, 0, W, H, data);
      assertArrayEquals(new byte[W * H], (byte[]) data.getElems());
      assertEquals(List.of("DL-Mask: product 'stack': 1 of 2 interferograms without data (all NaN or 0): i_ifg_" + empty
          + ", q_ifg_" + empty + "; their masks are 0 everywhere"), log.messages());
    }
  }

  @Test
  void staysQuietOnAStackWithData() throws Exception {
    try (LogCapture log = LogCapture.warnings()) {
      readMask(GPF.createProduct("DL-Mask", params("OTSU"), stack(bimodalCoherence(9))));
      assertEquals(List.of(), log.messages());
    }
  }

  @Test
  void asksForMaskTilesOfAbout64KPixelsWithTheSourceTileWidth() {
    Product source = StackFixtures.product("wide", 2048, 300);
    StackFixtures.addFlatInterferogram(source, "VV_15Jan2020_27Jan2020", 0.9f);
    source.setPreferredTileSize(512, 512);

    Product target = GPF.createProduct("DL-Mask", params("OTSU"), source);

    assertEquals(new Dimension(512, 128), target.getPreferredTileSize());
  }

  @Test
  void thresholdMethodMarksCoherenceAtOrAboveTheThreshold() throws Exception {
    float[] coherence = new float[W * H];
    for (int i = 0; i < coherence.length; i++) {
      coherence[i] = (i % 100) / 99f;
    }
    Map<String, Object> params = params("THRESHOLD");
    params.put("coherenceThreshold", 0.6);
    byte[] mask = readMask(GPF.createProduct("DL-Mask", params, stack(coherence)));
    for (int i = 0; i < coherence.length; i++) {
      assertEquals(coherence[i] >= 0.6f ? 1 : 0, mask[i], "coherence " + coherence[i]);
    }
  }

  /** How a tile of a distributed run masks: the frame's Otsu threshold given, the same masks. */
  @Test
  void perInterferogramThresholdsGiveOtsusMasksWhenGivenOtsusThresholds() throws Exception {
    float[] coherence = bimodalCoherence(11);
    byte[] otsu = readMask(GPF.createProduct("DL-Mask", params("OTSU"), stack(coherence)));
    Map<String, Object> params = params("THRESHOLD");
    params.put("coherenceThresholds", new double[] {OtsuThreshold.threshold(coherence)});

    byte[] given = readMask(GPF.createProduct("DL-Mask", params, stack(coherence)));

    assertArrayEquals(otsu, given);
    assertTrue(sum(given) > W * H / 3 && sum(given) < 2 * W * H / 3, "the coherent half: " + sum(given));
  }

  @Test
  void rejectsPerInterferogramThresholdsOfTheWrongCountOrMethod() {
    Map<String, Object> params = params("THRESHOLD");
    params.put("coherenceThresholds", new double[] {0.3, 0.4});
    OperatorException count = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", params, stack(bimodalCoherence(12))));
    assertTrue(count.getMessage().contains("coherenceThresholds") && count.getMessage().contains("1"),
        count.getMessage());

    params.put("method", "OTSU");
    params.put("coherenceThresholds", new double[] {0.3});
    OperatorException method = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", params, stack(bimodalCoherence(12))));
    assertTrue(method.getMessage().contains("THRESHOLD only"), method.getMessage());
  }

  @Test
  void rejectsAnInfiniteAmplitudeReferenceNamingItsPosition() {
    Map<String, Object> params = params("DL");
    params.put("amplitudeReferences", new double[] {Double.POSITIVE_INFINITY});
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", params, stack(bimodalCoherence(12))));
    assertTrue(e.getMessage().contains("'amplitudeReferences' holds Infinity at position 1"), e.getMessage());
  }

  @Test
  void thresholdMethodDefaultsToPointThree() throws Exception {
    float[] coherence = {0.29f, 0.3f, 0.31f};
    Product p = StackFixtures.product("small", 3, 1);
    StackFixtures.addInterferogram(p, SUFFIX, StackFixtures.filled(3, 1f),
        StackFixtures.filled(3, 1f), coherence);
    Product target = GPF.createProduct("DL-Mask", params("THRESHOLD"), p);
    ProductData data = ProductData.createInstance(ProductData.TYPE_UINT8, 3);
    target.getBand(MASK).readRasterData(0, 0, 3, 1, data);
    assertArrayEquals(new byte[] {0, 1, 1}, (byte[]) data.getElems());
  }

  @Test
  void dlMethodFailsWithTheRegistrysReasonAndTheAlternatives() {
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", params("DL"), stack(bimodalCoherence(3))));
    assertTrue(e.getMessage().startsWith("DL-Mask method=DL: no bundled model for task 'mask';"
        + " train one with snap-dlinsar-models/training"), e.getMessage());
    assertTrue(e.getMessage().contains("or pass modelFile"), e.getMessage());
    assertTrue(e.getMessage().contains("method=OTSU"), e.getMessage());
  }

  @Test
  void dlWithAMaskModelOfOtherInputsFailsNamingTheFileAndTheExpectedChannels() {
    Path onnx = ModelFixtures.write(tempDir.toPath(), "my-mask.onnx",
        ModelFixtures.bytes(ModelFixtures.TINY_FCN), card -> card.put("task", "mask"));
    Map<String, Object> params = params("DL");
    params.put("modelFile", onnx.toFile());
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", params, stack(bimodalCoherence(3))));
    assertTrue(e.getMessage().startsWith("DL-Mask method=DL: " + onnx), e.getMessage());
    assertTrue(e.getMessage().contains("takes [cos_phase, sin_phase, coherence, log_amplitude]"),
        e.getMessage());
  }

  @Test
  void defaultMethodIsDlAndWithoutAModelOnTheClassPathItSaysSo() {
    // this module's tests run without snap-dlinsar-models, where the plugin ships the mask model
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", new HashMap<>(), stack(bimodalCoherence(3))));
    assertTrue(e.getMessage().startsWith("DL-Mask method=DL: no bundled model for task 'mask'"),
        e.getMessage());
  }

  private static int sum(byte[] mask) {
    int n = 0;
    for (byte b : mask) {
      n += b;
    }
    return n;
  }

  @Test
  void rejectsAnInterferogramWithoutCoherenceNamingIt() {
    Product p = StackFixtures.product("nocoh", 4, 4);
    StackFixtures.addInterferogram(p, SUFFIX, StackFixtures.filled(16, 1f),
        StackFixtures.filled(16, 0f), null);
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", params("OTSU"), p));
    assertTrue(e.getMessage().contains(SUFFIX), e.getMessage());
    assertTrue(e.getMessage().contains("coh_" + SUFFIX), e.getMessage());
  }

  @Test
  void rejectsAProductWithoutInterferogramsNamingIt() {
    Product p = StackFixtures.product("dem", 4, 4);
    StackFixtures.addFloatBand(p, "elevation", "meters", new float[16]);
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", params("THRESHOLD"), p));
    assertTrue(e.getMessage().contains("'dem'"), e.getMessage());
  }

  @Test
  void rejectsACoherenceThresholdOutsideTheUnitInterval() {
    Map<String, Object> params = params("THRESHOLD");
    params.put("coherenceThreshold", 1.5);
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Mask", params, stack(bimodalCoherence(4))));
    assertTrue(e.getMessage().contains("coherenceThreshold"), e.getMessage());
  }

  @Test
  void carriesSourceBandsAndMetadataAndAddsAUint8Mask() throws Exception {
    Product target = GPF.createProduct("DL-Mask", params("OTSU"), stack(bimodalCoherence(5)));
    Band mask = target.getBand(MASK);
    assertEquals(ProductData.TYPE_UINT8, mask.getDataType());
    assertNotNull(target.getBand("i_ifg_" + SUFFIX));
    assertNotNull(target.getBand("coh_" + SUFFIX));
    assertNotNull(target.getMetadataRoot().getElement("Abstracted_Metadata"));
    float[] elevation = new float[W * H];
    target.getBand("elevation").readPixels(0, 0, W, H, elevation);
    assertEquals(250f, elevation[W * H - 1]);
  }

  @Test
  void maskRoundTripsThroughBeamDimap() throws Exception {
    Product target = GPF.createProduct("DL-Mask", params("OTSU"), stack(bimodalCoherence(6)));
    byte[] expected = readMask(target);
    File file = new File(tempDir, "masked.dim");
    ProductIO.writeProduct(target, file, "BEAM-DIMAP", false);
    Product back = ProductIO.readProduct(file);
    assertArrayEquals(expected, readMask(back));
    assertNotNull(back.getBand("q_ifg_" + SUFFIX));
  }
}
