package org.dlinsar.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchArgumentsTest {

  private static final String USAGE = "bench/detect.sh [width height interferograms repeats warmups]";

  @Test
  void countsAreReadOrTakenFromTheirDefault() {
    BenchArguments a = new BenchArguments(USAGE, new String[] {"128", "96"});
    assertEquals(128, a.positive(0, "width", 1024));
    assertEquals(96, a.positive(1, "height", 1024));
    assertEquals(32, a.positive(2, "interferograms", 32));
    assertArrayEquals(new int[] {64, 128}, new BenchArguments(USAGE, new String[] {"64, 128"})
        .positives(0, "sizes", "1024"));
    assertArrayEquals(new long[] {-3, 7}, new BenchArguments(USAGE, new String[] {"x", "-3", "7"})
        .seedsFrom(1, "seed", 1, 2));
  }

  @Test
  void aBadArgumentIsOneLineNamingItAndTheUsage() {
    BenchArguments a = new BenchArguments(USAGE, new String[] {"abc", "128", "4", "0"});
    assertEquals("bench/detect.sh: width must be an integer of at least 1, got 'abc'; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class, () -> a.positive(0, "width", 1024)).getMessage());
    // a count of 0 printed a table of nothing, or failed in an empty median
    assertEquals("bench/detect.sh: repeats must be an integer of at least 1, got '0'; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class, () -> a.positive(3, "repeats", 3)).getMessage());
    assertEquals("bench/detect.sh: sizes must be an integer of at least 1, got ''; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class,
            () -> new BenchArguments(USAGE, new String[] {"1024,"}).positives(0, "sizes", "1")).getMessage());
    assertEquals("bench/detect.sh: mode must be one of [LANDSLIDE, SUBSIDENCE], got 'landslide'; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class, () -> new BenchArguments(USAGE, new String[] {"landslide"})
            .oneOf(0, "mode", List.of("LANDSLIDE", "SUBSIDENCE"))).getMessage());
    assertEquals("bench/detect.sh: folder is missing; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class, () -> a.text(4, "folder")).getMessage());
    assertEquals("bench/detect.sh: firstSeed must be an integer, got 'x'; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class,
            () -> new BenchArguments(USAGE, new String[] {"x"}).seed(0, "firstSeed", 1)).getMessage());
  }

  @Test
  void aMainRunByJavaShIsNamedWithItsClass() {
    String usage = "bench/java.sh MissedSites preset LANDSLIDE|SUBSIDENCE firstSeed seeds minScore";
    BenchArguments a = new BenchArguments(usage, new String[] {"mixed", "LANDSLIDE", "1", "x"});
    assertEquals("bench/java.sh MissedSites: seeds must be an integer of at least 1, got 'x'; usage: "
        + usage, assertThrows(BenchArguments.Refused.class, () -> a.positive(3, "seeds", 1)).getMessage());
    assertEquals("bench/java.sh MissedSites: minScore is missing; usage: " + usage,
        assertThrows(BenchArguments.Refused.class, () -> a.text(4, "minScore")).getMessage());
  }

  @Test
  void boundedIntegersAndPositiveNumbers() {
    BenchArguments a = new BenchArguments(USAGE, new String[] {"32", "2", "600"});
    assertEquals(32, a.within(0, "margin", 4, 512, 32));
    assertEquals(32, a.within(5, "margin", 4, 512, 32));
    assertEquals("bench/detect.sh: margin must be an integer from 4 to 512, got '2'; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class, () -> a.within(1, "margin", 4, 512, 32)).getMessage());
    assertEquals("bench/detect.sh: margin must be an integer from 4 to 512, got '600'; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class, () -> a.within(2, "margin", 4, 512, 32)).getMessage());
    assertEquals("bench/detect.sh: dates must be an integer of at least 2, got '1'; usage: " + USAGE,
        assertThrows(BenchArguments.Refused.class,
            () -> a.within("1", "dates", 2, Integer.MAX_VALUE)).getMessage());
    assertEquals(4.5, a.aboveZero("4.5", "-Dsigma"));
    for (String bad : new String[] {"0", "-1", "NaN", "Infinity"}) {
      assertEquals("bench/detect.sh: -Dsigma must be a number above 0, got '" + bad + "'; usage: " + USAGE,
          assertThrows(BenchArguments.Refused.class, () -> a.aboveZero(bad, "-Dsigma")).getMessage());
    }
  }
}
