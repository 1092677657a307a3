package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.dlinsar.parts.PartHeap;
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

  /**
   * The reviewer's inventory: 400 detections of 128 x 128 pixels over 252 dates keep 6.7 GB of
   * results for the mosaic, which ran out of memory on an 8 GB heap after all were solved:
   * refused up front, naming the heap whose half holds them, which is then taken.
   */
  @Test
  void resultsOverHalfTheHeapAreRefusedNamingTheHeapToGive() {
    long pixels = 400L * 128 * 128;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PatchRunner.checkResultsFit(8192 * MIB, 400, pixels, 252));
    assertEquals("the results of the 400 patches (6553600 pixels, 252 dates) hold 6425 MiB, kept for the bands"
        + " and the CSV, more than half of the 8.0 GiB Java heap; give Java at least 16g (bin/dlinsar:"
        + " JAVA_OPTS=-Xmx16g), or fewer detections or a smaller margin", e.getMessage());
    PatchRunner.checkResultsFit(16384 * MIB * 9 / 10, 400, pixels, 252);
    PatchRunner.checkResultsFit(8192 * MIB, 40, pixels / 10, 252);
  }

  /**
   * Where a runner decides how many patches run at once (a Spark executor's four tasks, one patch
   * each), the reviewer's 128 x 128 patch is measured against a quarter of its heap over four: 1
   * GiB holds one of the four, and is refused naming what it holds, the heap's and what to give,
   * with the heaps for all four and for one as -Xmx words them; the heap named holds all four.
   */
  @Test
  void patchesARunnerSolvesAtOnceOverAQuarterOfItsHeapAreRefused() {
    List<String> asked = new ArrayList<>();
    LongFunction<PartHeap> executor = bytes -> new PartHeap("an executor (a task each)", bytes, 4,
        (all, one, fitting) -> {
          asked.add(all + " " + one + " " + fitting);
          return "give more";
        });

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PatchRunner.checkFits(executor.apply(1024 * MIB), "the patch of detection 1 (128 x 128"
            + " pixels)", 128 * 128, 998, 252));

    assertEquals("the patch of detection 1 (128 x 128 pixels) holds 141 MiB while it is solved"
        + " (998 interferograms, 252 dates); an executor (a task each) solves 4 at once, of which a"
        + " quarter of its 1.0 GiB Java heap holds 1; give more", e.getMessage());
    assertEquals(List.of("3g 768m 1"), asked);
    PatchRunner.checkFits(executor.apply(3072 * MIB), "the patch", 128 * 128, 998, 252);
    assertThrows(IllegalArgumentException.class,
        () -> PatchRunner.checkFits(executor.apply(256 * MIB), "the patch", 128 * 128, 998, 252));
    assertEquals("3g 768m 0", asked.get(1), "not even one fits a quarter of 256 MiB");
  }
}
