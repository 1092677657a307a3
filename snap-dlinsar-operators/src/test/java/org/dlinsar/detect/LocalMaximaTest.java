package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalMaximaTest {

  @ParameterizedTest(name = "rho {0}")
  @ValueSource(ints = {1, 2, 3, 6, 9, 20}) // 20: a window wider than the row
  void equalsTheBruteForceMaximumOfEverySquareNeighbourhood(int rho) {
    int width = 37;
    int rows = 41;
    Random random = new Random(rho);
    float[] in = new float[width * rows];
    for (int i = 0; i < in.length; i++) {
      in[i] = random.nextFloat();
    }
    float[] alongRows = new float[in.length];
    float[] both = new float[in.length];
    LocalMaxima.alongRows(in, alongRows, width, 0, rows, rho);
    LocalMaxima.alongColumns(alongRows, both, width, rho, rows - rho, rho);

    for (int y = rho; y < rows - rho; y++) {
      for (int x = 0; x < width; x++) {
        float max = 0f;
        for (int k = y - rho; k <= y + rho; k++) {
          for (int j = Math.max(0, x - rho); j <= Math.min(width - 1, x + rho); j++) {
            max = Math.max(max, in[k * width + j]);
          }
        }
        assertEquals(max, both[y * width + x], 0f, "at (" + x + ", " + y + ")");
      }
    }
  }
}
