package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.inference.ModelSessions;
import org.dlinsar.inference.TiledInference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bundled model's card halo covers how far the network reaches (CONTRACT.md section 8):
 * changing an input column just beyond the halo from an output column leaves that column's
 * outputs bit for bit as they were, so tiles cut with the card's halo give the whole raster's
 * values. PUNet 1.1.0's card said 128 where the network reaches 130: the training script measured
 * the reach from the middle of a 257-pixel image, which cannot see past 128.
 */
class BundledModelsReachTest {

  private static final int SIZE = 512;
  private static final int COLUMN = 120;

  @ParameterizedTest
  @ValueSource(strings = {ModelResolver.MASK, ModelResolver.DETECT_LANDSLIDE,
      ModelResolver.DETECT_SUBSIDENCE, ModelResolver.UNWRAP})
  void inputsBeyondTheCardsHaloDoNotReachAnOutput(String task) {
    // the JVM's shared session: not closed here, other tests run it
    ModelSession session = ModelSessions.forTask(task, "", null, ExecutionProvider.CPU);
    int halo = session.card().tile().halo();
    float[][] input = randomPlanes(session.card().input().channels());
    float[] before = column(run(session, input), COLUMN);

    for (int beyond = halo + 1; beyond <= halo + 8; beyond++) {
      assertArrayEquals(before, column(run(session, perturbed(input, COLUMN + beyond)), COLUMN),
          task + ": a change " + beyond + " px away, beyond the halo of " + halo + ", reached the output");
    }
    assertFalse(Arrays.equals(before, column(run(session, perturbed(input, COLUMN + 1)), COLUMN)),
        task + ": a change next to the column should reach it");
  }

  /** Each channel about as its card's normalisation expects it: mean + std * N(0, 1). */
  private static float[][] randomPlanes(List<ModelCard.Channel> channels) {
    SplittableRandom random = new SplittableRandom(7);
    float[][] planes = new float[channels.size()][SIZE * SIZE];
    for (int c = 0; c < planes.length; c++) {
      ModelCard.Channel channel = channels.get(c);
      for (int i = 0; i < planes[c].length; i++) {
        planes[c][i] = (float) (channel.mean() + channel.std() * gaussian(random));
      }
    }
    return planes;
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static float[][] perturbed(float[][] input, int x) {
    float[][] copy = new float[input.length][];
    for (int c = 0; c < input.length; c++) {
      copy[c] = input[c].clone();
      for (int y = 0; y < SIZE; y++) {
        copy[c][y * SIZE + x] = -copy[c][y * SIZE + x];
      }
    }
    return copy;
  }

  private static float[][] run(ModelSession session, float[][] input) {
    float[][] output = new float[session.card().output().channels().size()][SIZE * SIZE];
    new TiledInference(session).run(input, SIZE, SIZE, output);
    return output;
  }

  private static float[] column(float[][] output, int x) {
    float[] values = new float[output.length * SIZE];
    for (int c = 0; c < output.length; c++) {
      for (int y = 0; y < SIZE; y++) {
        values[c * SIZE + y] = output[c][y * SIZE + x];
      }
    }
    return values;
  }
}
