package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * scope=FULL's fixed blocks: each solved once, a failure never leaves a tile waiting, and no more
 * solved at once than a quarter of the heap holds.
 */
class FullScopeBlocksTest {

  private static PatchResult result(PixelBox box) {
    return new PatchResult(box, new float[box.width() * box.height()], null, new float[0][], null, null, 0, new int[0], 0, new int[0], new int[0], null, new java.util.BitSet[0]);
  }

  @Test
  void aTileAcrossBlocksWhoseFirstFailsLeavesNoOtherTileWaiting() throws Exception {
    FullScopeBlocks blocks = new FullScopeBlocks(600, 10, 256, 2, 4, box -> {
      if (box.x0() == 0) {
        throw new IllegalStateException("block 0 fails");
      }
      return result(box);
    });
    assertThrows(IllegalStateException.class, () -> blocks.of(new Rectangle(0, 0, 300, 10)));

    // the second tile needs block 256, which the first tile took on and never solved
    CompletableFuture<List<PatchResult>> next =
        CompletableFuture.supplyAsync(() -> blocks.of(new Rectangle(300, 0, 300, 10)));
    List<PatchResult> results;
    try {
      results = next.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the block is solved again, not failed for good", e.getCause());
    }
    assertEquals(List.of(PixelBox.of(256, 0, 256, 10), PixelBox.of(512, 0, 88, 10)),
        results.stream().map(PatchResult::box).toList());
  }

  /**
   * Tiles narrower than the blocks (a viewer's) leave blocks served in part: beyond the blocks
   * kept, the least recently asked for is dropped and solved again when asked again, where every
   * block touched stayed in memory for the rest of the run.
   */
  @Test
  void blocksServedInPartAreKeptUpToTheirBoundThenSolvedAgain() {
    Map<PixelBox, Integer> solves = new ConcurrentHashMap<>();
    FullScopeBlocks blocks = new FullScopeBlocks(768, 10, 256, 1, 2, box -> {
      solves.merge(box, 1, Integer::sum);
      return result(box);
    });
    PixelBox first = PixelBox.of(0, 0, 256, 10);
    PixelBox third = PixelBox.of(512, 0, 256, 10);
    for (int x : new int[] {0, 256, 512}) {
      blocks.of(new Rectangle(x, 0, 128, 10)); // the left half of each block
    }
    blocks.of(new Rectangle(640, 0, 128, 10)); // the third block's other half: kept, not solved again
    assertEquals(1, solves.get(third));
    List<PatchResult> again = blocks.of(new Rectangle(128, 0, 128, 10)); // the first was dropped
    assertEquals(2, solves.get(first));
    assertEquals(List.of(first), again.stream().map(PatchResult::box).toList());

    assertEquals(1, FullScopeBlocks.blocksKept(64 * MIB, 256, 256, 1000), "at least one");
    // 256 x 256 pixels over 60 dates: 17 MB a result, 15 in a quarter of 1 GiB
    assertEquals(15, FullScopeBlocks.blocksKept(1024 * MIB, 256, 256, 60));
  }

  private static final long MIB = 1L << 20;

  /**
   * The reviewer's stack: 128 x 128 pixels, 999 interferograms, 501 dates, 164 MB a block.
   * A 256 MiB heap holds none in its quarter (it thrashed for minutes): refused, naming -Xmx;
   * the -Xmx896m it names (of which Java reports some 10 % less) and 1 GiB hold one at a time,
   * 4 GiB six, a large heap one per core.
   */
  @Test
  void blocksAtOnceFollowTheHeapAndABlockTooLargeIsRefusedNamingTheHeap() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FullScopeBlocks.blocksAtOnce(256 * MIB, 16, 128, 128, 999, 501));
    assertEquals("a block of 128 x 128 pixels holds 157 MiB while it is solved (999"
        + " interferograms, 501 dates), more than a quarter of the 256 MiB Java heap; give Java"
        + " at least -Xmx896m (bin/dlinsar: JAVA_OPTS=-Xmx896m)", e.getMessage());

    assertEquals(1, FullScopeBlocks.blocksAtOnce(896 * MIB * 9 / 10, 16, 128, 128, 999, 501));
    assertEquals(1, FullScopeBlocks.blocksAtOnce(1024 * MIB, 16, 128, 128, 999, 501));
    assertEquals(6, FullScopeBlocks.blocksAtOnce(4096 * MIB, 16, 128, 128, 999, 501));
    assertEquals(16, FullScopeBlocks.blocksAtOnce(64 * 1024 * MIB, 16, 128, 128, 999, 501));
    // a full 256 x 256 block of a 1000-interferogram stack: 656 MB, so a 4 GiB heap
    IllegalArgumentException full = assertThrows(IllegalArgumentException.class,
        () -> FullScopeBlocks.blocksAtOnce(2048 * MIB, 16, 256, 256, 1000, 501));
    assertTrue(full.getMessage().contains("-Xmx4g"), full.getMessage());
    assertEquals(1, FullScopeBlocks.blocksAtOnce(4096 * MIB * 9 / 10, 16, 256, 256, 1000, 501));
  }

  /**
   * Two tiles of two blocks asked for at once with one block allowed: the second block's solve
   * starts only once the first's ended. The first solve waits (a while, not for ever) for a second
   * to start beside it, which without the bound it would.
   */
  @Test
  void noMoreBlocksAreSolvedAtOnceThanAllowed() throws Exception {
    AtomicInteger solving = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch secondStarted = new CountDownLatch(2);
    FullScopeBlocks blocks = new FullScopeBlocks(512, 10, 256, 1, 4, box -> {
      most.accumulateAndGet(solving.incrementAndGet(), Math::max);
      secondStarted.countDown();
      try {
        secondStarted.await(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      solving.decrementAndGet();
      return result(box);
    });
    CompletableFuture<List<PatchResult>> left =
        CompletableFuture.supplyAsync(() -> blocks.of(new Rectangle(0, 0, 256, 10)));
    CompletableFuture<List<PatchResult>> right =
        CompletableFuture.supplyAsync(() -> blocks.of(new Rectangle(256, 0, 256, 10)));
    assertEquals(1, left.get(30, TimeUnit.SECONDS).size());
    assertEquals(1, right.get(30, TimeUnit.SECONDS).size());

    assertEquals(1, most.get(), "blocks solved at once");
  }
}
