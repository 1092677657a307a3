package org.dlinsar.lite.dimap;

import org.dlinsar.lite.Parallelism;
import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;

/**
 * Writes the {@code .img} files of a product's non-virtual bands, tile by tile, in parallel.
 *
 * <p>A fixed pool of one thread per processor pulls tiles of the product's tile grid from a
 * shared counter; for its tile a thread reads each band's rectangle in turn
 * ({@code Band.readRasterData}) and writes its rows at their offsets with positional writes.
 * So at most one band rectangle per thread is in memory, however many bands the product has,
 * and all bands of a tile are pulled together (a tile-stack operator computes each tile once).
 * The first failure or a cancellation stops every thread after its current band rectangle.
 */
final class BandFilesWriter {

  private final List<Band> bands;
  private final List<Path> imageFiles;
  private final List<Rectangle> tiles;
  private final ProgressMonitor pm;
  private final String targetName;
  private final AtomicInteger nextTile = new AtomicInteger();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /**
   * @param bands the bands to write (non-virtual)
   * @param imageFiles the {@code .img} file of each band, same order; created by {@link #write}
   * @param tileSize the tile size of the grid
   * @param targetName the product file, for messages
   */
  BandFilesWriter(List<Band> bands, List<Path> imageFiles, Dimension tileSize, ProgressMonitor pm, String targetName) {
    this.bands = List.copyOf(bands);
    this.imageFiles = List.copyOf(imageFiles);
    this.pm = pm;
    this.targetName = targetName;
    this.tiles = tileGrid(bands, tileSize);
  }

  /** The rectangles of the tile grid covering every band, row by row. */
  private static List<Rectangle> tileGrid(List<Band> bands, Dimension tileSize) {
    int width = 0;
    int height = 0;
    for (Band band : bands) {
      width = Math.max(width, band.getRasterWidth());
      height = Math.max(height, band.getRasterHeight());
    }
    List<Rectangle> grid = new ArrayList<>();
    for (int y = 0; y < height; y += tileSize.height) {
      for (int x = 0; x < width; x += tileSize.width) {
        grid.add(new Rectangle(x, y, Math.min(tileSize.width, width - x), Math.min(tileSize.height, height - y)));
      }
    }
    return grid;
  }

  /** Number of tiles {@link #write} reports as work. */
  int tileCount() {
    return tiles.size();
  }

  /**
   * Creates every band file at its full size, then fills it tile by tile; reports
   * {@code worked(1)} per tile to the progress monitor (whose task the caller began).
   *
   * @throws InterruptedIOException if the monitor is cancelled
   * @throws IOException if a band cannot be read or a file cannot be written
   * @throws RuntimeException unchanged, if a band's image fails (an {@code OperatorException})
   */
  void write() throws IOException {
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      long size = (long) band.getRasterWidth() * band.getRasterHeight() * RasterDataTypes.elemSize(band.getDataType());
      Path imageFile = imageFiles.get(i);
      try (RandomAccessFile file = new RandomAccessFile(imageFile.toFile(), "rw")) {
        file.setLength(size);
      } catch (IOException e) {
        // RandomAccessFile says "File too large" or "No space left on device", not which file
        throw cannotWrite(band, imageFile, e);
      }
    }
    int threads = Math.max(1, Math.min(Parallelism.threads(), tiles.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "dimap-writer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(this::pullTiles));
      }
      for (Future<?> worker : workers) {
        awaitWorker(worker);
      }
    } finally {
      pool.shutdownNow();
    }
    rethrowFailure();
    if (cancelled.get()) {
      throw new InterruptedIOException("writing " + targetName + " cancelled");
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
      // pullTiles records its own failures; anything else is recorded here
      failure.compareAndSet(null, e.getCause());
    }
  }

  private void pullTiles() {
    try {
      int index;
      while (!stop.get() && (index = nextTile.getAndIncrement()) < tiles.size()) {
        if (checkCancelled()) {
          return;
        }
        Rectangle tile = tiles.get(index);
        for (int b = 0; b < bands.size() && !stop.get(); b++) {
          writeTile(bands.get(b), imageFiles.get(b), tile);
        }
        synchronized (pm) {
          pm.worked(1);
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      failure.compareAndSet(null, e);
      stop.set(true);
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

  /** Reads the part of {@code tile} inside the band and writes its rows into the band file. */
  private void writeTile(Band band, Path imageFile, Rectangle tile) throws IOException {
    Rectangle r = tile.intersection(new Rectangle(0, 0, band.getRasterWidth(), band.getRasterHeight()));
    if (r.isEmpty()) {
      return;
    }
    ProductData samples = band.createCompatibleRasterData(r.width, r.height);
    band.readRasterData(r.x, r.y, r.width, r.height, samples);
    int elemSize = RasterDataTypes.elemSize(band.getDataType());
    ByteBuffer bytes = ByteBuffer.allocate(r.width * r.height * elemSize);
    BigEndianSamples.encode(samples.getElems(), 0, r.width * r.height, bytes);
    bytes.flip();
    int width = band.getRasterWidth();
    try (FileChannel channel = FileChannel.open(imageFile, StandardOpenOption.WRITE)) {
      if (r.x == 0 && r.width == width) {
        writeFully(channel, bytes, (long) r.y * width * elemSize);
      } else {
        int rowBytes = r.width * elemSize;
        for (int row = 0; row < r.height; row++) {
          ByteBuffer rowSlice = bytes.slice(row * rowBytes, rowBytes);
          writeFully(channel, rowSlice, ((long) (r.y + row) * width + r.x) * elemSize);
        }
      }
    } catch (IOException e) {
      throw cannotWrite(band, imageFile, e);
    }
  }

  /** The band file's path is a temporary one; the message names the product being written too. */
  private IOException cannotWrite(Band band, Path imageFile, IOException e) {
    return new IOException("cannot write band '" + band.getName() + "' of " + targetName + " to " + imageFile + ": "
        + FileErrors.reason(imageFile, e), e);
  }

  private static void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
    long at = position;
    while (bytes.hasRemaining()) {
      at += channel.write(bytes, at);
    }
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
