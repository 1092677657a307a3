package org.dlinsar.lite.dimap;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.WritableRaster;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dlinsar.lite.image.RasterImage;

/**
 * The samples of one band of a BEAM-DIMAP product, read on request from its big-endian ENVI
 * {@code .img} file (raw, band-sequential, no header).
 *
 * <p>Each request opens the file, reads the rows of the rectangle with positional reads and
 * closes it, so no file handle outlives a call and concurrent requests do not interfere.
 * Read failures surface as {@link UncheckedIOException} naming the file.
 */
final class DimapBandImage extends RasterImage {

  /** Largest read buffer, so a large rectangle is read in bounded chunks. */
  private static final int CHUNK_BYTES = 1 << 20;

  private final Path imageFile;
  private final int dataType;
  private final int elemSize;

  /**
   * @param imageFile the band's {@code .img}; its size was checked by the reader
   * @param dataType the band's {@code ProductData} type
   * @param width raster width in pixels
   * @param height raster height in pixels
   * @param tileSize tile grid of the image
   */
  DimapBandImage(Path imageFile, int dataType, int width, int height, Dimension tileSize) {
    super(dataBufferType(dataType), width, height, tileSize.width, tileSize.height);
    this.imageFile = imageFile;
    this.dataType = dataType;
    this.elemSize = RasterDataTypes.elemSize(dataType);
  }

  /** The {@code .img} file this image reads. */
  Path imageFile() {
    return imageFile;
  }

  /** The {@code ProductData} type of the samples. */
  int dataType() {
    return dataType;
  }

  @Override
  protected void computeRect(WritableRaster target) {
    Rectangle r = target.getBounds();
    Object samples = RasterImage.samplesOf(target.getDataBuffer());
    boolean wholeRows = r.x == 0 && r.width == getWidth();
    int longestRun = wholeRows ? r.width * r.height : r.width;
    ByteBuffer bytes = ByteBuffer.allocate(Math.min(longestRun, CHUNK_BYTES / elemSize) * elemSize);
    try (FileChannel channel = FileChannel.open(imageFile, StandardOpenOption.READ)) {
      if (wholeRows) {
        // the rectangle is one contiguous run of the file
        readRun(channel, bytes, (long) r.y * getWidth(), samples, 0, longestRun);
      } else {
        for (int row = 0; row < r.height; row++) {
          long first = (long) (r.y + row) * getWidth() + r.x;
          readRun(channel, bytes, first, samples, row * r.width, r.width);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + r.width + "x" + r.height + " pixels at (" + r.x + ", " + r.y
          + ") from " + imageFile + ": " + FileErrors.reason(imageFile, e), e);
    }
  }

  /**
   * Reads {@code count} samples starting at sample index {@code first} of the file, through
   * {@code bytes} (reused, in chunks of its capacity).
   */
  private void readRun(FileChannel channel, ByteBuffer bytes, long first, Object samples, int offset, int count)
      throws IOException {
    int chunk = bytes.capacity() / elemSize;
    int done = 0;
    while (done < count) {
      int n = Math.min(chunk, count - done);
      bytes.clear().limit(n * elemSize);
      long position = (first + done) * elemSize;
      while (bytes.hasRemaining()) {
        int read = channel.read(bytes, position + bytes.position());
        if (read < 0) {
          throw new EOFException("file ends at byte " + (position + bytes.position()));
        }
      }
      bytes.flip();
      BigEndianSamples.decode(bytes, samples, offset + done, n);
      done += n;
    }
  }
}
