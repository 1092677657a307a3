package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlobScannerTest {

  private static final int W = 160;
  private static final int H = 140;
  private static final int RIM_Y = 70;

  /** A stack with two moving blobs of opposite sign on white noise. */
  private static DivergenceRows field() {
    double[] rate = new double[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        rate[y * W + x] = ArrayFields.blob(x, y, 40, 50, 4, 20)
            + ArrayFields.blob(x, y, 120, 97, 7, -30);
      }
    }
    float[][] stack = ArrayFields.gradientStack(rate, W, H, 1.0, 11);
    return new StackedGradientDivergence(ArrayFields.rates(stack[0], stack[1], stack[2], W), W, H);
  }

  @Test
  void findsEachBlobAtItsCentreWithItsSignAndABoxOfItsSize() {
    DivergenceRows field = field();
    int[] radii = GradientStackDetector.Target.LANDSLIDE.radii();
    BlobScanner.Scan scan = new BlobScanner(W, H, radii, 0).scan(field, () -> {});
    List<BlobSelection.Blob> blobs = BlobSelection.select(scan, radii, 8, field, W, H, 100, new TileOrder(64, 64), false);

    assertEquals(2, blobs.size(), blobs.toString());
    BlobSelection.Blob small = blobs.stream().filter(b -> b.x() < 80).findFirst().orElseThrow();
    BlobSelection.Blob large = blobs.stream().filter(b -> b.x() >= 80).findFirst().orElseThrow();
    assertTrue(Math.abs(small.x() - 40) <= 1 && Math.abs(small.y() - 50) <= 1, small.toString());
    assertTrue(Math.abs(large.x() - 120) <= 1 && Math.abs(large.y() - 97) <= 1, large.toString());
    assertTrue(small.response() > 0 && large.response() < 0);
    assertTrue(small.radius() < large.radius(), "scales " + small.radius() + ", " + large.radius());
    // the boxes reach about 1.5 sigma of the blob either side
    assertEquals(12, small.box().width(), 4);
    assertEquals(21, large.box().width(), 6);
  }

  /**
   * A bowl's rim peak at the smallest scale, a few pixels beyond the bowl's box: further than its
   * own radius (3), within the bowl's (5), so part of the bowl.
   */
  @Test
  void aSmallPeakBesideABowlWithinTheBowlsRadiusIsPartOfIt() {
    double[] rate = new double[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        rate[y * W + x] = ArrayFields.blob(x, y, 60, 50, 9, 60)
            + ArrayFields.blob(x, y, 60, RIM_Y, 2.5, 10);
      }
    }
    float[][] stack = ArrayFields.gradientStack(rate, W, H, 0.2, 5);
    DivergenceRows field =
        new StackedGradientDivergence(ArrayFields.rates(stack[0], stack[1], stack[2], W), W, H);
    int[] radii = GradientStackDetector.Target.SUBSIDENCE.radii();
    BlobScanner.Scan scan = new BlobScanner(W, H, radii, 0).scan(field, () -> {}).positive();
    // as two targets of one sign (slides), the bowl and its rim peak are two blobs ...
    List<BlobSelection.Blob> apart =
        BlobSelection.select(scan, radii, 8, field, W, H, 100, new TileOrder(64, 64), false);
    assertEquals(2, apart.size(), apart.toString());
    int gap = apart.get(1).box().y0() - apart.get(0).box().y1();
    assertTrue(gap > apart.get(1).radius() && gap <= apart.get(0).radius(),
        "gap " + gap + " " + apart);
    // ... as bowls, one
    assertEquals(1,
        BlobSelection.select(scan, radii, 8, field, W, H, 100, new TileOrder(64, 64), true).size());
  }

  @Test
  void stripsScannedElsewhereAndMergedInAnyOrderGiveTheScan() throws Exception {
    DivergenceRows field = field();
    BlobScanner scanner = new BlobScanner(W, H, GradientStackDetector.Target.LANDSLIDE.radii(), 16);
    List<BlobScanner.StripScan> strips = new ArrayList<>();
    for (int k = scanner.strips() - 1; k >= 0; k--) {
      strips.add(Serialization.roundTrip(scanner.scanStrip(field, k)));
    }
    BlobScanner.Scan merged = scanner.merge(strips);
    BlobScanner.Scan scan = scanner.scan(field, () -> {});

    assertEquals(9, scanner.strips());
    assertEquals(scan.candidates(), merged.candidates());
    assertArrayEquals(scan.noise(), merged.noise());
    strips.remove(3);
    assertThrows(IllegalArgumentException.class, () -> scanner.merge(strips), "a strip missing");
  }

  /**
   * One scanner over several fields, as a run scans every interferogram and their stack: its
   * strips take the work arrays an earlier scan left (of another field, and a strip of another
   * height), and find what a fresh scanner finds, to the bit.
   */
  @Test
  void aScannerReusingItsWorkArraysScansAsAFreshOneDoes() {
    int[] radii = GradientStackDetector.Target.LANDSLIDE.radii();
    float[][] sparse = ArrayFields.gradientStack(new double[W * H], W, H, 1.0, 31);
    for (int i = 0; i < W * H; i++) {
      if (i % W > W / 2) {
        sparse[2][i] = 0f; // no rate in the right half: zeros where the first field had blobs
      }
    }
    DivergenceRows second =
        new StackedGradientDivergence(ArrayFields.rates(sparse[0], sparse[1], sparse[2], W), W, H);
    BlobScanner reused = new BlobScanner(W, H, radii, 48); // strips of 48, 48 and 44 rows
    reused.scan(field(), () -> {});
    BlobScanner.Scan again = reused.scan(second, () -> {});
    BlobScanner.Scan fresh = new BlobScanner(W, H, radii, 48).scan(second, () -> {});

    assertEquals(fresh.candidates(), again.candidates());
    assertArrayEquals(fresh.noise(), again.noise());
    assertTrue(fresh.candidates().size() > 10, "candidates " + fresh.candidates().size());
  }

  @Test
  void findsTheSameBlobsWhateverTheStripHeight() {
    DivergenceRows field = field();
    int[] radii = GradientStackDetector.Target.LANDSLIDE.radii();
    List<BlobSelection.Blob> whole = BlobSelection.select(
        new BlobScanner(W, H, radii, H).scan(field, () -> {}), radii, 5, field, W, H, 100, new TileOrder(64, 64), false);
    for (int rows : new int[] {7, 16, 33}) {
      List<BlobSelection.Blob> strips = BlobSelection.select(
          new BlobScanner(W, H, radii, rows).scan(field, () -> {}), radii, 5, field, W, H, 100, new TileOrder(64, 64), false);
      assertEquals(whole.size(), strips.size(), "strips of " + rows + " rows");
      for (int i = 0; i < whole.size(); i++) {
        assertEquals(whole.get(i).box(), strips.get(i).box());
        assertEquals(whole.get(i).z(), strips.get(i).z(), 1e-3 * whole.get(i).z());
      }
    }
  }

  /**
   * Noise on a frame of which three fifths have no data but at a few scattered pixels (the
   * rates of a few pairs in decorrelated forest): the floor of every scale stays that of the
   * ground with data, so its ordinary noise does not pass for blobs.
   */
  @Test
  void aLargeAreaWithoutDataDoesNotLowerTheNoiseFloor() {
    double[] flat = new double[W * H];
    float[][] stack = ArrayFields.gradientStack(flat, W, H, 1.0, 23);
    float[][] sparse = ArrayFields.gradientStack(flat, W, H, 1.0, 23);
    java.util.Random random = new java.util.Random(29);
    for (int y = 0; y < H; y++) {
      for (int x = 2 * W / 5; x < W; x++) {
        if (random.nextDouble() > 0.05) { // a rate at one pixel in twenty
          sparse[2][y * W + x] = 0f;
        }
      }
    }
    int[] radii = GradientStackDetector.Target.LANDSLIDE.radii();
    BlobScanner.Scan full = new BlobScanner(W, H, radii, 0).scan(
        new StackedGradientDivergence(ArrayFields.rates(stack[0], stack[1], stack[2], W), W, H),
        () -> {});
    BlobScanner.Scan partial = new BlobScanner(W, H, radii, 0).scan(
        new StackedGradientDivergence(ArrayFields.rates(sparse[0], sparse[1], sparse[2], W), W,
            H), () -> {});

    for (int s = 0; s < radii.length; s++) {
      double ratio = partial.noise()[s].sigma() / full.noise()[s].sigma();
      assertEquals(1, ratio, 0.2, "noise floor of scale " + s + " with data on two fifths,"
          + " against the whole frame's");
    }
  }
}
