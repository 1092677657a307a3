package org.dlinsar.lite.dimap;

import org.dlinsar.lite.Parallelism;
import org.dlinsar.lite.TileCacheSize;
import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.dlinsar.lite.image.RasterImage;
import org.dlinsar.lite.image.SourceImages;
import org.esa.snap.core.datamodel.Band;

/**
 * Writes the {@code .img} files of a product's non-virtual bands, a tile row at a time, bands in
 * parallel.
 *
 * <p>A fixed pool of one thread per processor pulls work from one shared counter, block by block
 * ({@link WriteBlocks}: a tile row, or a run of its tiles when a whole row of computed tiles would
 * not fit in memory). A block is worked in two steps. First its tiles are computed ahead, tile by
 * tile and band by band, for the bands that an operator computes ({@link RasterImage#prefetch}):
 * a thread finding a tile under way moves on to the next one, so the operator's tiles are
 * computed in parallel, each once. Then each band's rows of the block are read into one buffer
 * and written with one positional write per band ({@link BandFileWrite}), or copied in the kernel
 * from the band file they come from unchanged, bands in parallel. The tiles of the next block
 * are computed before a block is written, so that a thread done with its tiles writes instead of
 * waiting for another's. So memory is bounded by the computed tiles of two blocks and a strip
 * per thread; a block is at least one tile of every computed band, so an operator computing a
 * thousand bands keeps its tiles small (as DL-Simulate-Stack does). The first failure or a
 * cancellation stops every thread after its current step.
 *
 * <p>Tiles are computed ahead only while two blocks of them fit in half the tile cache: beyond
 * that the cache evicts a block's tiles before they are written, and each evicted tile is
 * computed again (one 128 x 128 tile of each of 998 DL-Unwrap bands is 65 MB, against a 64 MB
 * cache at -Xmx256m). Then each tile is computed as its band is written, bands in parallel, once.
 */
final class BandFilesWriter {

  private final List<Band> bands;
  private final List<Path> imageFiles;
  private final WriteBlocks blocks;
  private final List<Band> computedBands = new ArrayList<>();
  private final List<DimapBandImage> unchangedSources = new ArrayList<>();
  private final ProgressMonitor pm;
  private final String targetName;
  /** The schedule: stretches of steps, each the computing or the writing of one block. */
  private final int[] stretchStart;
  private final int[] stretchBlock;
  private final boolean[] stretchWrites;
  private final int steps;
  /** Whether the tiles of a block are computed ahead of writing it (see the class comment). */
  private final boolean computesAhead;
  private final AtomicInteger nextStep = new AtomicInteger();
  private final AtomicInteger stripsWritten = new AtomicInteger();
  private int tilesReported;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final List<FileChannel> channels = new ArrayList<>();

  /**
   * @param bands the bands to write (non-virtual)
   * @param imageFiles the {@code .img} file of each band, same order; created by {@link #write}
   * @param tileSize the tile size of the grid
   * @param targetName the product file, for messages
   */
  BandFilesWriter(List<Band> bands, List<Path> imageFiles, Dimension tileSize, ProgressMonitor pm, String targetName) {
    // two blocks' computed tiles are in memory at once: the one written, the next computed
    this(bands, imageFiles, tileSize, pm, targetName, WriteBlocks.budgetBytes() / 2);
  }

  /** As the other constructor, with the memory a block's computed tiles may take. */
  BandFilesWriter(List<Band> bands, List<Path> imageFiles, Dimension tileSize, ProgressMonitor pm, String targetName,
      long blockBudgetBytes) {
    this(bands, imageFiles, tileSize, pm, targetName, blockBudgetBytes, TileCacheSize.bytes());
  }

  /** As the other constructors, with the tile cache's capacity in bytes. */
  BandFilesWriter(List<Band> bands, List<Path> imageFiles, Dimension tileSize, ProgressMonitor pm, String targetName,
      long blockBudgetBytes, long tileCacheBytes) {
    this.bands = List.copyOf(bands);
    this.imageFiles = List.copyOf(imageFiles);
    this.pm = pm;
    this.targetName = targetName;
    long computedBytesPerPixel = 0;
    for (Band band : bands) {
      unchangedSources.add(BandFileWrite.unchangedSource(band));
      RasterImage image = SourceImages.rasterImageOf(band);
      if (image != null && image.cachesTiles()) {
        computedBands.add(band);
        computedBytesPerPixel += RasterDataTypes.elemSize(band.getDataType());
      }
    }
    this.blocks = new WriteBlocks(bands, tileSize, computedBytesPerPixel, blockBudgetBytes);
    long largestBlockBytes = 0;
    for (int k = 0; k < blocks.size(); k++) {
      Rectangle block = blocks.bounds(k); // its tiles side by side in one tile row
      largestBlockBytes = Math.max(largestBlockBytes, (long) block.width * block.height * computedBytesPerPixel);
    }
    // the other half of the cache is left to the operators' own source tiles (masks, say)
    this.computesAhead = 2 * largestBlockBytes <= tileCacheBytes / 2;
    // Computing block k+1 comes before writing block k: a thread done with its share of block
    // k+1's tiles then writes block k, whose tiles are ready, instead of waiting for the tile
    // another thread is still computing (JFR: 0.4 to 1.1 s per -q 2 run of gradient-stack.xml).
    int n = blocks.size();
    int stretches = 2 * n;
    stretchStart = new int[stretches + 1];
    stretchBlock = new int[stretches];
    stretchWrites = new boolean[stretches];
    int s = 0;
    for (int k = 0; k <= n; k++) {
      if (k < n) {
        addStretch(s++, k, false);
      }
      if (k > 0) {
        addStretch(s++, k - 1, true);
      }
    }
    this.steps = stretchStart[stretches];
  }

  private void addStretch(int s, int block, boolean writes) {
    stretchBlock[s] = block;
    stretchWrites[s] = writes;
    int length = writes ? bands.size() : computesAhead ? blocks.tiles(block).size() * computedBands.size() : 0;
    stretchStart[s + 1] = stretchStart[s] + length;
  }

  /** Number of tiles {@link #write} reports as work. */
  int tileCount() {
    return blocks.tileCount();
  }

  /**
   * Creates every band file at its full size, then fills it block by block; reports work in
   * tiles ({@code worked}, {@link #tileCount} in all) to the progress monitor (whose task the
   * caller began).
   *
   * @throws InterruptedIOException if the monitor is cancelled
   * @throws IOException if a band cannot be read or a file cannot be written
   * @throws RuntimeException unchanged, if a band's image fails (an {@code OperatorException})
   */
  void write() throws IOException {
    try {
      for (int i = 0; i < bands.size(); i++) {
        channels.add(BandFileWrite.create(bands.get(i), imageFiles.get(i), targetName));
      }
      runWorkers();
    } finally {
      closeChannels();
    }
    rethrowFailure();
    if (cancelled.get()) {
      throw new InterruptedIOException("writing " + targetName + " cancelled");
    }
  }

  private void runWorkers() throws InterruptedIOException {
    int threads = Math.max(1, Math.min(Parallelism.threads(), steps));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "dimap-writer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(this::work));
      }
      for (Future<?> worker : workers) {
        awaitWorker(worker);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void awaitWorker(Future<?> worker) throws InterruptedIOException {
    try {
      worker.get();
    } catch (InterruptedException e) {
      stop.set(true);
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("writing " + targetName + " interrupted");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      // work records its own failures; anything else is recorded here
      failure.compareAndSet(null, e.getCause());
    }
  }

  /** One worker: takes steps in order until none is left, a step fails or the run is cancelled. */
  private void work() {
    BandFileWrite strips = new BandFileWrite(targetName);
    try {
      int step;
      while (!stop.get() && (step = nextStep.getAndIncrement()) < steps) {
        if (checkCancelled()) {
          return;
        }
        int stretch = stretchOf(step);
        int block = stretchBlock[stretch];
        int index = step - stretchStart[stretch];
        if (!stretchWrites[stretch]) {
          // tile by tile, so that threads start on different bands: an operator's per-band state
          // computed on first use (a threshold over the whole band) is then computed in parallel
          Band band = computedBands.get(index % computedBands.size());
          prefetch(band, blocks.tiles(block).get(index / computedBands.size()));
        } else {
          int b = index;
          Band band = bands.get(b);
          DimapBandImage source = unchangedSources.get(b);
          if (source == null || !strips.copyRows(band, source, imageFiles.get(b), channels.get(b), blocks.bounds(block))) {
            strips.write(band, imageFiles.get(b), channels.get(b), blocks.bounds(block));
          }
          reportStrip();
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      failure.compareAndSet(null, e);
      stop.set(true);
    }
  }

  /** The last stretch starting at or before {@code step} (empty stretches share their start). */
  private int stretchOf(int step) {
    int low = 0;
    int high = stretchBlock.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (stretchStart[mid] <= step) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  private static void prefetch(Band band, Rectangle tile) {
    RasterImage image = SourceImages.rasterImageOf(band);
    Rectangle inBand = tile.intersection(new Rectangle(0, 0, band.getRasterWidth(), band.getRasterHeight()));
    if (image != null && !inBand.isEmpty()) {
      image.prefetch(inBand);
    }
  }

  /** Reports the tiles that the strips written so far amount to, in whole tiles. */
  private void reportStrip() {
    long written = stripsWritten.incrementAndGet();
    long strips = (long) blocks.size() * bands.size();
    synchronized (pm) {
      int tiles = (int) (written * blocks.tileCount() / strips);
      if (tiles > tilesReported) {
        pm.worked(tiles - tilesReported);
        tilesReported = tiles;
      }
    }
  }

  private boolean checkCancelled() {
    boolean isCanceled;
    synchronized (pm) {
      isCanceled = pm.isCanceled();
    }
    if (isCanceled) {
      cancelled.set(true);
      stop.set(true);
    }
    return isCanceled;
  }

  private void closeChannels() throws IOException {
    for (int i = 0; i < channels.size(); i++) {
      try {
        channels.get(i).close();
      } catch (IOException e) {
        // data not yet on disk may be lost with a failed close: a failure of the write
        failure.compareAndSet(null, BandFileWrite.cannotWrite(bands.get(i), imageFiles.get(i), targetName, e));
      }
    }
    channels.clear();
  }

  private void rethrowFailure() throws IOException {
    Throwable first = failure.get();
    if (first == null) {
      return;
    }
    if (first instanceof IOException) {
      throw (IOException) first;
    }
    if (first instanceof RuntimeException) {
      throw (RuntimeException) first;
    }
    if (first instanceof Error) {
      throw (Error) first;
    }
    throw new IOException("writing " + targetName + " failed: " + first, first);
  }

  /** The image tile size the grid uses for a product's preferred tile size. */
  static Dimension tileSize(Dimension preferred, List<Band> bands) {
    int width = 1;
    int height = 1;
    for (Band band : bands) {
      width = Math.max(width, band.getRasterWidth());
      height = Math.max(height, band.getRasterHeight());
    }
    return RasterImage.tileSize(preferred, width, height);
  }
}
