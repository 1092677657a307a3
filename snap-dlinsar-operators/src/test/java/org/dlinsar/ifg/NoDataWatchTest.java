package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

class NoDataWatchTest {

  private static final int W = 8;
  private static final int H = 4;

  private final List<String> lines = new ArrayList<>();

  private static InterferogramTile samples(Rectangle r, float value) {
    int n = r.width * r.height;
    return new InterferogramTile(r, StackFixtures.filled(n, value), StackFixtures.filled(n, 0f),
        StackFixtures.filled(n, 0.5f));
  }

  private NoDataWatch watch(int interferograms) {
    Product p = StackFixtures.product("p", W, H);
    for (int i = 0; i < interferograms; i++) {
      StackFixtures.addFlatInterferogram(p, "VV_0" + (i + 1) + "Jan2020_2" + i + "Jan2020", 0.5f);
    }
    return new NoDataWatch(InterferogramStack.of(p).interferograms(), W, H, "Op", "some", "all",
        lines::add);
  }

  @Test
  void reportsOnlyOnceEveryPixelOfEveryInterferogramIsSeen() {
    NoDataWatch watch = watch(2);
    Rectangle left = new Rectangle(0, 0, 4, 4);
    Rectangle right = new Rectangle(4, 0, 4, 4);
    watch.seen(0, left, samples(left, 0f));
    watch.seen(0, left, samples(left, 0f)); // recomputed: counts once
    watch.seen(1, left, samples(left, 1f));
    watch.seen(1, right, samples(right, 1f));
    assertEquals(List.of(), lines);
    watch.seen(0, right, samples(right, 0f));
    watch.seen(0, right, samples(right, 0f));
    assertEquals(List.of("Op: 1 of 2 interferograms without data (all NaN or 0):"
        + " i_ifg_VV_01Jan2020_20Jan2020, q_ifg_VV_01Jan2020_20Jan2020; some"), lines);
  }

  @Test
  void findsDataInAHaloBeyondTheTile() {
    NoDataWatch watch = watch(1);
    Rectangle whole = new Rectangle(0, 0, W, H);
    float[] real = new float[W * H];
    real[W * H - 1] = 1f;
    watch.seen(0, new Rectangle(0, 0, W, H - 1), new InterferogramTile(whole, real, new float[W * H],
        StackFixtures.filled(W * H, 0.5f)));
    watch.seen(0, new Rectangle(0, H - 1, W, 1), samples(new Rectangle(0, H - 1, W, 1), 0f));
    assertEquals(List.of(), lines);
  }

  @Test
  void listsAtMostEightBandNamesAndCountsTheRest() {
    NoDataWatch watch = watch(5);
    Rectangle whole = new Rectangle(0, 0, W, H);
    for (int i = 0; i < 5; i++) {
      watch.seen(i, whole, samples(whole, Float.NaN));
    }
    assertEquals(1, lines.size());
    assertEquals(true, lines.get(0).startsWith("Op: every interferogram of the stack is without data"), lines.get(0));
    assertEquals(true, lines.get(0).endsWith(", q_ifg_VV_04Jan2020_23Jan2020 and 2 more; all"), lines.get(0));
  }
  /**
   * A frame computed in parts (bin/dlinsar-spark's tiles): each part's watch silenced, what it
   * found folded into the frame's, which names only the interferogram without data in every part.
   */
  @Test
  void aFrameFoldsInItsPartsFindingsAndSaysTheLineOnceForTheFrame() {
    List<String> partLines = new ArrayList<>();
    Rectangle left = new Rectangle(0, 0, 4, 4);
    Rectangle right = new Rectangle(4, 0, 4, 4);
    NoDataWatch frame = watch(2);
    for (Rectangle part : List.of(left, right)) {
      Product p = StackFixtures.product("part", 4, 4);
      StackFixtures.addFlatInterferogram(p, "VV_01Jan2020_20Jan2020", 0.5f);
      StackFixtures.addFlatInterferogram(p, "VV_02Jan2020_21Jan2020", 0.5f);
      NoDataWatch watch = new NoDataWatch(InterferogramStack.of(p).interferograms(), 4, 4, "Op", "some", "all",
          partLines::add);
      watch.silence();
      Rectangle whole = new Rectangle(0, 0, 4, 4);
      watch.seen(0, whole, samples(whole, 0f));
      // the second interferogram has data in the left part only
      watch.seen(1, whole, samples(whole, part == left ? 1f : 0f));
      frame.seen(part, watch.found());
      assertEquals(part == left ? List.of() : List.of("Op: 1 of 2 interferograms without data (all NaN or 0):"
          + " i_ifg_VV_01Jan2020_20Jan2020, q_ifg_VV_01Jan2020_20Jan2020; some"), lines);
    }
    assertEquals(List.of(), partLines, "a silenced watch says nothing");
  }

  /**
   * The same operator rebuilt elsewhere on the same raster (DL-Unwrap in Local-SBAS's Spark
   * tasks): its silenced watch hands back the tiles it saw, and the raster's watch, which saw
   * one of them itself, counts that tile once and says the line once every pixel was seen.
   */
  @Test
  void aCopyOnTheSameRasterFoldsInTheTilesItSaw() {
    List<String> copyLines = new ArrayList<>();
    Product p = StackFixtures.product("p", W, H);
    StackFixtures.addFlatInterferogram(p, "VV_01Jan2020_20Jan2020", 0.5f);
    StackFixtures.addFlatInterferogram(p, "VV_02Jan2020_21Jan2020", 0.5f);
    NoDataWatch copy = new NoDataWatch(InterferogramStack.of(p).interferograms(), W, H, "Op", "some", "all",
        copyLines::add);
    copy.silence();
    NoDataWatch here = watch(2);
    Rectangle left = new Rectangle(0, 0, 4, 4);
    Rectangle right = new Rectangle(4, 0, 4, 4);
    here.seen(0, left, samples(left, 0f));
    here.seen(1, left, samples(left, 0f));
    copy.seen(0, left, samples(left, 0f));
    copy.seen(0, right, samples(right, 0f));
    copy.seen(1, right, samples(right, 1f));
    copy.seen(1, left, samples(left, 0f));
    here.seen(copy.found());
    assertEquals(List.of("Op: 1 of 2 interferograms without data (all NaN or 0):"
        + " i_ifg_VV_01Jan2020_20Jan2020, q_ifg_VV_01Jan2020_20Jan2020; some"), lines);
    here.seen(copy.found());
    assertEquals(1, lines.size(), "said once");
    assertEquals(List.of(), copyLines, "a silenced watch says nothing");
  }
}
