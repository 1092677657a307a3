package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/** The patches DL-Unwrap unwraps around detections. */
class UnwrapRegionsTest {

  @Test
  void overlappingPatchesAreUnwrappedAsOneRegionAndAPatchApartOnItsOwn() {
    List<PixelBox> detections = List.of(new PixelBox(10, 10, 30, 30), new PixelBox(25, 20, 45, 40),
        new PixelBox(60, 50, 70, 60));

    List<PixelBox> regions = UnwrapRegions.around(detections, 5, 100, 80);

    // the first two grown by 5 overlap: their common bounding box; the third stays apart
    assertEquals(List.of(new PixelBox(5, 5, 50, 45), new PixelBox(55, 45, 75, 65)), regions);
  }

  @Test
  void aPatchOverlappingOnlyTheMergeOfTwoOthersJoinsThem() {
    // the second overlaps neither the first nor the third, only their merged box: left apart, its
    // pixels would be unwrapped twice
    List<PixelBox> detections = List.of(new PixelBox(10, 10, 20, 20), new PixelBox(28, 5, 40, 15),
        new PixelBox(18, 22, 30, 40));

    List<PixelBox> regions = UnwrapRegions.around(detections, 2, 100, 80);

    assertEquals(List.of(new PixelBox(8, 3, 42, 42)), regions);
  }

  /**
   * Patches that only touch share no pixel, but unwrapped apart each would get its own constant: a
   * whole-cycle step where they meet, in what CONTRACT calls one component (4-connected pixels with
   * a phase). They are one region; patches a pixel apart, or meeting at a corner only, stay apart.
   */
  @Test
  void patchesThatTouchAreOneRegion() {
    List<PixelBox> touching = List.of(new PixelBox(10, 10, 20, 20), new PixelBox(24, 10, 34, 20));
    assertEquals(List.of(new PixelBox(8, 8, 36, 22)), UnwrapRegions.around(touching, 2, 100, 80));

    List<PixelBox> apart = List.of(new PixelBox(10, 10, 20, 20), new PixelBox(25, 10, 35, 20));
    assertEquals(List.of(new PixelBox(8, 8, 22, 22), new PixelBox(23, 8, 37, 22)),
        UnwrapRegions.around(apart, 2, 100, 80));
    // meeting at a corner only: no edge between them, and their bounding box would take in two
    // empty quadrants
    List<PixelBox> corner = List.of(new PixelBox(10, 10, 20, 20), new PixelBox(24, 24, 34, 34));
    assertEquals(List.of(new PixelBox(8, 8, 22, 22), new PixelBox(22, 22, 36, 36)),
        UnwrapRegions.around(corner, 2, 100, 80));
  }
}
