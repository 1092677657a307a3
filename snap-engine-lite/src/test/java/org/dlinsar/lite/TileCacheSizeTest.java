package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TileCacheSizeTest {

  @AfterEach
  void clearProperty() {
    System.clearProperty(TileCacheSize.PROPERTY);
  }

  @Test
  void unsetIsGptsDefaultButNeverMoreThanAQuarterOfTheHeap() {
    System.clearProperty(TileCacheSize.PROPERTY);

    assertEquals(Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4), TileCacheSize.bytes());
  }

  @Test
  void snapsPropertyGivesMegabytesEvenAboveTheHeap() {
    System.setProperty(TileCacheSize.PROPERTY, "4096");

    assertEquals(4096L << 20, TileCacheSize.bytes());
  }

  @Test
  void aPropertyThatIsNoSizeFallsBackToTheDefault() {
    System.setProperty(TileCacheSize.PROPERTY, "lots");

    assertEquals(Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4), TileCacheSize.bytes());
  }
}
