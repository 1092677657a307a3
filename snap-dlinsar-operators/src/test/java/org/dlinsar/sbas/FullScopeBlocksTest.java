package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Rectangle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/** scope=FULL's fixed blocks: each solved once, and a failure never leaves a tile waiting. */
class FullScopeBlocksTest {

  private static PatchResult result(PixelBox box) {
    return new PatchResult(box, new float[box.width() * box.height()], new float[0][], null, null, 0, 0);
  }

  @Test
  void aTileAcrossBlocksWhoseFirstFailsLeavesNoOtherTileWaiting() throws Exception {
    FullScopeBlocks blocks = new FullScopeBlocks(600, 10, 256, box -> {
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
}
