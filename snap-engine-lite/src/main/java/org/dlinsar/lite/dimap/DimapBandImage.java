package org.dlinsar.lite.dimap;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.WritableRaster;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.dlinsar.lite.image.RasterImage;

/**
 * The samples of one band of a BEAM-DIMAP product, read on request from its big-endian ENVI
 * {@code .img} file (raw, band-sequential, no header).
 *
 * <p>The file is opened on the first read and its channel shared by all threads reading the band
 * (positional reads), until the band is disposed ({@link #dispose()}). A rectangle is read
 * straight into the samples it is asked for ({@link BandFileReads}). Read failures surface as
 * {@link UncheckedIOException} naming the file.
 */
final class DimapBandImage extends RasterImage {

  private final Path imageFile;
  private final int dataType;
  private final int elemSize;
  private final SharedReadChannel channel;

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
    this.channel = new SharedReadChannel(imageFile);
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
    try {
      channel.read(file -> BandFileReads.read(file, getWidth(), elemSize, r, samples));
    } catch (ClosedByInterruptException e) {
      throw new UncheckedIOException(e); // a cancelled read, known by its type
    } catch (IOException e) {
      // the cause says it all: Band.readRasterData throws the cause alone
      throw new UncheckedIOException(new IOException("cannot read " + r.width + "x" + r.height + " pixels at ("
          + r.x + ", " + r.y + ") from " + BandFileMounts.name(imageFile) + ": " + FileErrors.reason(imageFile, e), e));
    }
  }

  /**
   * Copies {@code count} bytes of the band file from byte {@code position} into {@code target}
   * at {@code targetPosition}, in the kernel (no samples pass through the JVM). Holds
   * {@code target}'s lock meanwhile: the copy writes at the target's own position.
   *
   * @throws IOException if reading this file or writing the target fails; EOF if this file
   *     ends before the bytes do
   */
  void copyBytes(long position, long count, FileChannel target, long targetPosition) throws IOException {
    channel.read(file -> {
      synchronized (target) {
        target.position(targetPosition);
        for (long done = 0; done < count; ) {
          long n = file.transferTo(position + done, count - done, target);
          if (n <= 0 && position + done >= file.size()) {
            throw new EOFException("file ends at byte " + (position + done));
          }
          done += n;
        }
      }
    });
  }

  /** Closes the band file. */
  @Override
  public void dispose() {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing was written through it: closing a read channel loses nothing
    }
  }
}
