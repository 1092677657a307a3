package org.dlinsar.lite.dimap;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.dlinsar.lite.TestResources;
import org.dlinsar.lite.image.RasterImage;

/** Shared test fixtures: computed band images, SNAP's sample products, raw band-file reads. */
final class DimapTestSupport {

  private DimapTestSupport() {
  }

  /** The value {@link ComputedImage} gives band {@code band} at pixel (x, y). */
  static float computedValue(int band, int x, int y) {
    return band * 1000.0f + y * 0.5f + x * 0.25f;
  }

  /**
   * A float32 image computing {@link #computedValue}; records how many rectangles are being
   * computed at once, and throws {@code failure} for a rectangle whose first row matches
   * {@code failAtRow}.
   */
  static final class ComputedImage extends RasterImage {
    private final int band;
    private final AtomicInteger inFlight;
    private final AtomicInteger maxInFlight;
    private final IntPredicate failAtRow;
    private final RuntimeException failure;

    ComputedImage(int band, int width, int height, int tile, AtomicInteger inFlight, AtomicInteger maxInFlight) {
      this(band, width, height, tile, inFlight, maxInFlight, y -> false, null);
    }

    ComputedImage(int band, int width, int height, int tile, AtomicInteger inFlight, AtomicInteger maxInFlight,
        IntPredicate failAtRow, RuntimeException failure) {
      super(DataBuffer.TYPE_FLOAT, width, height, tile, tile);
      this.band = band;
      this.inFlight = inFlight;
      this.maxInFlight = maxInFlight;
      this.failAtRow = failAtRow;
      this.failure = failure;
    }

    @Override
    protected void computeRect(WritableRaster target) {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        Rectangle r = target.getBounds();
        if (failAtRow.test(r.y)) {
          throw failure;
        }
        for (int y = r.y; y < r.y + r.height; y++) {
          for (int x = r.x; x < r.x + r.width; x++) {
            target.setSample(x, y, 0, computedValue(band, x, y));
          }
        }
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  /** A progress monitor that records work and cancels itself after {@code cancelAfter} tiles. */
  static final class RecordingMonitor implements ProgressMonitor {
    final int cancelAfter;
    int totalWork = -1;
    String taskName;
    int worked;
    boolean done;
    private boolean canceled;

    RecordingMonitor(int cancelAfter) {
      this.cancelAfter = cancelAfter;
    }

    @Override
    public void beginTask(String name, int totalWork) {
      this.taskName = name;
      this.totalWork = totalWork;
    }

    @Override
    public void done() {
      done = true;
    }

    @Override
    public void internalWorked(double work) {
    }

    @Override
    public boolean isCanceled() {
      return canceled;
    }

    @Override
    public void setCanceled(boolean canceled) {
      this.canceled = canceled;
    }

    @Override
    public void setTaskName(String name) {
    }

    @Override
    public void setSubTaskName(String name) {
    }

    @Override
    public void worked(int work) {
      worked += work;
      if (worked >= cancelAfter) {
        canceled = true;
      }
    }
  }

  /** The SNAP-written sample products, a test resource with its provenance in {@code SOURCE.md}. */
  static Path samplesFolder() {
    return TestResources.path("snap-api/samples");
  }

  /** Reads {@code size} big-endian bytes of sample {@code index} of a raw band file. */
  static ByteBuffer rawSample(Path img, long index, int size) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(size).order(ByteOrder.BIG_ENDIAN);
    try (FileChannel channel = FileChannel.open(img)) {
      channel.read(bytes, index * size);
    }
    return bytes.flip();
  }
}
