package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-cycle offsets between overlapping tiles, spread along the strongest overlaps. */
class CycleOffsetsTest {

  @Test
  void aDoubtfulOverlapGivesWayToTheStrongPathBetweenItsTiles() {
    // tiles 0-1 and 1-2 agree over wide overlaps; a corner overlap of 3 pixels says 0-2 differ
    // by a cycle. Listed first, it is still used last, and then not at all: its tiles are joined
    List<CycleOffsets.Link> links = List.of(
        new CycleOffsets.Link(0, 2, 1, 3),
        new CycleOffsets.Link(0, 1, 0, 500),
        new CycleOffsets.Link(1, 2, 0, 500));

    assertArrayEquals(new int[] {0, 0, 0}, CycleOffsets.solve(3, links));
  }

  @Test
  void offsetsAddUpAlongTheStrongPath() {
    // tile 1 needs a cycle more than tile 0, tile 2 two fewer than tile 1; the doubtful 0-2
    // overlap's five cycles are overruled
    List<CycleOffsets.Link> links = List.of(
        new CycleOffsets.Link(0, 2, 5, 3),
        new CycleOffsets.Link(0, 1, 1, 500),
        new CycleOffsets.Link(1, 2, -2, 400));

    assertArrayEquals(new int[] {0, 1, -1}, CycleOffsets.solve(3, links));
  }
}
