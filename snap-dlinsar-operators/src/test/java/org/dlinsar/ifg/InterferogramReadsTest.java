package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;

class InterferogramReadsTest {

  @Test
  void theEngineThreadsAreSharedAmongTheComputationsAtOnce() throws Exception {
    TwoReadsAtOnce.withEngineThreads(4, () -> {
      assertEquals(4, InterferogramReads.atOnce(1));
      assertEquals(2, InterferogramReads.atOnce(2));
      assertEquals(1, InterferogramReads.atOnce(3));
      assertEquals(1, InterferogramReads.atOnce(64));
      assertEquals(4, InterferogramReads.atOnce(0));
    });
    TwoReadsAtOnce.withEngineThreads(1, () -> assertEquals(1, InterferogramReads.atOnce(1)));
    // 300 x 150 in tiles of 128 x 128: three by two, the last ones cut short
    TwoReadsAtOnce.withEngineThreads(12, () -> assertEquals(2,
        InterferogramReads.atOnceInTiles(300, 150, 128, 128)));
  }

  @Test
  void oneAtATimeReadsInOrderOnTheCallersThread() {
    List<Integer> order = new ArrayList<>();
    Thread caller = Thread.currentThread();
    InterferogramReads.forEach(5, 1, k -> {
      assertSame(caller, Thread.currentThread());
      order.add(k);
    });
    assertEquals(List.of(0, 1, 2, 3, 4), order);
  }

  @Test
  void severalAtOnceReadEachInterferogramOnceAndTwoAtATime() throws Exception {
    assumeTrue(ForkJoinPool.getCommonPoolParallelism() >= 1, "no common pool worker to read beside the caller");
    // the first two reads wait for each other: read one after the other, the first would time out
    CyclicBarrier bothUnderWay = new CyclicBarrier(2);
    AtomicIntegerArray reads = new AtomicIntegerArray(7);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    InterferogramReads.forEach(7, 2, k -> {
      threads.add(Thread.currentThread());
      if (k < 2) {
        try {
          bothUnderWay.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("reads 0 and 1 did not run at once", e);
        }
      }
      reads.incrementAndGet(k);
    });
    for (int k = 0; k < 7; k++) {
      assertEquals(1, reads.get(k), "reads of interferogram " + k);
    }
    assertEquals(2, threads.size());
  }

  @Test
  void aFailedReadIsRethrownAsThrownOnTheCaller() {
    OperatorException thrown = new OperatorException("cannot read band 'i_ifg_VV_15Jan2020_27Jan2020'");
    for (int atOnce : new int[] {1, 2}) {
      OperatorException caught = assertThrows(OperatorException.class,
          () -> InterferogramReads.forEach(6, atOnce, k -> {
            if (k == 3) {
              throw thrown;
            }
          }));
      assertSame(thrown, caught, "reads " + atOnce + " at once");
    }
  }
}
