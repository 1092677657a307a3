package org.esa.snap.core.datamodel;

import org.dlinsar.lite.image.RasterImage;
import java.awt.Rectangle;
import java.awt.image.BandedSampleModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Moves raw samples between rasters, images and {@link ProductData} buffers. */
final class RasterSamples {

  private RasterSamples() {
  }

  /**
   * Copies rectangle (x, y, w, h) of {@code source}, a row-major raster {@code sourceWidth}
   * wide, into {@code target} (w * h samples, row-major). Both have the same backing array type.
   */
  static void copyRect(ProductData source, int sourceWidth, int x, int y, int w, int h, ProductData target) {
    Object from = source.getElems();
    Object to = target.getElems();
    for (int row = 0; row < h; row++) {
      System.arraycopy(from, (y + row) * sourceWidth + x, to, row * w, w);
    }
  }

  /** Copies {@code source} (w * h samples) into rectangle (x, y, w, h) of {@code target}. */
  static void pasteRect(ProductData source, int x, int y, int w, int h, ProductData target, int targetWidth) {
    Object from = source.getElems();
    Object to = target.getElems();
    for (int row = 0; row < h; row++) {
      System.arraycopy(from, row * w, to, (y + row) * targetWidth + x, w);
    }
  }

  /**
   * Fills {@code target} with the raw samples of rectangle (x, y, w, h) of {@code image}.
   *
   * @throws IOException the cause of an {@link UncheckedIOException} from the image; other
   *     runtime exceptions (an operator's) pass through unchanged
   */
  static void readImage(RenderedImage image, int x, int y, int w, int h, ProductData target) throws IOException {
    Raster raster;
    try {
      if (image instanceof RasterImage own && fitsTarget(own, target)) {
        // straight into the target's array: no raster of the image's own to copy from
        own.read(new Rectangle(x, y, w, h), target.getElems());
        return;
      }
      raster = image.getData(new Rectangle(x, y, w, h));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Object bank = wholeBank(raster, x, y, w, h);
    if (bank != null && bank.getClass() == target.getElems().getClass()) {
      System.arraycopy(bank, 0, target.getElems(), 0, w * h);
      return;
    }
    int n = w * h;
    int transferType = raster.getSampleModel().getDataType();
    if (transferType == DataBuffer.TYPE_FLOAT) {
      float[] samples = raster.getSamples(x, y, w, h, 0, (float[]) null);
      for (int i = 0; i < n; i++) {
        target.setElemFloatAt(i, samples[i]);
      }
    } else if (transferType == DataBuffer.TYPE_DOUBLE) {
      double[] samples = raster.getSamples(x, y, w, h, 0, (double[]) null);
      for (int i = 0; i < n; i++) {
        target.setElemDoubleAt(i, samples[i]);
      }
    } else {
      int[] samples = raster.getSamples(x, y, w, h, 0, (int[]) null);
      for (int i = 0; i < n; i++) {
        target.setElemIntAt(i, samples[i]);
      }
    }
  }

  /** Whether the image's samples have the type of the target's array. */
  private static boolean fitsTarget(RasterImage image, ProductData target) {
    int type = image.getSampleModel().getDataType();
    Object elems = target.getElems();
    return switch (type) {
      case DataBuffer.TYPE_BYTE -> elems instanceof byte[];
      case DataBuffer.TYPE_SHORT, DataBuffer.TYPE_USHORT -> elems instanceof short[];
      case DataBuffer.TYPE_INT -> elems instanceof int[];
      case DataBuffer.TYPE_FLOAT -> elems instanceof float[];
      case DataBuffer.TYPE_DOUBLE -> elems instanceof double[];
      default -> false;
    };
  }

  /**
   * The raster's one bank when it holds exactly the w * h samples of the rectangle, row-major
   * from index 0; else null.
   */
  private static Object wholeBank(Raster raster, int x, int y, int w, int h) {
    if (raster.getNumBands() != 1 || raster.getMinX() != x || raster.getMinY() != y
        || raster.getWidth() != w || raster.getHeight() != h
        || raster.getSampleModelTranslateX() != x || raster.getSampleModelTranslateY() != y) {
      return null;
    }
    DataBuffer buffer = raster.getDataBuffer();
    if (!(raster.getSampleModel() instanceof ComponentSampleModel) || buffer.getNumBanks() != 1
        || buffer.getOffset() != 0 || buffer.getSize() != w * h) {
      return null;
    }
    ComponentSampleModel model = (ComponentSampleModel) raster.getSampleModel();
    if (model.getPixelStride() != 1 || model.getScanlineStride() != w || model.getBandOffsets()[0] != 0
        || !(model instanceof BandedSampleModel || model.getNumBands() == 1)) {
      return null;
    }
    return RasterImage.samplesOf(buffer);
  }
}
