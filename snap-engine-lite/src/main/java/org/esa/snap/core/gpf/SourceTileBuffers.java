package org.esa.snap.core.gpf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * Reuses the sample buffers of source tiles from one tile computation to the next on the same
 * thread, so that reading the sources of every tile does not allocate (and zero, and collect)
 * as many bytes as it reads.
 *
 * <p>{@link TileComputer} opens a {@link Computation} around each {@code computeTile} and
 * {@code computeTileStack}; the buffers {@link Operator#getSourceTile} takes meanwhile are lent
 * to it, and come back to the thread's free buffers when it closes. A source tile is therefore
 * valid until the computation that asked for it returns: an operator must not keep a source
 * tile, or an array it returned, from one {@code computeTile} call to the next (the operators
 * of this project copy what they keep). Outside a computation (in {@code initialize}, on other
 * threads) every source tile gets a buffer of its own, as before. Computations nest: an
 * operator image computed to serve a source tile lends and returns its own buffers.
 *
 * <p>Memory: the buffers a thread lends and keeps free take at most {@link #budgetBytes} (a
 * thirty-second of the heap, at most 32 MB), free ones dropped oldest first to make room; beyond
 * that a source tile gets a buffer of its own, which the garbage collector takes as before. So
 * an operator reading its sources in batches (a stack of 1000 interferograms) stays bounded by
 * its batch, and the pool dies with its thread.
 */
final class SourceTileBuffers {

  private static final long MAX_BUDGET_BYTES = 32L << 20;

  private static final ThreadLocal<SourceTileBuffers> OF_THREAD = ThreadLocal.withInitial(SourceTileBuffers::new);

  private final ArrayDeque<List<ProductData>> lentPerComputation = new ArrayDeque<>();
  /** Oldest first. */
  private final List<ProductData> free = new ArrayList<>();
  private final long budget = budgetBytes();
  /** Bytes of the buffers lent and free, together. */
  private long pooledBytes;

  private SourceTileBuffers() {
  }

  /** What one thread's lent and free buffers may take: a thirty-second of the heap, at most 32 MB. */
  static long budgetBytes() {
    return Math.min(MAX_BUDGET_BYTES, Runtime.getRuntime().maxMemory() / 32);
  }

  /** A tile computation on the current thread: the source buffers it takes return on {@link #close}. */
  static final class Computation implements AutoCloseable {
    private final SourceTileBuffers buffers;

    private Computation(SourceTileBuffers buffers) {
      this.buffers = buffers;
    }

    @Override
    public void close() {
      buffers.giveBack(buffers.lentPerComputation.pop());
    }
  }

  /** Opens a tile computation on the current thread; close it when the operator has returned. */
  static Computation open() {
    SourceTileBuffers buffers = OF_THREAD.get();
    buffers.lentPerComputation.push(new ArrayList<>());
    return new Computation(buffers);
  }

  /**
   * A buffer for {@code width x height} samples of {@code raster}'s data type, its content
   * undefined: a free one of that type and size within a computation, else a new one.
   */
  static ProductData take(RasterDataNode raster, int width, int height) {
    SourceTileBuffers buffers = OF_THREAD.get();
    List<ProductData> lent = buffers.lentPerComputation.peek();
    if (lent == null) {
      return raster.createCompatibleRasterData(width, height);
    }
    ProductData buffer = buffers.takeFree(raster.getDataType(), width * height);
    if (buffer == null) {
      buffer = raster.createCompatibleRasterData(width, height);
      if (!buffers.makeRoom(bytes(buffer))) {
        return buffer; // over the budget: the tile's own, not pooled
      }
      buffers.pooledBytes += bytes(buffer);
    }
    lent.add(buffer);
    return buffer;
  }

  /** Drops free buffers, oldest first, until {@code size} more bytes fit the budget; false if they cannot. */
  private boolean makeRoom(long size) {
    while (pooledBytes + size > budget && !free.isEmpty()) {
      pooledBytes -= bytes(free.remove(0));
    }
    return pooledBytes + size <= budget;
  }

  private ProductData takeFree(int type, int samples) {
    for (Iterator<ProductData> it = free.iterator(); it.hasNext(); ) {
      ProductData buffer = it.next();
      if (buffer.getType() == type && buffer.getNumElems() == samples) {
        it.remove();
        return buffer;
      }
    }
    return null;
  }

  private void giveBack(List<ProductData> lent) {
    free.addAll(lent);
  }

  private static long bytes(ProductData buffer) {
    return (long) buffer.getNumElems() * buffer.getElemSize();
  }
}
