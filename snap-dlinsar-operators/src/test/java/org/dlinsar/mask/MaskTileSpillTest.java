package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.dlinsar.files.ExitDeletions;
import org.junit.jupiter.api.Test;

class MaskTileSpillTest {

  private static byte[] filled(int n, int seed) {
    byte[] mask = new byte[n];
    for (int i = 0; i < n; i++) {
      mask[i] = (byte) ((i * 31 + seed) % 2);
    }
    return mask;
  }

  @Test
  void gridTilesComeBackAsTheyWereKeptPerBandIncludingTheFramesEdgeTiles() {
    // a 50 x 30 frame in tiles of 20 x 16: the last column of tiles is 10 wide, the last row 14 high
    try (MaskTileSpill spill = new MaskTileSpill(3, 50, 30, 20, 16, Logger.getAnonymousLogger())) {
      Rectangle inner = new Rectangle(20, 0, 20, 16);
      Rectangle corner = new Rectangle(40, 16, 10, 14);
      assertNull(spill.get(1, inner), "nothing kept yet");
      spill.put(1, inner, filled(320, 1));
      spill.put(2, inner, filled(320, 2));
      spill.put(1, corner, filled(140, 3));
      assertArrayEquals(filled(320, 1), spill.get(1, inner));
      assertArrayEquals(filled(320, 2), spill.get(2, inner));
      assertArrayEquals(filled(140, 3), spill.get(1, corner));
      assertNull(spill.get(0, inner), "another band's tile");
      Rectangle notATile = new Rectangle(5, 0, 20, 16);
      spill.put(1, notATile, filled(320, 4));
      assertNull(spill.get(1, notATile), "only grid tiles are kept");
    }
  }

  /**
   * A closed spill leaves nothing behind for the exit: a service running DL-Mask run after run in
   * one JVM must not collect a path per run (File.deleteOnExit did).
   */
  @Test
  void aClosedSpillsFileIsGoneAndNotKeptForTheExit() {
    Set<Path> before = ExitDeletions.JVM.files();
    for (int run = 0; run < 3; run++) {
      MaskTileSpill spill = new MaskTileSpill(1, 40, 40, 20, 20, Logger.getAnonymousLogger());
      spill.put(0, new Rectangle(0, 0, 20, 20), filled(400, run));
      Set<Path> open = new HashSet<>(ExitDeletions.JVM.files());
      open.removeAll(before);
      assertEquals(1, open.size(), "the spill's file is open: " + open);
      Path file = open.iterator().next();
      spill.close();
      assertFalse(Files.exists(file), file + " deleted on close");
      assertFalse(ExitDeletions.JVM.files().contains(file), file + " still kept for the exit");
    }
  }

  @Test
  void afterCloseNothingIsKept() {
    MaskTileSpill spill = new MaskTileSpill(1, 40, 40, 20, 20, Logger.getAnonymousLogger());
    Rectangle tile = new Rectangle(0, 0, 20, 20);
    spill.put(0, tile, filled(400, 5));
    spill.close();
    assertNull(spill.get(0, tile));
  }

  @Test
  void anInterruptedCallerLeavesTheSpillOnForTheOtherThreadsAndKeepsItsInterrupt() throws Exception {
    // a cancelled task or a pool's shutdownNow interrupts a worker while it keeps or reads a tile;
    // an interruptible FileChannel was closed by that for every thread and the spill went off
    try (MaskTileSpill spill = new MaskTileSpill(1, 60, 20, 20, 20, Logger.getAnonymousLogger())) {
      Rectangle first = new Rectangle(0, 0, 20, 20);
      Rectangle second = new Rectangle(20, 0, 20, 20);
      Rectangle third = new Rectangle(40, 0, 20, 20);
      spill.put(0, first, filled(400, 1));
      AtomicReference<byte[]> readWhileInterrupted = new AtomicReference<>();
      AtomicBoolean stillInterrupted = new AtomicBoolean();
      Thread worker = new Thread(() -> {
        Thread.currentThread().interrupt();
        spill.put(0, second, filled(400, 2));
        readWhileInterrupted.set(spill.get(0, first));
        stillInterrupted.set(Thread.currentThread().isInterrupted());
      });
      worker.start();
      worker.join();
      assertTrue(stillInterrupted.get(), "the worker's interrupt is kept for its task to see");
      assertArrayEquals(filled(400, 1), readWhileInterrupted.get());
      assertArrayEquals(filled(400, 2), spill.get(0, second), "the interrupted worker's tile");
      assertArrayEquals(filled(400, 1), spill.get(0, first));
      spill.put(0, third, filled(400, 3));
      assertArrayEquals(filled(400, 3), spill.get(0, third), "the spill still keeps new tiles");
    }
  }
}
