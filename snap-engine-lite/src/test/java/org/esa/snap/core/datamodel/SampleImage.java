package org.esa.snap.core.datamodel;

import java.awt.image.WritableRaster;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dlinsar.lite.image.RasterImage;

/** A test image whose raw sample at (x, y) is {@code 10 * y + x}, or that fails as told. */
final class SampleImage extends RasterImage {

  final AtomicInteger computeCalls = new AtomicInteger();
  private final Supplier<RuntimeException> failure;

  SampleImage(int productDataType, int width, int height) {
    this(productDataType, width, height, 4, 4, null);
  }

  SampleImage(int productDataType, int width, int height, int tileWidth, int tileHeight,
      Supplier<RuntimeException> failure) {
    super(dataBufferType(productDataType), width, height, tileWidth, tileHeight);
    this.failure = failure;
  }

  static SampleImage failing(int width, int height, Supplier<RuntimeException> failure) {
    return new SampleImage(ProductData.TYPE_FLOAT32, width, height, 4, 4, failure);
  }

  @Override
  protected void computeRect(WritableRaster target) {
    computeCalls.incrementAndGet();
    if (failure != null) {
      throw failure.get();
    }
    for (int y = target.getMinY(); y < target.getMinY() + target.getHeight(); y++) {
      for (int x = target.getMinX(); x < target.getMinX() + target.getWidth(); x++) {
        target.setSample(x, y, 0, 10 * y + x);
      }
    }
  }
}
