package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How many patches run at once, and the patch no heap's quarter holds refused up front. */
class PatchRunnerTest {

  private static final long MIB = 1L << 20;

  private static int atOnce(long heapBytes, int side, int pairs, int dates) {
    return PatchRunner.atOnce(heapBytes, 16, "the patch of detection 1 (" + side + " x " + side
        + " pixels)", (long) side * side, pairs, dates);
  }

  /**
   * The reviewer's stacks: a 128 x 128 patch of 998 interferograms and 252 dates (141 MiB) on a
   * 256 MiB heap, and a 192 x 192 one (317 MiB) on 512 MiB, ran on one thread collecting garbage
   * for minutes (833 and 1849 full collections) and exited 0: refused, naming -Xmx; the heaps it
   * names (of which Java reports some 10 % less) hold one at a time, a large heap one per core.
   */
  @Test
  void aPatchOverAQuarterOfTheHeapIsRefusedNamingTheHeapToGive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> atOnce(256 * MIB, 128, 998, 252));
    assertEquals("the patch of detection 1 (128 x 128 pixels) holds 141 MiB while it is solved"
        + " (998 interferograms, 252 dates), more than a quarter of the 256 MiB Java heap; give Java"
        + " at least -Xmx768m (bin/dlinsar: JAVA_OPTS=-Xmx768m)", e.getMessage());
    assertEquals(1, atOnce(768 * MIB * 9 / 10, 128, 998, 252));

    IllegalArgumentException larger = assertThrows(IllegalArgumentException.class,
        () -> atOnce(512 * MIB, 192, 998, 252));
    assertEquals("the patch of detection 1 (192 x 192 pixels) holds 317 MiB while it is solved"
        + " (998 interferograms, 252 dates), more than a quarter of the 512 MiB Java heap; give Java"
        + " at least -Xmx2g (bin/dlinsar: JAVA_OPTS=-Xmx2g)", larger.getMessage());
    assertEquals(1, atOnce(2048 * MIB * 9 / 10, 192, 998, 252));

    assertEquals(16, atOnce(64 * 1024 * MIB, 128, 998, 252));
  }
}
