package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiled inference with the tiny net of make_test_fixture.py, whose receptive radius (2 pixels)
 * fits the card's halo (4).
 */
class TiledInferenceTest {

  private static final int W = 150;
  private static final int H = 97;

  @TempDir
  Path dir;

  private ModelSession session;

  @BeforeEach
  void open() {
    session = ModelFixtures.open(ModelFixtures.tinyFcn(dir));
  }

  @AfterEach
  void close() {
    session.close();
  }

  /**
   * A user's model whose card names its output a probability but which gives logits (exported
   * without its sigmoid) is named with the value, where DL-Mask thresholded logits at 0.5 without
   * a word; the same model under a card naming a plain score runs.
   */
  @Test
  void aProbabilityOutsideZeroToOneIsRefusedNamingTheModel() {
    Path logits = ModelFixtures.write(dir, "logits.onnx", PointwiseModel.withWeightsInside(), card ->
        ((com.fasterxml.jackson.databind.node.ArrayNode) card.with("output").withArray("channels"))
            .removeAll().add("coherent_probability"));
    float[][] input = {filled(4f), filled(0.5f)};
    try (ModelSession probability = ModelFixtures.open(logits)) {
      ModelException e = assertThrows(ModelException.class,
          () -> new TiledInference(probability).run(input, 8, 8, new float[1][64]));
      assertTrue(e.getMessage().startsWith("model tiny-fcn 1.0.0 (" + logits + ") outputs 3.0 in channel"
          + " 'coherent_probability', which its card names a probability, 0 to 1"), e.getMessage());
    }
    Path scores = ModelFixtures.write(dir, "scores.onnx", PointwiseModel.withWeightsInside(), card -> { });
    try (ModelSession score = ModelFixtures.open(scores)) {
      float[][] out = new float[1][64];
      new TiledInference(score).run(input, 8, 8, out);
      assertEquals(3f, out[0][0], 1e-5f);
    }
  }

  private static float[] filled(float value) {
    float[] plane = new float[64];
    java.util.Arrays.fill(plane, value);
    return plane;
  }

  @Test
  void smallTilesGiveTheWholeRasterResult() {
    float[][] input = seededInput(7);
    float[] whole = run(new ModelCard.Tile(256, 4, 1), input);
    for (ModelCard.Tile tiles : List.of(new ModelCard.Tile(24, 4, 4), new ModelCard.Tile(13, 4, 3),
        new ModelCard.Tile(64, 4, 4))) {
      float[] tiled = run(tiles, input);
      assertEquals(0, maxDifference(whole, tiled), 1e-5, "tiles of " + tiles.size());
    }
  }

  @Test
  void aHaloShorterThanTheReceptiveFieldShowsSeams() {
    // proves the comparison above can fail: without a halo, tile edges see the net's padding
    float[][] input = seededInput(7);
    float[] whole = run(new ModelCard.Tile(256, 4, 1), input);
    float[] seamed = run(new ModelCard.Tile(24, 0, 4), input);
    assertTrue(maxDifference(whole, seamed) > 1e-3, "difference " + maxDifference(whole, seamed));
  }

  @Test
  void aPoolingNetworkTiledOnItsStrideGivesTheWholeRasterResult() {
    // tiny-pool is a two-level UNet: tiles off its stride of 4 see another pooling grid
    float[][] input = seededInput(17);
    try (ModelSession pool = openTinyPool()) {
      assertEquals(new ModelCard.Tile(96, 16, 2, 4), pool.card().tile(), "the card's stride is read");
      float[] whole = run(pool, new ModelCard.Tile(256, 16, 1, 4), input);
      for (ModelCard.Tile tiles : List.of(pool.card().tile(), new ModelCard.Tile(64, 16, 3, 4),
          new ModelCard.Tile(72, 16, 1, 4))) {
        float[] tiled = run(pool, tiles, input);
        assertEquals(0, maxDifference(whole, tiled), 1e-5, "tiles of " + tiles.size());
      }
      // the same tiles with their starts off the stride: the check above can fail
      float[] offStride = run(pool, new ModelCard.Tile(64, 16, 3), input);
      assertTrue(maxDifference(whole, offStride) > 1e-3, "difference " + maxDifference(whole, offStride));
    }
  }

  @Test
  void aModelOfFixedShapeGivesTheSameResult() {
    // [4, 2, 64, 64]: 3 x 2 tiles of the card's 64 pixels, the second batch padded to 4 tiles
    float[][] input = seededInput(9);
    float[] free = run(new ModelCard.Tile(256, 4, 1), input);
    try (ModelSession fixed = ModelFixtures.open(ModelFixtures.write(dir, "fixed.onnx",
        ModelFixtures.bytes("tiny-fcn-fixed.onnx"), card -> {}))) {
      assertEquals(4, fixed.layout().fixedBatch());
      float[] out = new float[W * H];
      new TiledInference(fixed).run(input, W, H, new float[][] {out});
      assertEquals(0, maxDifference(free, out), 1e-5);
    }
  }

  @Test
  void aModelOfFixedShapeTakesARasterSmallerThanItsTile() {
    // the tile reaches past the raster, whose far edges then differ from the network's own
    // padding: equal to the whole-raster result up to the receptive radius (2) from them
    int w = 40;
    int h = 30;
    float[][] input = seededInput(13);
    float[][] small = {Arrays.copyOf(input[0], w * h), Arrays.copyOf(input[1], w * h)};
    float[] free = new float[w * h];
    new TiledInference(session).run(small, w, h, new float[][] {free});
    try (ModelSession fixed = ModelFixtures.open(ModelFixtures.write(dir, "fixed.onnx",
        ModelFixtures.bytes("tiny-fcn-fixed.onnx"), card -> {}))) {
      float[] out = new float[w * h];
      new TiledInference(fixed).run(small, w, h, new float[][] {out});
      for (int y = 0; y < h - 2; y++) {
        for (int x = 0; x < w - 2; x++) {
          assertEquals(free[y * w + x], out[y * w + x], 1e-5, "pixel " + x + ", " + y);
        }
      }
    }
  }

  @Test
  void theCardsNormalisationIsApplied() {
    // the card: cos_phase (0, 1), coherence (0.5, 0.25); the same net with mean 0, std 1 must
    // give the same result on inputs normalised by hand
    float[][] input = seededInput(3);
    float[] byCard = run(session.card().tile(), input);
    Path identity = ModelFixtures.write(dir, "identity.onnx",
        ModelFixtures.bytes(ModelFixtures.TINY_FCN), card -> {
          for (var channel : card.get("input").withArray("channels")) {
            ((ObjectNode) channel).put("mean", 0.0).put("std", 1.0);
          }
        });
    float[][] normalised = {input[0].clone(), input[1].clone()};
    for (int i = 0; i < W * H; i++) {
      normalised[1][i] = (input[1][i] - 0.5f) / 0.25f;
    }
    try (ModelSession plain = ModelFixtures.open(identity)) {
      float[] out = new float[W * H];
      new TiledInference(plain).run(normalised, W, H, new float[][] {out});
      assertEquals(0, maxDifference(byCard, out), 1e-5);
      assertTrue(maxDifference(byCard, run(session.card().tile(), normalised)) > 1e-3,
          "normalising twice must differ, else the check above proves nothing");
    }
  }

  @Test
  void noDataBecomesTheChannelMean() {
    float[][] input = seededInput(5);
    float[][] withNaN = {input[0].clone(), input[1].clone()};
    withNaN[1][40 * W + 40] = Float.NaN;
    float[][] withMean = {input[0].clone(), input[1].clone()};
    withMean[1][40 * W + 40] = 0.5f;
    float[] a = run(session.card().tile(), withNaN);
    assertArrayEquals(run(session.card().tile(), withMean), a);
    for (float v : a) {
      assertTrue(Float.isFinite(v));
    }
  }

  @Test
  void anInfiniteInputIsNoDataToo() {
    // CONTRACT.md section 1: an infinite sample is no data; passed on, one infinite coherence
    // made every output of its tile NaN, and the run failed blaming the model
    float[][] input = seededInput(5);
    float[][] withInfinity = {input[0].clone(), input[1].clone()};
    withInfinity[1][40 * W + 40] = Float.POSITIVE_INFINITY;
    withInfinity[0][10 * W + 20] = Float.NEGATIVE_INFINITY;
    float[][] withNaN = {input[0].clone(), input[1].clone()};
    withNaN[1][40 * W + 40] = Float.NaN;
    withNaN[0][10 * W + 20] = Float.NaN;
    assertArrayEquals(run(session.card().tile(), withNaN), run(session.card().tile(), withInfinity));
  }

  @Test
  void threadsSharingTheSessionGetTheSameResult() throws Exception {
    float[][] input = seededInput(11);
    float[] expected = run(session.card().tile(), input);
    TiledInference shared = new TiledInference(session);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<float[]>> runs = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        runs.add(pool.submit(() -> {
          float[] out = new float[W * H];
          shared.run(input, W, H, new float[][] {out});
          return out;
        }));
      }
      for (Future<float[]> run : runs) {
        assertArrayEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aThreadReusesItsTensorBuffersFromRunToRun() {
    TiledInference inference = new TiledInference(session);
    float[][] input = seededInput(2);
    float[] out = new float[W * H];
    inference.run(input, W, H, new float[][] {out});
    TileBuffers buffers = inference.buffersOfThisThread();
    var tensorIn = buffers.input();
    var tensorOut = buffers.output();
    assertTrue(tensorIn.isDirect() && tensorOut.isDirect(), "ONNX Runtime reads them in place");
    inference.run(seededInput(4), W, H, new float[][] {out});
    assertSame(tensorIn, inference.buffersOfThisThread().input());
    assertSame(tensorOut, inference.buffersOfThisThread().output());
  }

  @Test
  void rejectsPlanesThatDoNotFitTheCard() {
    TiledInference inference = new TiledInference(session);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> inference.run(new float[][] {new float[W * H]}, W, H, new float[][] {new float[W * H]}));
    assertTrue(e.getMessage().contains("input has 1 planes; the model's card expects 2"), e.getMessage());
  }

  private float[] run(ModelCard.Tile tile, float[][] input) {
    return run(session, tile, input);
  }

  private static float[] run(ModelSession model, ModelCard.Tile tile, float[][] input) {
    float[] out = new float[W * H];
    new TiledInference(model, tile).run(input, W, H, new float[][] {out});
    return out;
  }

  /** tiny-pool.onnx with the tiny-fcn card, its tile of stride 4 and halo 16. */
  private ModelSession openTinyPool() {
    return ModelFixtures.open(ModelFixtures.write(dir, "tiny-pool.onnx",
        ModelFixtures.bytes("tiny-pool.onnx"), card -> card.putObject("tile").put("size", 96)
            .put("halo", 16).put("batch", 2).put("stride", 4)));
  }

  /** cos of a seeded phase and a coherence in 0..1, the fixture card's channels. */
  private static float[][] seededInput(long seed) {
    Random random = new Random(seed);
    float[][] planes = new float[2][W * H];
    for (int i = 0; i < W * H; i++) {
      planes[0][i] = (float) Math.cos(random.nextDouble() * 2 * Math.PI);
      planes[1][i] = random.nextFloat();
    }
    return planes;
  }

  private static double maxDifference(float[] a, float[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }
}
