package org.dlinsar.lite.dimap;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.dlinsar.lite.image.BandImage;
import org.dlinsar.lite.image.RasterImage;
import org.dlinsar.lite.image.SourceImages;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * Writes a block of a band into its band file: reads the band's rows of the block into one
 * buffer ({@code Band.readRasterData}), encodes them big-endian into a direct buffer and writes
 * them with one positional write when the block spans the band's width (else one per row). A
 * band whose samples are a BEAM-DIMAP band file's, unchanged, is copied from that file byte for
 * byte instead ({@link #copyRows}). One instance per writer thread: it keeps its buffers from
 * block to block.
 */
final class BandFileWrite {

  private final String targetName;
  /** A sample buffer per data type: a product's bands mix types, and the buffers are large. */
  private final Map<Integer, ProductData> samples = new HashMap<>();
  private ByteBuffer bytes;

  /** @param targetName the product file, for messages */
  BandFileWrite(String targetName) {
    this.targetName = targetName;
  }

  /**
   * Creates {@code imageFile} at the band's full size and opens it for writing.
   *
   * @throws IOException naming the band, the product and the file
   */
  static FileChannel create(Band band, Path imageFile, String targetName) throws IOException {
    return create(band, imageFile, targetName, file -> {});
  }

  /** What happens to a band file's name once the file is made (a test swaps a link in). */
  @FunctionalInterface
  interface Created {
    void accept(Path imageFile) throws IOException;
  }

  /** As above; {@code created} runs once the file exists, before it is sized. */
  static FileChannel create(Band band, Path imageFile, String targetName, Created created) throws IOException {
    long size = (long) band.getRasterWidth() * band.getRasterHeight() * RasterDataTypes.elemSize(band.getDataType());
    FileChannel channel = null;
    try {
      // created new, and written through the channel that created it: a file or link put at the
      // name before or after is never opened, so nothing is written outside the data folder
      channel = FileChannel.open(imageFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      created.accept(imageFile);
      if (size > 0) {
        // the full size at once, as RandomAccessFile.setLength: a sparse file where it can be
        channel.write(ByteBuffer.allocate(1), size - 1);
      }
      return channel;
    } catch (IOException e) {
      if (channel != null) {
        channel.close();
      }
      // the channel says "File too large" or "No space left on device", not which file
      throw cannotWrite(band, imageFile, targetName, e);
    }
  }

  /**
   * Writes the part of {@code block} inside the band to {@code channel}, the band's file.
   *
   * @throws IOException if the band cannot be read or the file not written (naming both)
   * @throws RuntimeException unchanged, if the band's image fails
   */
  void write(Band band, Path imageFile, FileChannel channel, Rectangle block) throws IOException {
    int width = band.getRasterWidth();
    Rectangle r = block.intersection(new Rectangle(0, 0, width, band.getRasterHeight()));
    if (r.isEmpty()) {
      return;
    }
    int elemSize = RasterDataTypes.elemSize(band.getDataType());
    int rowsPerRead = (int) Math.max(1, Math.min(r.height, DirectBuffers.MAX_BYTES / ((long) r.width * elemSize)));
    for (int y = r.y; y < r.y + r.height; y += rowsPerRead) {
      int rows = Math.min(rowsPerRead, r.y + r.height - y);
      ProductData data = samples(band.getDataType(), r.width * rows);
      band.readRasterData(r.x, y, r.width, rows, data);
      try {
        if (r.width == width) {
          writeRun(channel, data.getElems(), 0, r.width * rows, (long) y * width * elemSize, elemSize);
        } else {
          for (int row = 0; row < rows; row++) {
            long position = ((long) (y + row) * width + r.x) * elemSize;
            writeRun(channel, data.getElems(), row * r.width, r.width, position, elemSize);
          }
        }
      } catch (IOException e) {
        throw cannotWrite(band, imageFile, targetName, e);
      }
    }
  }

  /**
   * The band file whose bytes are the band's samples unchanged, if there is one: the band reads
   * its samples, through copies of other bands ({@link BandImage}) that hold no raster data of
   * their own, from a BEAM-DIMAP band file of its data type and size. Its rows can be copied
   * byte for byte ({@link #copyRows}). Else null.
   */
  static DimapBandImage unchangedSource(Band band) {
    RasterDataNode node = band;
    RasterImage image = SourceImages.rasterImageOf(node);
    while (image instanceof BandImage copy) {
      node = copy.getSource();
      image = SourceImages.rasterImageOf(node);
    }
    boolean same = image instanceof DimapBandImage file && file.dataType() == band.getDataType()
        && file.getWidth() == band.getRasterWidth() && file.getHeight() == band.getRasterHeight();
    return same ? (DimapBandImage) image : null;
  }

  /**
   * Copies the rows of {@code block} from {@code source} (see {@link #unchangedSource}) into
   * {@code channel}, when the block spans the band's width; else returns false and copies
   * nothing.
   *
   * @throws IOException naming the band and both files
   */
  boolean copyRows(Band band, DimapBandImage source, Path imageFile, FileChannel channel, Rectangle block)
      throws IOException {
    int width = band.getRasterWidth();
    Rectangle r = block.intersection(new Rectangle(0, 0, width, band.getRasterHeight()));
    if (r.isEmpty() || r.x != 0 || r.width != width) {
      return r.isEmpty();
    }
    long rowBytes = (long) width * RasterDataTypes.elemSize(band.getDataType());
    try {
      source.copyBytes(r.y * rowBytes, r.height * rowBytes, channel, r.y * rowBytes);
    } catch (IOException e) {
      throw new IOException("cannot write band '" + band.getName() + "' of " + targetName + " to " + imageFile
          + " from " + source.imageFile() + ": " + FileErrors.reason(imageFile, e), e);
    }
    return true;
  }

  /** The band file's path is a temporary one; the message names the product being written too. */
  static IOException cannotWrite(Band band, Path imageFile, String targetName, IOException e) {
    return new IOException("cannot write band '" + band.getName() + "' of " + targetName + " to " + imageFile + ": "
        + FileErrors.reason(imageFile, e), e);
  }

  /** A buffer of at least {@code n} samples of {@code type}, kept for the next block. */
  private ProductData samples(int type, int n) {
    ProductData buffer = samples.get(type);
    if (buffer == null || buffer.getNumElems() < n) {
      buffer = ProductData.createInstance(type, n);
      samples.put(type, buffer);
    }
    return buffer;
  }

  /** Encodes {@code count} samples from {@code offset} and writes them at byte {@code position}. */
  private void writeRun(FileChannel channel, Object array, int offset, int count, long position, int elemSize)
      throws IOException {
    if (bytes == null || bytes.capacity() < Math.min((long) count * elemSize, DirectBuffers.MAX_BYTES)) {
      bytes = ByteBuffer.allocateDirect((int) Math.min((long) count * elemSize, DirectBuffers.MAX_BYTES));
    }
    int chunk = bytes.capacity() / elemSize;
    for (int done = 0; done < count; done += chunk) {
      int n = Math.min(chunk, count - done);
      bytes.clear().order(ByteOrder.BIG_ENDIAN);
      BigEndianSamples.encode(array, offset + done, n, bytes);
      bytes.flip();
      long at = position + (long) done * elemSize;
      while (bytes.hasRemaining()) {
        at += channel.write(bytes, at);
      }
    }
  }
}
