package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** 4-connected regions of equal values. */
class PixelRegionsTest {

  private static PixelRegions regionsOf(int[] values, int width) {
    return PixelRegions.of(width, values.length / width, i -> values[i] >= 0,
        (seed, i) -> values[i] == values[seed]);
  }

  @Test
  void theLargestRegionNeedNotBeTheFirstInScanOrder() {
    // a small corner region, then the large one around it, then one of no members (-1)
    int[] values = {
        7, 7, 2, 2, 2,
        7, 2, 2, 2, 2,
        2, 2, -1, 2, 2,
        2, 2, 2, 2, 5};

    PixelRegions regions = regionsOf(values, 5);

    assertEquals(3, regions.count());
    assertArrayEquals(new int[] {3, 15, 1}, Arrays.copyOf(regions.sizes(), 3));
    assertEquals(1, regions.largest());
    assertEquals(-1, regions.label()[12]);
  }

  @Test
  void ofRegionsTiedInSizeTheFirstIsTheLargest() {
    int[] values = {
        1, 1, 4,
        3, 3, 4};

    PixelRegions regions = regionsOf(values, 3);

    assertEquals(3, regions.count());
    assertEquals(0, regions.largest());
  }
}
