package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

class SourceTileBuffersTest {

  private final Band band = new Band("b", ProductData.TYPE_FLOAT32, 64, 64);

  @Test
  void aComputationReusesTheBuffersOfTheLastOneOnItsThread() {
    ProductData first;
    try (SourceTileBuffers.Computation c = SourceTileBuffers.open()) {
      first = SourceTileBuffers.take(band, 7, 9);
    }
    try (SourceTileBuffers.Computation c = SourceTileBuffers.open()) {
      assertSame(first, SourceTileBuffers.take(band, 7, 9));
    }
  }

  @Test
  void buffersLentToAComputationAreNeverHandedOutTwiceBeforeItCloses() {
    try (SourceTileBuffers.Computation c = SourceTileBuffers.open()) {
      ProductData first = SourceTileBuffers.take(band, 8, 4);
      assertNotSame(first, SourceTileBuffers.take(band, 8, 4));
      // a nested computation (an operator image serving a source tile) cannot take them either
      try (SourceTileBuffers.Computation nested = SourceTileBuffers.open()) {
        assertNotSame(first, SourceTileBuffers.take(band, 8, 4));
      }
    }
  }

  @Test
  void outsideAComputationEverySourceTileHasItsOwnBuffer() {
    try (SourceTileBuffers.Computation c = SourceTileBuffers.open()) {
      SourceTileBuffers.take(band, 8, 2);
    }
    ProductData own = SourceTileBuffers.take(band, 8, 2);
    assertNotSame(own, SourceTileBuffers.take(band, 8, 2));
  }

  @Test
  void onlyABufferOfTheSameTypeAndSizeIsReused() {
    ProductData floats;
    try (SourceTileBuffers.Computation c = SourceTileBuffers.open()) {
      floats = SourceTileBuffers.take(band, 16, 3);
    }
    try (SourceTileBuffers.Computation c = SourceTileBuffers.open()) {
      assertNotSame(floats, SourceTileBuffers.take(new Band("i", ProductData.TYPE_INT32, 64, 64), 16, 3));
      assertNotSame(floats, SourceTileBuffers.take(band, 8, 5));
      assertSame(floats, SourceTileBuffers.take(band, 16, 3));
    }
  }
}
