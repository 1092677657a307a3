package org.esa.snap.core.gpf;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;

/** The size check behind {@code Operator.ensureSingleRasterSize}. */
final class RasterSizes {

  private RasterSizes() {
  }

  /**
   * Returns the size all rasters share.
   *
   * @param prefix message prefix naming the operator
   * @param what "products" or "rasters", for messages
   * @param names a description of each raster, parallel to {@code sizes}
   * @throws OperatorException listing every raster and its size if they differ, or if none is given
   */
  static Dimension common(String prefix, String what, String[] names, Dimension[] sizes) {
    if (sizes.length == 0) {
      throw new OperatorException(prefix + "no " + what + " given to compare sizes");
    }
    boolean same = true;
    for (Dimension size : sizes) {
      same &= size.equals(sizes[0]);
    }
    if (same) {
      return new Dimension(sizes[0]);
    }
    List<String> described = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      described.add(names[i] + " is " + OperatorContext.size(sizes[i]));
    }
    throw new OperatorException(prefix + "all " + what + " must have the same raster size, but " + String.join(", ", described));
  }
}
