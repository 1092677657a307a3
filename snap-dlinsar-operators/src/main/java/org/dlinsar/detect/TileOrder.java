package org.dlinsar.detect;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * The order of a source's tiles: rows of tiles from the top, each row from the left. Work on
 * places spread over the frame (measuring blobs, testing them in the interferograms) done in this
 * order reads a source tile while the work just before has left it in the tile cache. In the
 * order of the blobs' strength it asks for tiles all over the frame, and a frame whose gradient
 * stack and masks outgrow the cache computes them again for nearly every blob.
 *
 * @param tileWidth the source's tile width
 * @param tileHeight the source's tile height
 */
record TileOrder(int tileWidth, int tileHeight) {

  /**
   * The indices of {@code places} in the order of the tiles they fall in (then by row and column).
   *
   * @param x a place's column
   * @param y a place's row
   */
  <T> int[] sort(List<T> places, ToIntFunction<T> x, ToIntFunction<T> y) {
    Comparator<Integer> byTile = Comparator.comparingInt((Integer i) -> y.applyAsInt(places.get(i)) / tileHeight)
        .thenComparingInt(i -> x.applyAsInt(places.get(i)) / tileWidth)
        .thenComparingInt(i -> y.applyAsInt(places.get(i)))
        .thenComparingInt(i -> x.applyAsInt(places.get(i)));
    return IntStream.range(0, places.size()).boxed().sorted(byTile).mapToInt(Integer::intValue).toArray();
  }
}
