package org.dlinsar.inference;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a model over a raster of any size in overlapping tiles, batched, and blends the tiles'
 * outputs (see {@link TileAxis}), so that the result does not depend on the tiling as long as the
 * card's halo covers the network's receptive radius. Tile size, halo, batch and the input
 * normalisation come from the model's card.
 *
 * <p>Input channels are normalised as {@code (value - mean) / std} of the card; NaN or infinite
 * (no data, CONTRACT.md section 1) becomes 0 after normalisation, the channel's mean. Thread-safe: each thread has its own tensor
 * buffers ({@link TileBuffers}) per model session, reused from batch to batch and by every
 * operator instance that runs the model (an operator makes its network anew on each run).
 */
public final class TiledInference {

  private final ModelSession session;
  private final ModelCard.Tile tile;
  private final float[] mean;
  private final float[] scale;

  /** @param session the model, whose card gives tile, halo, batch and normalisation */
  public TiledInference(ModelSession session) {
    this(session, session.card().tile());
  }

  /** As above with another tiling than the card's (tests, benchmarks). */
  TiledInference(ModelSession session, ModelCard.Tile tile) {
    this.session = session;
    this.tile = tile;
    List<ModelCard.Channel> channels = session.card().input().channels();
    mean = new float[channels.size()];
    scale = new float[channels.size()];
    for (int c = 0; c < channels.size(); c++) {
      mean[c] = (float) channels.get(c).mean();
      scale[c] = (float) (1.0 / channels.get(c).std());
    }
  }

  /**
   * @param input one row-major plane of {@code width * height} per input channel of the card, in
   *     its order; not modified
   * @param width raster width, pixels
   * @param height raster height, pixels
   * @param output one plane of {@code width * height} per output channel of the card; modified
   * @throws IllegalArgumentException when the planes do not match the card or the raster size
   */
  public void run(float[][] input, int width, int height, float[][] output) {
    checkPlanes("input", input, mean.length, width, height);
    checkPlanes("output", output, session.layout().outputChannels(), width, height);
    TensorLayout layout = session.layout();
    TileAxis xAxis = new TileAxis(width, tileLength(width, layout.fixedWidth()), tile.halo(),
        tile.stride());
    TileAxis yAxis = new TileAxis(height, tileLength(height, layout.fixedHeight()), tile.halo(),
        tile.stride());
    int tiles = xAxis.count() * yAxis.count();
    int batch = layout.fixedBatch() > 0 ? layout.fixedBatch() : Math.min(tile.batch(), tiles);
    int tileArea = xAxis.tile() * yAxis.tile();
    TileBuffers tb = session.buffersOfThisThread().ensure(batch * input.length * tileArea,
        batch * output.length * tileArea, xAxis.tile());
    for (float[] plane : output) {
      Arrays.fill(plane, 0f);
    }
    for (int first = 0; first < tiles; first += batch) {
      int n = Math.min(batch, tiles - first);
      for (int k = 0; k < n; k++) {
        int t = first + k;
        fillTile(input, width, height, xAxis, yAxis, t % xAxis.count(), t / xAxis.count(), k, tb);
      }
      int runBatch = layout.fixedBatch() > 0 ? batch : n;
      session.run(tb.input(), tb.output(), runBatch, yAxis.tile(), xAxis.tile());
      for (int k = 0; k < n; k++) {
        int t = first + k;
        addTile(output, width, height, xAxis, yAxis, t % xAxis.count(), t / xAxis.count(), k, tb);
      }
    }
    divideByWeights(output, width, height, xAxis, yAxis);
    checkProbabilities(output);
  }

  /** Slack for a sigmoid's output after the tiles' weighted blend. */
  private static final float PROBABILITY_SLACK = 1e-3f;

  /**
   * Refuses an output channel the card names a probability ({@code *_probability}, {@code
   * objectness}) holding a value outside 0..1: a network exported without its final sigmoid gives
   * logits, which DL-Mask thresholded at 0.5 without a word and DL-Detect refused as a score, in a
   * line naming no model.
   */
  private void checkProbabilities(float[][] output) {
    List<String> names = session.card().output().channels();
    for (int c = 0; c < output.length && c < names.size(); c++) {
      String name = names.get(c);
      if (!name.endsWith("probability") && !name.equals("objectness")) {
        continue;
      }
      for (float v : output[c]) {
        if (v < -PROBABILITY_SLACK || v > 1 + PROBABILITY_SLACK) {
          throw new ModelException("model " + session.card().name() + " " + session.card().version()
              + " (" + session.location() + ") outputs " + v + " in channel '" + name + "', which its card"
              + " names a probability, 0 to 1: expected the network to end in a sigmoid (one exported"
              + " without it gives logits)");
        }
      }
    }
  }

  /** @return the calling thread's tensor buffers (tests: they are reused, not reallocated) */
  TileBuffers buffersOfThisThread() {
    return session.buffersOfThisThread();
  }

  /**
   * Free tile sides shrink to the raster, and where the raster needs several tiles to the fewest
   * that need that many, rounded up to a multiple of 8 (a tile of the card's size on a raster a
   * little longer than it would have its neighbour overlap it almost whole), then up (or down,
   * past the card's size) by less than a stride so that the last tile, ending at the raster's
   * edge, starts on the stride; a model of fixed size keeps its own.
   */
  private int tileLength(int rasterLength, int fixed) {
    if (fixed > 0) {
      return fixed;
    }
    if (tile.size() >= rasterLength) {
      return rasterLength;
    }
    int context = 3 * tile.halo();
    int count = ceilDiv(rasterLength - context, tile.size() - context);
    int balanced = ceilDiv(rasterLength - context, count) + context;
    int length = Math.min(tile.size(), ceilDiv(balanced, 8) * 8);
    int stride = tile.stride();
    length += Math.floorMod(rasterLength - length, stride);
    return length > tile.size() ? length - stride : length;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private void fillTile(float[][] input, int width, int height, TileAxis xAxis, TileAxis yAxis,
      int i, int j, int slot, TileBuffers tb) {
    int tw = xAxis.tile();
    int th = yAxis.tile();
    int x0 = xAxis.start(i);
    int y0 = yAxis.start(j);
    int inside = Math.min(tw, width - x0);
    float[] row = tb.row();
    FloatBuffer buffer = tb.input();
    for (int c = 0; c < input.length; c++) {
      int base = (slot * input.length + c) * th * tw;
      for (int v = 0; v < th; v++) {
        int y = y0 + v;
        Arrays.fill(row, 0, tw, 0f);
        if (y < height) {
          float[] plane = input[c];
          int offset = y * width + x0;
          for (int u = 0; u < inside; u++) {
            float value = (plane[offset + u] - mean[c]) * scale[c];
            row[u] = Float.isFinite(value) ? value : 0f;
          }
        }
        buffer.put(base + v * tw, row, 0, tw);
      }
    }
  }

  private static void addTile(float[][] output, int width, int height, TileAxis xAxis,
      TileAxis yAxis, int i, int j, int slot, TileBuffers tb) {
    int tw = xAxis.tile();
    int th = yAxis.tile();
    int x0 = xAxis.start(i);
    int y0 = yAxis.start(j);
    int inside = Math.min(tw, width - x0);
    int rows = Math.min(th, height - y0);
    float[] row = tb.row();
    float[] wx = xAxis.weights(i);
    FloatBuffer buffer = tb.output();
    for (int c = 0; c < output.length; c++) {
      int base = (slot * output.length + c) * th * tw;
      float[] plane = output[c];
      for (int v = 0; v < rows; v++) {
        float wy = yAxis.weight(j, v);
        if (wy == 0f) {
          continue;
        }
        buffer.get(base + v * tw, row, 0, tw);
        int offset = (y0 + v) * width + x0;
        for (int u = 0; u < inside; u++) {
          plane[offset + u] += wy * wx[u] * row[u];
        }
      }
    }
  }

  private static void divideByWeights(float[][] output, int width, int height, TileAxis xAxis,
      TileAxis yAxis) {
    if (xAxis.count() == 1 && yAxis.count() == 1) {
      return; // one tile weighs 1 everywhere
    }
    for (float[] plane : output) {
      for (int y = 0; y < height; y++) {
        float wy = yAxis.totalWeight(y);
        for (int x = 0; x < width; x++) {
          plane[y * width + x] /= wy * xAxis.totalWeight(x);
        }
      }
    }
  }

  private static void checkPlanes(String role, float[][] planes, int expected, int width, int height) {
    if (planes.length != expected) {
      throw new IllegalArgumentException(role + " has " + planes.length + " planes; the model's"
          + " card expects " + expected);
    }
    for (int c = 0; c < planes.length; c++) {
      if (planes[c].length != width * height) {
        throw new IllegalArgumentException(role + " plane " + c + " holds " + planes[c].length
            + " samples; expected " + width + " x " + height + " = " + width * height);
      }
    }
  }
}
