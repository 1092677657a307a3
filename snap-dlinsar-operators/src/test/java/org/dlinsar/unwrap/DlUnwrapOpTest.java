package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.files.RunOwnedTemp;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DL-Unwrap on simulated stacks: bands, units, masking, patches and errors. */
class DlUnwrapOpTest {

  private static final int SIZE = 96;
  private static final double TWO_PI = 2 * Math.PI;
  private static final Scene SCENE = ScenePresets.mining(41).withSize(SIZE, SIZE);

  @Test
  void unwrapsEveryInterferogramCongruentAndCloseToTheTruth() throws Exception {
    Product stack = SimulatedProducts.stack(SCENE);
    Product target = GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL"), new Product[] {stack}, tiles(32));
    StackSimulator sim = new StackSimulator(SCENE);
    List<String> suffixes = suffixes(stack);
    assertEquals(sim.pairs().size(), suffixes.size());
    UnwrapScore total = new UnwrapScore(0, 0, 0);
    PixelBox box = PixelBox.of(0, 0, SIZE, SIZE);
    byte[][] masks = new byte[suffixes.size()][];
    var truth = sim.truth(box);
    for (int p = 0; p < suffixes.size(); p++) {
      Band band = target.getBand("Unw_Phase_ifg_" + suffixes.get(p));
      assertNotNull(band, "no unwrapped band for " + suffixes.get(p));
      assertEquals("abs_phase", band.getUnit());
      assertEquals(ProductData.TYPE_FLOAT32, band.getDataType());
      float[] unw = read(band);
      float[] re = read(stack.getBand("i_ifg_" + suffixes.get(p)));
      float[] im = read(stack.getBand("q_ifg_" + suffixes.get(p)));
      float[] coh = read(stack.getBand("coh_" + suffixes.get(p)));
      boolean[] coherent = new boolean[unw.length];
      masks[p] = truth.mask(p);
      for (int i = 0; i < unw.length; i++) {
        assertEquals(coh[i] < 0.3f, Float.isNaN(unw[i]), "NaN exactly where coherence is below 0.3, pixel " + i);
        if (!Float.isNaN(unw[i])) {
          double cycles = (unw[i] - Math.atan2(im[i], re[i])) / TWO_PI;
          assertEquals(Math.rint(cycles), cycles, 1e-4, "not congruent at pixel " + i);
        }
        coherent[i] = masks[p][i] == 1;
      }
      total = total.plus(UnwrapScore.of(unw, sim.unwrappedPhaseRad(p, box), coherent));
    }
    assertTrue(total.success() >= 0.99, "success against the truth " + total.success());
    assertNotNull(target.getBand("i_ifg_" + suffixes.get(0)), "source bands are carried through");
  }

  /**
   * A river masked across the frame, beside the decorrelated pixels of the simulator's truth: the
   * conncomp_ifg_ band names each component (1 + its first pixel's index), 0 where masked; none
   * crosses the river; and within each the unwrapped phase is the true phase but for one
   * whole-cycle offset: what SNAPHU's conncomp promises, which lets a user keep a component or
   * shift it.
   */
  @Test
  void eachComponentIsTheTruePhaseButForOneOffsetAndNoneCrossesAMaskedRiver() throws Exception {
    Product stack = SimulatedProducts.stack(SCENE);
    StackSimulator sim = new StackSimulator(SCENE);
    PixelBox box = PixelBox.of(0, 0, SIZE, SIZE);
    var truth = sim.truth(box);
    List<String> suffixes = suffixes(stack);
    int river = SIZE / 2;
    byte[][] masks = new byte[suffixes.size()][];
    for (int p = 0; p < suffixes.size(); p++) {
      masks[p] = truth.mask(p).clone();
      for (int i = 0; i < masks[p].length; i++) {
        if (Math.abs(i % SIZE - river) <= 3) {
          masks[p][i] = 0;
        }
      }
      stack.addBand("mask_ifg_" + suffixes.get(p), ProductData.TYPE_UINT8)
          .setRasterData(ProductData.createInstance(ProductData.TYPE_UINT8, masks[p]));
    }
    Product target = GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL"), new Product[] {stack}, tiles(32));
    double worst = 1;
    int large = 0;
    for (int p = 0; p < suffixes.size(); p++) {
      Band band = target.getBand("conncomp_ifg_" + suffixes.get(p));
      assertEquals(ProductData.TYPE_INT32, band.getDataType());
      int[] labels = readInts(band);
      float[] unw = read(target.getBand("Unw_Phase_ifg_" + suffixes.get(p)));
      float[] phase = sim.unwrappedPhaseRad(p, box);
      Map<Integer, Map<Long, Integer>> offsets = new HashMap<>();
      Map<Integer, Integer> side = new HashMap<>();
      for (int i = 0; i < labels.length; i++) {
        assertEquals(masks[p][i] == 1, labels[i] > 0, "pixel " + i);
        assertEquals(labels[i] > 0, !Float.isNaN(unw[i]), "pixel " + i);
        if (labels[i] > 0) {
          assertTrue(labels[i] <= i + 1 && labels[labels[i] - 1] == labels[i], "pixel " + i + ": label "
              + labels[i] + " is no earlier pixel of its component");
          int bank = i % SIZE < river ? -1 : 1;
          assertEquals(bank, (int) side.merge(labels[i], bank, (a, b) -> a), "component " + labels[i] + " crosses the river");
          offsets.computeIfAbsent(labels[i], k -> new HashMap<>())
              .merge(Math.round((unw[i] - phase[i]) / TWO_PI), 1, Integer::sum);
        }
      }
      for (Map<Long, Integer> ofComponent : offsets.values()) {
        int pixels = ofComponent.values().stream().mapToInt(Integer::intValue).sum();
        if (pixels >= 100) {
          large++;
          worst = Math.min(worst, ofComponent.values().stream().mapToInt(Integer::intValue).max().orElse(0)
              / (double) pixels);
        }
      }
    }
    assertTrue(large >= 2 * suffixes.size(), "at least the two banks of each interferogram: " + large);
    assertTrue(worst >= 0.98, "share of a component's pixels at its one offset from the truth, least: " + worst);
  }

  @Test
  void maskBandsDecideWhatIsNaNAndOnlyTheNamedInterferogramsAreUnwrapped() throws Exception {
    Product stack = SimulatedProducts.stack(SCENE);
    String suffix = suffixes(stack).get(2);
    Band mask = stack.addBand("mask_ifg_" + suffix, ProductData.TYPE_UINT8);
    byte[] m = new byte[SIZE * SIZE];
    for (int i = 0; i < m.length; i++) {
      m[i] = (byte) (i % SIZE < SIZE / 2 ? 1 : 0);
    }
    mask.setRasterData(ProductData.createInstance(ProductData.TYPE_UINT8, m));
    Map<String, Object> params = new HashMap<>();
    params.put("method", "CLASSICAL");
    params.put("interferograms", new String[] {suffix});
    Product target = GPF.createProduct("DL-Unwrap", params, stack);
    List<String> unwrapped = new ArrayList<>();
    for (String name : target.getBandNames()) {
      if (name.startsWith("Unw_Phase_ifg_")) {
        unwrapped.add(name);
      }
    }
    assertEquals(List.of("Unw_Phase_ifg_" + suffix), unwrapped);
    float[] unw = read(target.getBand(unwrapped.get(0)));
    float[] coh = read(stack.getBand("coh_" + suffix));
    for (int i = 0; i < unw.length; i++) {
      assertEquals(m[i] == 0, Float.isNaN(unw[i]), "pixel " + i + " (coherence " + coh[i] + ")");
    }
  }

  @Test
  void detectionsInTheSourceMetadataLimitUnwrappingToPatches() throws Exception {
    Product stack = SimulatedProducts.stack(SCENE);
    MetadataElement detections = new MetadataElement("Detections");
    MetadataElement one = new MetadataElement("detection.1");
    one.setAttributeInt("id", 1);
    one.setAttributeString("class", "subsidence");
    one.setAttributeDouble("score", 0.9);
    one.setAttributeString("bbox_px", "20,30,40,44");
    detections.addElement(one);
    stack.getMetadataRoot().addElement(detections);
    Map<String, Object> params = new HashMap<>();
    params.put("method", "CLASSICAL");
    params.put("margin", 5);
    String suffix = suffixes(stack).get(0);
    params.put("interferograms", new String[] {suffix});
    float[] unw = read(GPF.createProduct("DL-Unwrap", params, stack).getBand("Unw_Phase_ifg_" + suffix));
    float[] coh = read(stack.getBand("coh_" + suffix));
    int inside = 0;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        int i = y * SIZE + x;
        boolean patch = x >= 15 && x < 45 && y >= 25 && y < 49;
        if (!patch) {
          assertTrue(Float.isNaN(unw[i]), "outside the patch at " + x + "," + y);
        } else if (coh[i] >= 0.3f) {
          assertFalse(Float.isNaN(unw[i]), "coherent pixel of the patch not unwrapped at " + x + "," + y);
          inside++;
        }
      }
    }
    assertTrue(inside > 100, "too few coherent pixels in the patch: " + inside);
  }

  @Test
  void detectionsFileCsvIsReadAndAMissingFileIsNamed(@TempDir Path dir) throws Exception {
    Product stack = SimulatedProducts.stack(SCENE);
    String suffix = suffixes(stack).get(0);
    Path csv = dir.resolve("det.detections.csv");
    Files.writeString(csv, "id,class,score,x0,y0,x1,y1,first_near_lon,first_near_lat,first_far_lon,"
        + "first_far_lat,last_far_lon,last_far_lat,last_near_lon,last_near_lat,dates_seen\n"
        + "1,subsidence,0.8000,60,60,70,70,,,,,,,,,\n");
    Map<String, Object> params = new HashMap<>();
    params.put("method", "CLASSICAL");
    params.put("detectionsFile", csv.toFile());
    params.put("margin", 0);
    params.put("interferograms", new String[] {suffix});
    float[] unw = read(GPF.createProduct("DL-Unwrap", params, stack).getBand("Unw_Phase_ifg_" + suffix));
    assertTrue(Float.isNaN(unw[0]));
    int kept = 0;
    for (int i = 0; i < unw.length; i++) {
      kept += Float.isNaN(unw[i]) ? 0 : 1;
    }
    assertTrue(kept > 0 && kept <= 100, "only the 10 x 10 box: " + kept);

    params.put("detectionsFile", dir.resolve("absent.geojson").toFile());
    OperatorException e = assertThrows(OperatorException.class, () -> GPF.createProduct("DL-Unwrap", params, stack));
    assertTrue(e.getMessage().contains("absent.geojson") && e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void aStackWithoutDataIsNamedInOneWarningNotLeftASilentNaNProduct() throws Exception {
    int w = 40;
    int h = 30;
    Product p = org.dlinsar.ifg.StackFixtures.product("empty", w, h);
    org.dlinsar.ifg.StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", new float[w * h], new float[w * h],
        org.dlinsar.ifg.StackFixtures.filled(w * h, 0.9f));
    Map<String, Object> params = new HashMap<>();
    params.put("method", "CLASSICAL");
    try (LogCapture log = LogCapture.warnings()) {
      Product target = GPF.createProduct("DL-Unwrap", params, new Product[] {p},
          new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(16, 16)));
      float[] unwrapped = target.getBand("Unw_Phase_ifg_VV_15Jan2020_27Jan2020")
          .readPixels(0, 0, w, h, new float[w * h]);
      assertTrue(java.util.stream.IntStream.range(0, w * h).allMatch(i -> Float.isNaN(unwrapped[i])));
      assertEquals(List.of("DL-Unwrap: product 'empty': every interferogram of the stack is without data (all NaN or 0):"
          + " i_ifg_VV_15Jan2020_27Jan2020, q_ifg_VV_15Jan2020_27Jan2020; every Unw_Phase_ifg_ band is NaN"),
          log.messages());
    }
  }

  @Test
  void patchesOfAStackWithoutDataGetTheSameOneWarning() throws Exception {
    // before, the watch waited for the whole raster, which unwrapping patches never reads
    int w = 64;
    int h = 48;
    Product p = org.dlinsar.ifg.StackFixtures.product("empty", w, h);
    float[] nan = org.dlinsar.ifg.StackFixtures.filled(w * h, Float.NaN);
    for (String suffix : List.of("VV_15Jan2020_27Jan2020", "VV_27Jan2020_08Feb2020")) {
      org.dlinsar.ifg.StackFixtures.addInterferogram(p, suffix, nan, nan,
          org.dlinsar.ifg.StackFixtures.filled(w * h, 0.9f));
    }
    MetadataElement detections = new MetadataElement("Detections");
    String[] boxes = {"4,4,12,12", "40,30,50,40"}; // two patches apart at margin 4
    for (int k = 0; k < boxes.length; k++) {
      MetadataElement d = new MetadataElement("detection." + (k + 1));
      d.setAttributeInt("id", k + 1);
      d.setAttributeString("class", "subsidence");
      d.setAttributeDouble("score", 0.9);
      d.setAttributeString("bbox_px", boxes[k]);
      detections.addElement(d);
    }
    p.getMetadataRoot().addElement(detections);
    try (LogCapture log = LogCapture.warnings()) {
      Product target = GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL", "margin", 4),
          new Product[] {p}, tiles(16));
      for (String suffix : List.of("VV_15Jan2020_27Jan2020", "VV_27Jan2020_08Feb2020")) {
        float[] unwrapped = read(target.getBand("Unw_Phase_ifg_" + suffix));
        assertTrue(java.util.stream.IntStream.range(0, w * h).allMatch(i -> Float.isNaN(unwrapped[i])));
        read(target.getBand("Unw_Phase_ifg_" + suffix)); // a region read again counts once
      }
      assertEquals(List.of("DL-Unwrap: product 'empty': every interferogram of the stack is without data (all NaN or 0)"
          + " in the patches around the detections: i_ifg_VV_15Jan2020_27Jan2020,"
          + " q_ifg_VV_15Jan2020_27Jan2020, i_ifg_VV_27Jan2020_08Feb2020, q_ifg_VV_27Jan2020_08Feb2020;"
          + " every Unw_Phase_ifg_ band is NaN"), log.messages());
    }
  }

  /**
   * Without detections the whole raster is unwrapped as one array: 46341 x 46341 wrapped its int
   * size negative once the first tile was computed, after the target's header was written. Now
   * refused when the operator is made, naming the size and what to give instead.
   */
  @Test
  void aWholeRasterOverOneArrayIsRefusedBeforeAnyTileIsComputed() {
    for (int[] size : new int[][] {{46341, 46341}, {65536, 65537}}) {
      OperatorException e = assertThrows(OperatorException.class, () -> GPF.createProduct(
          "DL-Unwrap", Map.of("method", "CLASSICAL"),
          org.dlinsar.ifg.StackFixtures.declaredStack("huge", size[0], size[1])));
      String m = e.getMessage();
      assertTrue(m.startsWith("DL-Unwrap: "), m);
      assertTrue(m.contains(size[0] + " x " + size[1] + " (" + (long) size[0] * size[1]
          + " pixels)"), m);
      assertTrue(m.contains("-PdetectionsFile") && m.contains("-PpixelRegion"), m);
      assertEquals(1, m.lines().count(), m);
    }
  }

  @Test
  void methodDlAndUnknownInterferogramsFailWithOneClearLine() {
    Product stack = SimulatedProducts.stack(SCENE);
    OperatorException dl = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Unwrap", Map.of("method", "DL"), stack));
    assertTrue(dl.getMessage().contains("method=DL") && dl.getMessage().contains("CLASSICAL"), dl.getMessage());
    assertFalse(dl.getMessage().contains("\n"));
    OperatorException byDefault = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Unwrap", Map.of(), stack));
    assertEquals(dl.getMessage(), byDefault.getMessage(), "DL is the default method");
    OperatorException unknown = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL", "interferograms",
            new String[] {"01Jan1999_13Jan1999"}), stack));
    assertTrue(unknown.getMessage().contains("'interferograms'") && unknown.getMessage().contains("01Jan1999_13Jan1999"),
        unknown.getMessage());
    assertNull(stack.getBand("Unw_Phase_ifg_01Jan1999_13Jan1999"));
    String suffix = suffixes(stack).get(0);
    OperatorException twice = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL", "interferograms",
            new String[] {suffix, " " + suffix}), stack));
    assertTrue(twice.getMessage().contains("'interferograms' names '" + suffix + "' twice"), twice.getMessage());
  }

  /**
   * The unwrapped regions wait in a file named after this run (so a later run clears it if this
   * one is killed), which disposing of the target deletes: a long service leaves none behind.
   */
  @Test
  void theFileOfUnwrappedRegionsGoesWithTheTarget() throws Exception {
    Product stack = SimulatedProducts.stack(SCENE);
    Product target = GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL"), new Product[] {stack}, tiles(32));
    List<Path> before = spillFiles();
    read(target.getBand("Unw_Phase_ifg_" + suffixes(stack).get(0)));
    List<Path> during = spillFiles();
    during.removeAll(before);
    assertEquals(1, during.size(), "one file of unwrapped regions: " + during);
    assertEquals(8L * SIZE * SIZE, Files.size(during.get(0)),
        "one interferogram unwrapped: its phase and its components, 4 bytes a pixel each");
    target.dispose();
    assertFalse(Files.exists(during.get(0)), during.get(0) + " deleted with the target");
  }

  private static List<Path> spillFiles() throws Exception {
    String prefix = RunOwnedTemp.prefix(UnwrappedSpill.KIND);
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return new ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList());
    }
  }

  private static List<String> suffixes(Product stack) {
    List<String> suffixes = new ArrayList<>();
    for (String name : stack.getBandNames()) {
      if (name.startsWith("i_ifg_")) {
        suffixes.add(name.substring("i_ifg_".length()));
      }
    }
    return suffixes;
  }

  private static float[] read(Band band) throws Exception {
    return (float[]) readAs(band, ProductData.TYPE_FLOAT32);
  }

  private static int[] readInts(Band band) throws Exception {
    return (int[]) readAs(band, ProductData.TYPE_INT32);
  }

  /** The band's pixels in an array of {@code type}. */
  private static Object readAs(Band band, int type) throws Exception {
    int w = band.getRasterWidth();
    int h = band.getRasterHeight();
    ProductData data = ProductData.createInstance(type, w * h);
    band.readRasterData(0, 0, w, h, data);
    return data.getElems();
  }

  private static RenderingHints tiles(int size) {
    return new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(size, size));
  }
}
