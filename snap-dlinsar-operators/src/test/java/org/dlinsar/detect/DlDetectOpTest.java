package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Dimension;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelRecord;
import org.dlinsar.inference.ModelsMetadata;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.parts.PartHeap;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.PartedOperator;
import org.dlinsar.parts.Parts;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SeamSpec;
import org.dlinsar.sim.SimulatedProducts;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DlDetectOpTest {

  private static final int W = 160;
  private static final int H = 140;

  @TempDir
  Path dir;

  /** A gradient stack with a slide moving away (phase up) at (40, 50) and one toward at (120, 97). */
  private static Product gradientStack() {
    double[] rate = new double[W * H];
    for (int i = 0; i < rate.length; i++) {
      rate[i] = ArrayFields.blob(i % W, i / W, 40, 50, 4, 20)
          + ArrayFields.blob(i % W, i / W, 120, 97, 7, -30);
    }
    float[][] stack = ArrayFields.gradientStack(rate, W, H, 1.0, 11);
    Product p = StackFixtures.product("stack_grad", W, H);
    StackFixtures.addFloatBand(p, "grad_az", "rad/pixel/year", stack[0]);
    StackFixtures.addFloatBand(p, "grad_rg", "rad/pixel/year", stack[1]);
    int[] count = new int[W * H];
    java.util.Arrays.fill(count, 25);
    Band c = new Band("grad_count", ProductData.TYPE_INT32, W, H);
    c.setRasterData(ProductData.createInstance(count));
    p.addBand(c);
    return p;
  }

  /** The classical method (no model is bundled in this module) in {@code mode}. */
  private static Map<String, Object> params(String mode) {
    Map<String, Object> params = new HashMap<>();
    params.put("mode", mode);
    params.put("method", "CLASSICAL");
    return params;
  }

  @Test
  void findsTheSlidesNumbersThemStrongestFirstAndDrawsTheirIdsInTheirBoxes() throws Exception {
    Product target = GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradientStack());
    List<DetectionsRead.Row> rows = DetectionsRead.from(target);

    assertEquals(2, rows.size(), rows.toString());
    assertEquals(1, rows.get(0).id());
    assertTrue(rows.get(0).score() >= rows.get(1).score());
    assertTrue(rows.stream().allMatch(r -> r.detectionClass().equals("landslide")));
    float[] ids = target.getBand("detection_id").readPixels(0, 0, W, H, new float[W * H]);
    for (DetectionsRead.Row row : rows) {
      PixelBox box = row.box();
      assertEquals(row.id(), ids[(box.y0() + box.y1()) / 2 * W + (box.x0() + box.x1()) / 2], 0);
    }
    assertEquals(0, ids[5 * W + 80], 0, "0 outside the boxes");
    Band boxes = target.getMaskGroup().get("detections");
    ProductData inBoxes = boxes.createCompatibleRasterData(W, H);
    boxes.readRasterData(0, 0, W, H, inBoxes);
    for (int i = 0; i < W * H; i++) {
      assertEquals(ids[i] > 0 ? 255 : 0, inBoxes.getElemIntAt(i), "mask 'detections' at " + i);
    }
    assertTrue(target.containsBand("grad_az"), "source bands carried through");
    MetadataElement detections = target.getMetadataRoot().getElement("Detections");
    assertEquals("LANDSLIDE", detections.getAttributeString("mode"));
    assertEquals(2, detections.getAttributeInt("count"));
    // no interferograms, no dates: no attribute (SNAP stores no empty text)
    assertFalse(detections.getElement("detection.1").containsAttribute("dates_seen"));
    assertTrue(rows.get(0).dates().isEmpty());
  }

  @Test
  void writesTheGeoJsonAndCsvBesideTheTargetTheGraphNames() throws Exception {
    Map<String, Object> params = params("LANDSLIDE");
    params.put("detectionsFile", dir.resolve("out/slides.dim").toFile());
    GPF.createProduct("DL-Detect", params, gradientStack());

    assertTrue(Files.isRegularFile(dir.resolve("out/slides.detections.geojson")));
    List<String> csv = Files.readAllLines(dir.resolve("out/slides.detections.csv"));
    assertEquals(3, csv.size(), "header and two rows");
  }

  @Test
  void withoutDetectionsFileTheFilesGoBesideTheProductAsItIsWritten() throws Exception {
    // CONTRACT.md section 3: by default next to the target product; the writer says where it goes
    Product source = gradientStack();
    GPF.createProduct("DL-Detect", params("LANDSLIDE"), source).getBand("detection_id")
        .readPixels(0, 0, W, H, new float[W * H]);
    try (var nothing = Files.list(dir)) {
      assertEquals(0, nothing.count(), "a product only read (a view) writes no files");
    }

    ProductIO.writeProduct(GPF.createProduct("DL-Detect", params("LANDSLIDE"), source),
        dir.resolve("out/slides.dim").toFile(), "BEAM-DIMAP", false);

    assertEquals(2, new ObjectMapper().readTree(dir.resolve("out/slides.detections.geojson").toFile())
        .get("features").size());
    assertEquals(3, Files.readAllLines(dir.resolve("out/slides.detections.csv")).size(), "header and two rows");
  }

  /**
   * The files go beside the product as SNAP's DIMAP writer names it, whose .dim check is
   * case-sensitive and which drops one trailing dot: slides.DIM is the product slides.DIM
   * (slides.DIM.dim), b. the product b (b.dim), given as detectionsFile or by the writer.
   */
  @Test
  void theFilesGoBesideTheProductAsSnapsDimapWriterNamesIt() throws Exception {
    Map<String, Object> params = params("LANDSLIDE");
    params.put("detectionsFile", dir.resolve("out/slides.DIM").toFile());
    GPF.createProduct("DL-Detect", params, gradientStack());
    Product source = gradientStack();
    for (String name : List.of("b.DIM", "c.")) {
      ProductIO.writeProduct(GPF.createProduct("DL-Detect", params("LANDSLIDE"), source),
          dir.resolve("out").resolve(name).toFile(), "BEAM-DIMAP", false);
    }

    assertTrue(Files.isRegularFile(dir.resolve("out/slides.DIM.detections.geojson")));
    assertTrue(Files.isRegularFile(dir.resolve("out/slides.DIM.detections.csv")));
    assertTrue(Files.isRegularFile(dir.resolve("out/b.DIM.dim")));
    assertTrue(Files.isRegularFile(dir.resolve("out/b.DIM.detections.geojson")));
    assertTrue(Files.isRegularFile(dir.resolve("out/c.dim")));
    assertTrue(Files.isRegularFile(dir.resolve("out/c.detections.geojson")));
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(List.of("b.DIM.data", "b.DIM.detections.csv", "b.DIM.detections.geojson", "b.DIM.dim",
          "c.data", "c.detections.csv", "c.detections.geojson", "c.dim", "slides.DIM.detections.csv",
          "slides.DIM.detections.geojson"), files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aCopyRebuiltToServeALaterStepWritesNoFiles() throws Exception {
    Map<String, Object> params = params("LANDSLIDE");
    params.put("detectionsFile", dir.resolve("rebuilt/slides.dim").toFile());
    Product source = gradientStack();
    OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi("DL-Detect");
    PartRunner replay = new PartRunner() {
      @Override
      public <P extends Serializable> List<P> run(Parts<P> local) {
        return local.computeHere();
      }

      @Override
      public boolean isRebuilt() {
        return true;
      }
    };
    DlDetectOp operator = (DlDetectOp) spi.createOperator(params, Map.of("sourceProduct", source));
    operator.setPartRunner(replay);

    assertEquals(2, DetectionsRead.from(operator.getTargetProduct()).size());
    assertFalse(Files.exists(dir.resolve("rebuilt")), "no GeoJSON or CSV from a rebuilt copy");
  }

  @Test
  void theGradientStackItCarriesIsItsSourcesServedFromMemoryOrReadAgain() throws Exception {
    Product source = gradientStack();
    Product target = GPF.createProduct("DL-Detect", params("LANDSLIDE"), source);
    for (String name : new String[] {"grad_az", "grad_rg", "grad_count"}) {
      float[] expected = source.getBand(name).readPixels(0, 0, W, H, new float[W * H]);
      // the first read is served by what the scan kept; the second, once dropped, by the source
      assertArrayEquals(expected, target.getBand(name).readPixels(0, 0, W, H, new float[W * H]), name);
      assertArrayEquals(expected, target.getBand(name).readPixels(0, 0, W, H, new float[W * H]), name);
    }
  }

  @Test
  void subsidenceOnAStackWithoutDataSaysSoInOneWarning() throws Exception {
    int w = 40;
    int h = 50; // more than one strip of rows is looked at
    Product p = StackFixtures.product("empty", w, h);
    float[] nan = StackFixtures.filled(w * h, Float.NaN);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", nan, nan, StackFixtures.filled(w * h, 0.9f));
    StackFixtures.addInterferogram(p, "VV_27Jan2020_08Feb2020", new float[w * h], new float[w * h], null);
    try (LogCapture log = LogCapture.warnings()) {
      Product target = GPF.createProduct("DL-Detect", params("SUBSIDENCE"), p);
      assertEquals(0, DetectionsRead.from(target).size());
      assertTrue(log.messages().contains("DL-Detect: product 'empty': every interferogram of the stack is without data (all NaN"
          + " or 0): i_ifg_VV_15Jan2020_27Jan2020, q_ifg_VV_15Jan2020_27Jan2020, i_ifg_VV_27Jan2020_08Feb2020,"
          + " q_ifg_VV_27Jan2020_08Feb2020; no bowl can be found"), log.messages().toString());
    }
  }

  @Test
  void aStackOfOneOrTwoInterferogramsCallsItsDetectionsCandidates() throws Exception {
    int w = 40;
    int h = 30;
    String warning = "DL-Detect: 2 interferogram(s): most of their dates are in one pair, whose atmosphere no"
        + " test can tell from ground motion; the detections are candidates to check in more interferograms";
    for (int pairs = 2; pairs <= 3; pairs++) {
      Product p = StackFixtures.product("short", w, h);
      String[] names = {"VV_15Jan2020_27Jan2020", "VV_27Jan2020_08Feb2020", "VV_08Feb2020_20Feb2020"};
      for (int k = 0; k < pairs; k++) {
        StackFixtures.addInterferogram(p, names[k], StackFixtures.filled(w * h, 1), new float[w * h],
            StackFixtures.filled(w * h, 0.9f));
      }
      try (LogCapture log = LogCapture.warnings()) {
        GPF.createProduct("DL-Detect", params("SUBSIDENCE"), p);
        assertEquals(pairs == 2, log.messages().contains(warning), log.messages().toString());
      }
    }
  }

  @Test
  void aStackReferencedToItsFirstDateSaysItsAtmosphereLooksLikeMotion() throws Exception {
    int w = 40;
    int h = 30;
    String[] dates = {"15Jan2020", "27Jan2020", "08Feb2020", "20Feb2020", "03Mar2020"};
    for (int reference : new int[] {0, 2}) {
      Product p = StackFixtures.product("single_reference", w, h);
      for (int d = 0; d < dates.length; d++) {
        if (d != reference) {
          String pair = d < reference ? dates[d] + "_" + dates[reference] : dates[reference] + "_" + dates[d];
          StackFixtures.addInterferogram(p, "VV_" + pair, StackFixtures.filled(w * h, 1),
              new float[w * h], StackFixtures.filled(w * h, 0.9f));
        }
      }
      try (LogCapture log = LogCapture.warnings()) {
        GPF.createProduct("DL-Detect", params("SUBSIDENCE"), p);
        boolean warned = log.messages().stream().anyMatch(m -> m.startsWith(
            "DL-Detect: every interferogram holds 2020-01-15, near an end of the series"));
        assertEquals(reference == 0, warned, log.messages().toString());
      }
    }
  }

  @Test
  void detectionsDoNotDependOnTheTileGrid() throws Exception {
    Product whole = GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradientStack());
    Product source = gradientStack();
    source.setPreferredTileSize(new Dimension(17, 23));
    Product tiled = GPF.createProduct("DL-Detect", params("LANDSLIDE"), source);

    assertEquals(DetectionsRead.from(whole), DetectionsRead.from(tiled));
    assertArrayEquals(whole.getBand("detection_id").readPixels(0, 0, W, H, new float[W * H]),
        tiled.getBand("detection_id").readPixels(0, 0, W, H, new float[W * H]));
  }

  /**
   * The line filter reads windows of the gradient stack around each box, whatever the tiles: on a
   * simulated stack with two seams it drops boxes, and the same ones in any tile grid.
   */
  @Test
  void theLineFilterDoesNotDependOnTheTileGrid() throws Exception {
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(), GPF.createProduct(
        "DL-Mask", Map.of("method", "OTSU"), SimulatedProducts.stack(
            ScenePresets.landslides(2411).withSeams(SeamSpec.atDefaultRate(2)))));
    Map<String, Object> off = params("LANDSLIDE");
    off.put("maxLineShare", 1.0);
    int unfiltered = DetectionsRead.from(GPF.createProduct("DL-Detect", off, copyOf(gradient, null))).size();
    List<DetectionsRead.Row> whole = DetectionsRead.from(
        GPF.createProduct("DL-Detect", params("LANDSLIDE"), copyOf(gradient, null)));
    List<DetectionsRead.Row> tiled = DetectionsRead.from(
        GPF.createProduct("DL-Detect", params("LANDSLIDE"), copyOf(gradient, new Dimension(37, 29))));

    assertTrue(whole.size() < unfiltered, whole.size() + " detections, " + unfiltered + " unfiltered");
    assertEquals(whole, tiled);
  }

  /** The gradient stack's bands in a product of their own, of {@code tile} tiles (null: none said). */
  private static Product copyOf(Product gradient, Dimension tile) throws Exception {
    int w = gradient.getSceneRasterWidth();
    int h = gradient.getSceneRasterHeight();
    Product copy = StackFixtures.product("stack_grad", w, h);
    for (String name : List.of("grad_az", "grad_rg", "grad_count", "grad_stderr")) {
      StackFixtures.addFloatBand(copy, name, "", gradient.getBand(name).readPixels(0, 0, w, h, new float[w * h]));
    }
    if (tile != null) {
      copy.setPreferredTileSize(tile);
    }
    return copy;
  }

  @Test
  void partsComputedByAnotherOperatorOnTheSameSourcesGiveTheSameDetections() throws Exception {
    // wide enough for several strips of the scan; slides on and between the strips' borders
    int width = 2048;
    int height = 420;
    double[] rate = new double[width * height];
    int[][] slides = {{300, 100}, {900, 160}, {1500, 165}, {700, 330}, {1800, 300}};
    for (int i = 0; i < rate.length; i++) {
      for (int[] slide : slides) {
        rate[i] += ArrayFields.blob(i % width, i / width, slide[0], slide[1], 5, 25);
      }
    }
    float[][] stack = ArrayFields.gradientStack(rate, width, height, 1.0, 17);
    Product source = StackFixtures.product("wide_grad", width, height);
    StackFixtures.addFloatBand(source, "grad_az", "rad/pixel/year", stack[0]);
    StackFixtures.addFloatBand(source, "grad_rg", "rad/pixel/year", stack[1]);
    Map<String, Object> params = params("LANDSLIDE");
    params.put("minScore", 0.7); // white noise without counts or interferograms passes 0.5 at times
    OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi("DL-Detect");
    int[] parts = new int[1];
    PartRunner elsewhere = new PartRunner() {
      @Override
      public <P extends Serializable> List<P> run(Parts<P> local) {
        parts[0] = local.count();
        List<P> computed = new ArrayList<>();
        for (int k = 0; k < local.count(); k++) {
          PartedOperator other = (PartedOperator) spi.createOperator(params,
              Map.of("sourceProduct", source));
          @SuppressWarnings("unchecked")
          P part = (P) other.parts().compute(k);
          computed.add(assertDoesNotThrow(() -> Serialization.roundTrip(part)));
        }
        return computed;
      }
    };
    DlDetectOp operator = (DlDetectOp) spi.createOperator(params, Map.of("sourceProduct", source));
    operator.setPartRunner(elsewhere);

    List<DetectionsRead.Row> there = DetectionsRead.from(operator.getTargetProduct());
    List<DetectionsRead.Row> here =
        DetectionsRead.from(GPF.createProduct("DL-Detect", params, source));
    assertTrue(parts[0] >= 3, parts[0] + " strips");
    assertEquals(here, there);
    assertEquals(slides.length, here.size(), here.toString());
    for (int[] slide : slides) {
      assertTrue(here.stream().anyMatch(d -> d.box().x0() <= slide[0] && slide[0] < d.box().x1()
          && d.box().y0() <= slide[1] && slide[1] < d.box().y1()), "slide at " + slide[0] + ", " + slide[1]);
    }
  }

  @Test
  void landslideModeWithoutAGradientStackNamesTheMissingBandsAndWritesNothing() {
    Product stack = StackFixtures.product("ifgs", W, H);
    StackFixtures.addFlatInterferogram(stack, "VV_15Jan2020_27Jan2020", 0.8f);
    Map<String, Object> params = params("LANDSLIDE");
    params.put("detectionsFile", dir.resolve("ifgs_det.dim").toFile());
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params, stack));

    assertTrue(e.getMessage().contains("'grad_az' and 'grad_rg'"), e.getMessage());
    assertTrue(e.getMessage().contains("'ifgs'"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertEquals(0, dir.toFile().list().length, "nothing written");
  }

  @Test
  void aProductNameTooLongForTheDetectionsFilesIsRefusedBeforeTheSourcesAreRead() {
    // 240 bytes: its .data folder fits in the 255 a file name may have, its .detections.geojson does not
    String name = "a".repeat(240);
    Map<String, Object> params = params("LANDSLIDE");
    params.put("detectionsFile", dir.resolve("out/" + name + ".dim").toFile());

    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params, gradientStack()));

    assertTrue(e.getMessage().contains("cannot write detections file " + dir.resolve("out/" + name
        + ".detections.geojson") + ": its name is 259 bytes, more than the 255 a file name may have;"
        + " give a product name of at most 236 bytes, or a shorter .geojson file as detectionsFile"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertEquals(0, dir.toFile().list().length, "nothing written");
    // before the sources are read: a source without a gradient stack is not what is reported
    Product interferograms = StackFixtures.product("ifgs", W, H);
    StackFixtures.addFlatInterferogram(interferograms, "VV_15Jan2020_27Jan2020", 0.8f);
    OperatorException first = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params, interferograms));
    assertTrue(first.getMessage().contains(".detections.geojson: its name is 259 bytes"), first.getMessage());
  }

  /**
   * A gradient stack without grad_stderr (an older Phase-Gradient-Stack's) weighs each rate by the
   * square root of its count; a rate of a single pair weighs nothing, as with the error band: one
   * 12-day pair at the edge of a decorrelated area gives rates up to tens of rad/pixel/year, which
   * made blobs there. Here the second slide's pixels are each one pair's: it is not reported.
   */
  @Test
  void withoutTheErrorBandASinglePairsRateWeighsNothing() throws Exception {
    Product stack = gradientStack();
    int[] count = (int[]) stack.getBand("grad_count").getRasterData().getElems();
    for (int i = 0; i < count.length; i++) {
      if (Math.hypot(i % W - 120, i / W - 97) < 30) {
        count[i] = 1;
      }
    }

    List<DetectionsRead.Row> rows = DetectionsRead.from(GPF.createProduct("DL-Detect", params("LANDSLIDE"), stack));

    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).box().x1() < 80, "the first slide's: " + rows.get(0).box());
  }

  @Test
  void subsidenceModeWithoutInterferogramsSaysSoInOneLine() {
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params("SUBSIDENCE"), gradientStack()));

    assertTrue(e.getMessage().contains("needs wrapped interferograms"), e.getMessage());
    assertTrue(e.getMessage().contains("'stack_grad'"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void methodDlForLandslidesNeedsTheStandardErrorThenTheModel() {
    Map<String, Object> params = params("LANDSLIDE");
    params.put("method", "DL");
    OperatorException bands = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params, gradientStack()));
    assertTrue(bands.getMessage().contains("'grad_stderr'"), bands.getMessage());
    // a stack with the rest of the bands is an older Phase-Gradient-Stack's: run again, not "first"
    assertTrue(bands.getMessage().endsWith("; its gradient stack comes from a version of"
        + " Phase-Gradient-Stack before grad_stderr: run it again on the interferograms, or"
        + " method=CLASSICAL"), bands.getMessage());
    assertEquals(1, bands.getMessage().lines().count());

    // no model is bundled in this module: the registry's reason, naming the task
    Product withError = gradientStack();
    float[] error = new float[W * H];
    java.util.Arrays.fill(error, 0.05f);
    StackFixtures.addFloatBand(withError, "grad_stderr", "rad/pixel/year", error);
    OperatorException model = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params, withError));
    assertTrue(model.getMessage().startsWith("DL-Detect method=DL: no bundled model for task"
        + " 'detect-landslide'"), model.getMessage());
  }

  @Test
  void methodDlForBowlsNeedsInterferogramsThenTheModelAndDlIsTheDefault() {
    Map<String, Object> params = params("SUBSIDENCE");
    params.put("method", "DL");
    OperatorException noInterferograms = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params, gradientStack()));
    assertTrue(noInterferograms.getMessage().contains("needs wrapped interferograms"),
        noInterferograms.getMessage());

    // no model is bundled in this module: the registry's reason, naming the task
    Product interferograms = SimulatedProducts.stack(ScenePresets.mining(1).withSize(48, 48));
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params, interferograms));
    assertTrue(e.getMessage().startsWith("DL-Detect method=DL: no bundled model for task"
        + " 'detect-subsidence'"), e.getMessage());
    assertTrue(e.getMessage().contains("method=CLASSICAL"), e.getMessage());
    // the default is DL: here it asks for what DL reads, not for what CLASSICAL reads
    OperatorException byDefault = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", new HashMap<>(), gradientStack()));
    assertTrue(byDefault.getMessage().startsWith("DL-Detect mode=LANDSLIDE method=DL"),
        byDefault.getMessage());
  }

  /**
   * A 40000 x 40000 frame passes the array limit, but its bowl probability and regions (9 bytes a
   * pixel, 13.4 GiB) ran out of memory on the first interferogram: refused before the network
   * opens, naming the heap to give; a heap whose half holds them takes the frame.
   */
  @Test
  void subsidenceByNetworkOnAFrameOverHalfTheHeapIsRefusedNamingTheHeap() {
    OperatorException e = assertThrows(OperatorException.class,
        () -> SubsidenceRun.checkProbabilityFitsHeap(40000, 40000, 8L << 30));
    assertEquals("DL-Detect mode=SUBSIDENCE method=DL: each interferogram's bowl probability and its regions hold"
        + " 13732 MiB for the 40000 x 40000 frame (9 bytes a pixel), more than half of the 8192 MiB Java heap;"
        + " give Java at least -Xmx34g (bin/dlinsar: JAVA_OPTS=-Xmx34g), process a part of the frame"
        + " (-PpixelRegion=x,y,width,height, or a subset in SNAP), or use method=CLASSICAL, which scans strips"
        + " of rows", e.getMessage());
    SubsidenceRun.checkProbabilityFitsHeap(40000, 40000, 34L << 30);
    SubsidenceRun.checkProbabilityFitsHeap(4000, 4000, 1L << 30);
  }

  /**
   * Under a runner (bin/dlinsar-spark) each task holds one interferogram's probability and
   * regions: measured against the executor's heap over the tasks it runs at once, before any
   * runs (the array limit alone was checked there, and an executor ran out of memory).
   */
  @Test
  void subsidenceByNetworkUnderARunnerIsMeasuredAgainstItsHeapAndTasks() {
    List<String> asked = new ArrayList<>();
    PartHeap executor = new PartHeap("a Spark executor (a task each)", 8L << 30, 2, (all, one, fitting) -> {
      asked.add(all + " " + one + " " + fitting);
      return "give more";
    });
    OperatorException e = assertThrows(OperatorException.class,
        () -> SubsidenceRun.checkProbabilityFitsHeap(20000, 20000, executor));
    assertEquals("DL-Detect mode=SUBSIDENCE method=DL: each interferogram's bowl probability and its regions hold"
        + " 3433 MiB for the 20000 x 20000 frame (9 bytes a pixel); a Spark executor (a task each) computes 2"
        + " at once, of which half of its 8192 MiB Java heap holds 1; give more; or process a part of the frame"
        + " (-PpixelRegion=x,y,width,height), or use method=CLASSICAL, which scans strips of rows", e.getMessage());
    assertEquals(List.of("17g 9g 1"), asked);
    // the heap it names holds both, of which Java reports some 10 % less
    SubsidenceRun.checkProbabilityFitsHeap(20000, 20000,
        new PartHeap("a Spark executor (a task each)", (17L << 30) * 9 / 10, 2, (all, one, fitting) -> "give more"));
  }

  /**
   * DDNet's bowls need each interferogram's whole frame in one array: a frame over 2^31 pixels
   * wrapped the int size negative (46341 x 46341: NegativeArraySizeException) or to a small
   * positive one (65536 x 65537: 65536 samples), after the run had started. Refused in
   * initialize(), naming the frame and the remedy, before the model or any band is read.
   */
  @Test
  void subsidenceByNetworkOnAFrameOverOneArrayIsRefusedBeforeAnythingIsRead() {
    for (int[] size : new int[][] {{46341, 46341}, {65536, 65537}}) {
      Map<String, Object> params = params("SUBSIDENCE");
      params.put("method", "DL");
      params.put("detectionsFile", dir.resolve("huge.geojson").toFile());
      OperatorException e = assertThrows(OperatorException.class,
          () -> GPF.createProduct("DL-Detect", params, StackFixtures.declaredStack("huge", size[0], size[1])));
      String m = e.getMessage();
      assertTrue(m.startsWith("DL-Detect mode=SUBSIDENCE method=DL: "), m);
      assertTrue(m.contains(size[0] + " x " + size[1] + " (" + (long) size[0] * size[1]
          + " pixels)"), m);
      assertTrue(m.contains("-PpixelRegion") && m.contains("method=CLASSICAL"), m);
      assertEquals(1, m.lines().count(), m);
    }
    assertEquals(0, dir.toFile().list().length, "nothing written");
  }

  @Test
  void aRasterSizeMismatchNamesBothProducts() {
    Product small = StackFixtures.product("small", 20, 20);
    OperatorException e = assertThrows(OperatorException.class,
        () -> GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradientStack(), small));
    assertTrue(e.getMessage().contains("'stack_grad'") && e.getMessage().contains("'small'"),
        e.getMessage());
  }

  private static final double GROUND_RANGE = 15;

  /** The gradient stack with an elevation band of the given slope along range, and the spacings. */
  private static Product onTerrain(double slopeDeg) {
    float[] elevation = new float[W * H];
    for (int i = 0; i < elevation.length; i++) {
      elevation[i] = (float) (500 + Math.tan(Math.toRadians(slopeDeg)) * GROUND_RANGE * (i % W));
    }
    return withElevation(elevation);
  }

  /** The gradient stack with this elevation band and the spacings that turn it into slope. */
  private static Product withElevation(float[] elevation) {
    Product p = gradientStack();
    double groundRange = GROUND_RANGE;
    StackFixtures.addFloatBand(p, "elevation", "meters", elevation);
    MetadataElement abs = new MetadataElement("Abstracted_Metadata");
    abs.setAttributeDouble("range_spacing", groundRange * Math.sin(Math.toRadians(39)));
    abs.setAttributeDouble("azimuth_spacing", 14);
    abs.setAttributeDouble("incidence_near", 39);
    abs.setAttributeDouble("incidence_far", 39);
    p.getMetadataRoot().addElement(abs);
    return p;
  }

  @Test
  void aDemInAProductOfItsOwnTakesTheStacksSpacing() throws Exception {
    // the elevation alone in a second source of the same raster, as the operator's sources allow
    Product stack = onTerrain(4);
    Product dem = StackFixtures.product("dem", W, H);
    float[] elevation = stack.getBand("elevation").readPixels(0, 0, W, H, new float[W * H]);
    stack.removeBand(stack.getBand("elevation"));
    StackFixtures.addFloatBand(dem, "elevation", "meters", elevation);

    Product target = GPF.createProduct("DL-Detect", params("LANDSLIDE"), stack, dem);

    assertEquals(0, DetectionsRead.from(target).size(), "both slides on 4 degree ground dropped");
  }

  @Test
  void landslidesOnTerrainFlatterThanMinSlopeAreDropped() throws Exception {
    assertEquals(0, DetectionsRead.from(
        GPF.createProduct("DL-Detect", params("LANDSLIDE"), onTerrain(4))).size());
    assertEquals(2, DetectionsRead.from(
        GPF.createProduct("DL-Detect", params("LANDSLIDE"), onTerrain(25))).size());
    Map<String, Object> gentle = params("LANDSLIDE");
    gentle.put("minSlope", 3.0);
    assertEquals(2, DetectionsRead.from(GPF.createProduct("DL-Detect", gentle, onTerrain(4))).size());
  }

  /** The Detections element says whether the slope filter ran, and on what. */
  @Test
  void theDetectionsSayWhatTheSlopeFilterDid() {
    assertEquals(Optional.of("off: no elevation band"),
        DetectionsRead.slopeFilter(GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradientStack())));
    assertEquals(Optional.of("minSlope 10.0 deg on band 'elevation' of 'stack_grad', ground spacing"
        + " 15.00 x 14.00 m from Abstracted_Metadata, each column's foreshortening undone (a slant-range grid)"),
        DetectionsRead.slopeFilter(GPF.createProduct("DL-Detect", params("LANDSLIDE"), onTerrain(25))));
    Map<String, Object> none = params("LANDSLIDE");
    none.put("minSlope", 0.0);
    assertEquals(Optional.of("off: minSlope 0.0 deg"),
        DetectionsRead.slopeFilter(GPF.createProduct("DL-Detect", none, onTerrain(25))));
  }

  /** The Detections element says whether the line filter ran, and on which gradient stack. */
  @Test
  void theDetectionsSayWhatTheLineFilterDid() {
    assertEquals(Optional.of("maxLineShare 0.3 on the gradient stack of 'stack_grad', lines up to 0 degrees off its"
        + " axes (maxLineTilt)"),
        DetectionsRead.lineFilter(GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradientStack())));
    Product mapGrid = gradientStack();
    MetadataElement terrainCorrected = new MetadataElement("Abstracted_Metadata");
    terrainCorrected.setAttributeInt("is_terrain_corrected", 1);
    mapGrid.getMetadataRoot().addElement(terrainCorrected);
    assertTrue(DetectionsRead.lineFilter(GPF.createProduct("DL-Detect", params("LANDSLIDE"), mapGrid)).orElseThrow()
        .endsWith(", lines up to 20 degrees off its axes (maxLineTilt)"), "a map grid's seams run off its axes");
    Map<String, Object> tilted = params("LANDSLIDE");
    tilted.put("maxLineTilt", 12.0);
    assertTrue(DetectionsRead.lineFilter(GPF.createProduct("DL-Detect", tilted, gradientStack())).orElseThrow()
        .endsWith(", lines up to 12 degrees off its axes (maxLineTilt)"));
    Map<String, Object> off = params("LANDSLIDE");
    off.put("maxLineShare", 1.0);
    assertEquals(Optional.of("off: maxLineShare 1.0"),
        DetectionsRead.lineFilter(GPF.createProduct("DL-Detect", off, gradientStack())));
    Product fringes = SimulatedProducts.stack(ScenePresets.mining(1).withSize(48, 48));
    assertEquals(Optional.of("off: no gradient stack (maxLineShare 0.3)"),
        DetectionsRead.lineFilter(GPF.createProduct("DL-Detect", params("SUBSIDENCE"), fringes)));
  }

  @Test
  void aSlideWhoseSteepMiddleIsASmallPartOfItsBoxIsKept() throws Exception {
    List<DetectionsRead.Row> found = DetectionsRead.from(
        GPF.createProduct("DL-Detect", params("LANDSLIDE"), onTerrain(25)));
    // flat ground, but for a 25-degree ramp over each box's middle third
    float[] elevation = new float[W * H];
    double rise = Math.tan(Math.toRadians(25)) * GROUND_RANGE;
    for (DetectionsRead.Row r : found) {
      PixelBox middle = TerrainSlope.middleThird(r.box());
      for (int y = middle.y0(); y < middle.y1(); y++) {
        for (int x = middle.x0(); x < middle.x1(); x++) {
          elevation[y * W + x] = (float) (rise * (x - middle.x0()));
        }
      }
    }
    for (DetectionsRead.Row r : found) {
      PixelBox grown = r.box().grownWithin(1, W, H);
      float[] window = new float[grown.width() * grown.height()];
      for (int y = grown.y0(); y < grown.y1(); y++) {
        System.arraycopy(elevation, y * W + grown.x0(), window, (y - grown.y0()) * grown.width(),
            grown.width());
      }
      double spacing = GROUND_RANGE;
      assertTrue(TerrainSlope.quantileDegrees(window, grown, grown, spacing, 14,
          TerrainSlope.UPPER_QUARTILE) < 10, "the upper quartile alone would drop " + r.box());
    }
    assertEquals(found.size(), DetectionsRead.from(
        GPF.createProduct("DL-Detect", params("LANDSLIDE"), withElevation(elevation))).size());
  }

  /**
   * The mining stack's gradient stack on flat ground at 200 m, with {@code voidValue} (no
   * no-data value set, as an SRTM or DEM void arrives) over the middle third of each box in
   * {@code voids} less its outer ring, or none.
   */
  private static Product miningOnFlatGround(List<PixelBox> voids, float voidValue) {
    Product stack = SimulatedProducts.stack(ScenePresets.named("mining", 7, 15, 2));
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    float[] elevation = StackFixtures.filled(w * h, 200f);
    for (PixelBox box : voids) {
      PixelBox middle = TerrainSlope.middleThird(box);
      for (int y = middle.y0() + 1; y < middle.y1() - 1; y++) {
        java.util.Arrays.fill(elevation, y * w + middle.x0() + 1, y * w + middle.x1() - 1, voidValue);
      }
    }
    stack.removeBand(stack.getBand("elevation"));
    StackFixtures.addFloatBand(stack, "elevation", "meters", elevation);
    return GPF.createProduct("Phase-Gradient-Stack", Map.of(), stack);
  }

  /**
   * Elevation voids in a band without a no-data value (-32768 as SRTM's, -9999 as many DEMs')
   * are no data to the slope filter: before, their edges read as slopes of nearly 90 degrees and
   * a bowl whose middle held one was dropped as a moving slope.
   */
  @Test
  void elevationVoidsWithoutANoDataValueDoNotChangeTheBowlSlopeFilter() {
    List<PixelBox> flat = DetectionsRead.from(GPF.createProduct("DL-Detect",
        params("SUBSIDENCE"), miningOnFlatGround(List.of(), 0))).stream()
        .map(DetectionsRead.Row::box).toList();
    assertTrue(flat.size() >= 4, "the bowls on flat ground: " + flat);
    for (float voidValue : new float[] {-32768f, -9999f}) {
      List<PixelBox> voided = DetectionsRead.from(GPF.createProduct("DL-Detect",
          params("SUBSIDENCE"), miningOnFlatGround(flat, voidValue))).stream()
          .map(DetectionsRead.Row::box).toList();
      assertEquals(flat, voided, "voids of " + voidValue);
    }
  }

  @Test
  void anExistingDetectionsElementIsReplaced() throws Exception {
    Product once = GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradientStack());
    Product twice = GPF.createProduct("DL-Detect", params("LANDSLIDE"), once);
    assertEquals(1, java.util.Arrays.stream(twice.getMetadataRoot().getElementNames())
        .filter("Detections"::equals).count());
  }

  /**
   * The detection-first chain (CLASSICAL, as no model is bundled here) through Local-SBAS, then
   * DL-Detect again at another minScore: the velocities were solved around the first run's
   * detections, and joined by id they showed detection 1's old velocity for a new box 1.
   */
  @Test
  void reDetectingLeavesOutTheLocalSbasResultsOfTheEarlierDetections() throws Exception {
    Product stack = ProductIO.readProduct(Path.of(System.getProperty("dlinsar.root", ".."),
        "test-products/landslides-256.dim").toFile());
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(),
        GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack));
    Product detected = GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradient);
    Product chain = GPF.createProduct("Local-SBAS",
        Map.of("timeSeriesFile", dir.resolve("chain.timeseries.csv").toFile()), detected);
    assertTrue(chain.getMetadataRoot().getElement("Local_SBAS") != null && chain.containsBand("velocity"));

    Map<String, Object> again = params("LANDSLIDE");
    again.put("minScore", 0.8);
    Product redetected = GPF.createProduct("DL-Detect", again, chain);

    assertFalse(DetectionsRead.from(redetected).isEmpty(), "detections of the new run");
    assertEquals(null, redetected.getMetadataRoot().getElement("Local_SBAS"));
    List<String> sbasBands = java.util.Arrays.stream(redetected.getBandNames())
        .filter(n -> n.equals("velocity") || n.equals("velocity_std") || n.startsWith("disp_") || n.equals("rms_residual")
            || n.equals("temporal_coherence") || n.equals("dem_error")).toList();
    assertEquals(List.of(), sbasBands, "Local-SBAS's bands of the earlier detections");
    assertTrue(redetected.containsBand("grad_az"), "the other bands are carried through");
  }

  /**
   * The detection-first chain on a simulated stack through DL-Unwrap on the patches around the
   * detections, then DL-Detect again at another minScore: the Unw_Phase bands were NaN around
   * the new boxes, and Local-SBAS after it read patches of other detections.
   */
  @Test
  void reDetectingLeavesOutThePatchesDlUnwrapUnwrappedAroundTheEarlierDetections() throws Exception {
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(7).withSize(256, 256));
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(),
        GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack));
    Product detected = GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradient);
    Product unwrapped = GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL"), detected);
    // the record a DL run leaves (no model is bundled in this module)
    ModelsMetadata.put(unwrapped, "DL-Unwrap", new ModelRecord("punet-unwrap", "1.1.0", "unwrap",
        true, "punet-unwrap.onnx", "a".repeat(64), "b".repeat(64), ExecutionProvider.CPU, null));
    List<String> unw = java.util.Arrays.stream(unwrapped.getBandNames())
        .filter(n -> n.startsWith("Unw_Phase_ifg_")).toList();
    assertFalse(unw.isEmpty(), "DL-Unwrap's bands");

    Map<String, Object> again = params("LANDSLIDE");
    again.put("minScore", 0.8);
    Product redetected = GPF.createProduct("DL-Detect", again, unwrapped);

    assertTrue(java.util.Arrays.stream(unwrapped.getBandNames()).anyMatch(n -> n.startsWith("conncomp_ifg_")));
    List<String> left = java.util.Arrays.stream(redetected.getBandNames())
        .filter(n -> n.startsWith("Unw_Phase_ifg_") || n.startsWith("conncomp_ifg_")).toList();
    assertEquals(List.of(), left, "DL-Unwrap's bands of the earlier detections' patches");
    assertNull(ModelsMetadata.of(redetected, "DL-Unwrap"), "a record of a network for bands left out");
    List<String> expected = new ArrayList<>(List.of(detected.getBandNames()));
    expected.removeAll(List.of("detection_id"));
    expected.add("detection_id");
    assertEquals(expected, List.of(redetected.getBandNames()),
        "the interferograms, masks, gradient stack and a new detection_id");
    List<DetectionsRead.Row> rows = DetectionsRead.from(redetected);
    assertFalse(rows.isEmpty(), "detections of the new run");
    assertTrue(rows.size() < DetectionsRead.from(detected).size(), "fewer above minScore 0.8");
    int w = redetected.getSceneRasterWidth();
    float[] ids = redetected.getBand("detection_id").readPixels(0, 0, w,
        redetected.getSceneRasterHeight(), new float[w * redetected.getSceneRasterHeight()]);
    PixelBox box = rows.get(0).box();
    assertEquals(1, ids[(box.y0() + box.y1()) / 2 * w + (box.x0() + box.x1()) / 2], 0);
  }

  @Test
  void reDetectingKeepsTheInterferogramsDlUnwrapUnwrappedWhole() {
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(7).withSize(64, 64));
    String suffix = java.util.Arrays.stream(stack.getBandNames()).filter(n -> n.startsWith("i_ifg_"))
        .findFirst().orElseThrow().substring("i_ifg_".length());
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(),
        GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL", "interferograms",
            new String[] {suffix}), stack));
    Product detected = GPF.createProduct("DL-Detect", params("LANDSLIDE"), gradient);
    assertTrue(detected.containsBand("Unw_Phase_ifg_" + suffix), "unwrapped without detections");
    assertTrue(detected.containsBand("conncomp_ifg_" + suffix), "its components");
  }

  @Test
  void aVelocityBandLocalSbasDidNotMakeIsCarriedThrough() {
    Product p = gradientStack();
    StackFixtures.addFloatBand(p, "velocity", "mm/year", new float[W * H]);
    p.getBand("velocity").setDescription("DL-Simulate-Stack TRUTH: true LOS velocity");
    assertTrue(GPF.createProduct("DL-Detect", params("LANDSLIDE"), p).containsBand("velocity"));
  }

  @Test
  void anElevationBandSmallerThanTheSceneIsRefusedNamingItAndBothSizes() {
    Product p = onTerrain(25);
    p.removeBand(p.getBand("elevation"));
    Band small = new Band("elevation", ProductData.TYPE_FLOAT32, W / 2, H / 2);
    small.setRasterData(ProductData.createInstance(new float[(W / 2) * (H / 2)]));
    p.addBand(small);

    OperatorException e = assertThrows(OperatorException.class,
        () -> DetectionsRead.from(GPF.createProduct("DL-Detect", params("LANDSLIDE"), p)));

    String m = e.getMessage();
    assertTrue(m.contains("band 'elevation' of product 'stack_grad'") && m.contains((W / 2) + " x " + (H / 2))
        && m.contains(W + " x " + H), m);
  }

  /**
   * Mode SUBSIDENCE on a simulated mining stack whose interferograms are conjugated (exact
   * uplift: its five bowls become rising domes): no bowl, in the gradient stack or on the fringes
   * alone. Without the rising-ground test ({@link OppositeCore}) the domes' rings were 7 bowls
   * (gradient stack) and 2 (fringes). The same stack unflipped still finds its bowls.
   */
  @Test
  void risingDomesAreNoSubsidence() throws Exception {
    Product uplift = SimulatedProducts.conjugated(ScenePresets.named("mining", 7, 15, 2));
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(), uplift);
    List<DetectionsRead.Row> inStack = DetectionsRead.from(
        GPF.createProduct("DL-Detect", params("SUBSIDENCE"), gradient));
    List<DetectionsRead.Row> inFringes = DetectionsRead.from(
        GPF.createProduct("DL-Detect", params("SUBSIDENCE"), uplift));
    assertEquals(List.of(), inStack.stream().map(DetectionsRead.Row::box).toList(),
        "gradient stack");
    assertEquals(List.of(), inFringes.stream().map(DetectionsRead.Row::box).toList(), "fringes");

    Product mining = GPF.createProduct("Phase-Gradient-Stack", Map.of(),
        SimulatedProducts.stack(ScenePresets.named("mining", 7, 15, 2)));
    assertTrue(DetectionsRead.from(GPF.createProduct("DL-Detect", params("SUBSIDENCE"), mining))
        .size() >= 4, "the bowls unflipped");
  }
}
