package org.dlinsar.lite.dimap;

import org.esa.snap.core.datamodel.ProductData;

/**
 * The {@code ProductData} types a BEAM-DIMAP band file can hold, with their DIMAP names, sizes
 * and ENVI data-type codes.
 */
final class RasterDataTypes {

  private RasterDataTypes() {
  }

  /**
   * Returns the {@code ProductData} type of a DIMAP {@code DATA_TYPE} name (int8, uint8, int16,
   * uint16, int32, uint32, float32, float64), or -1 for any other name.
   */
  static int fromName(String name) {
    switch (name == null ? "" : name.trim()) {
      case ProductData.TYPESTRING_INT8:
        return ProductData.TYPE_INT8;
      case ProductData.TYPESTRING_UINT8:
        return ProductData.TYPE_UINT8;
      case ProductData.TYPESTRING_INT16:
        return ProductData.TYPE_INT16;
      case ProductData.TYPESTRING_UINT16:
        return ProductData.TYPE_UINT16;
      case ProductData.TYPESTRING_INT32:
        return ProductData.TYPE_INT32;
      case ProductData.TYPESTRING_UINT32:
        return ProductData.TYPE_UINT32;
      case ProductData.TYPESTRING_FLOAT32:
        return ProductData.TYPE_FLOAT32;
      case ProductData.TYPESTRING_FLOAT64:
        return ProductData.TYPE_FLOAT64;
      default:
        return -1;
    }
  }

  /** Returns the DIMAP name of a raster type, as {@link #fromName} reads it. */
  static String name(int type) {
    switch (type) {
      case ProductData.TYPE_INT8:
        return ProductData.TYPESTRING_INT8;
      case ProductData.TYPE_UINT8:
        return ProductData.TYPESTRING_UINT8;
      case ProductData.TYPE_INT16:
        return ProductData.TYPESTRING_INT16;
      case ProductData.TYPE_UINT16:
        return ProductData.TYPESTRING_UINT16;
      case ProductData.TYPE_INT32:
        return ProductData.TYPESTRING_INT32;
      case ProductData.TYPE_UINT32:
        return ProductData.TYPESTRING_UINT32;
      case ProductData.TYPE_FLOAT32:
        return ProductData.TYPESTRING_FLOAT32;
      case ProductData.TYPE_FLOAT64:
        return ProductData.TYPESTRING_FLOAT64;
      default:
        throw new IllegalArgumentException("ProductData type " + type + " cannot be stored in a BEAM-DIMAP band");
    }
  }

  /** Bytes per sample of a raster type. */
  static int elemSize(int type) {
    switch (type) {
      case ProductData.TYPE_INT8:
      case ProductData.TYPE_UINT8:
        return 1;
      case ProductData.TYPE_INT16:
      case ProductData.TYPE_UINT16:
        return 2;
      case ProductData.TYPE_INT32:
      case ProductData.TYPE_UINT32:
      case ProductData.TYPE_FLOAT32:
        return 4;
      case ProductData.TYPE_FLOAT64:
        return 8;
      default:
        throw new IllegalArgumentException("ProductData type " + type + " cannot be stored in a BEAM-DIMAP band");
    }
  }

  /**
   * The ENVI {@code data type} code SNAP writes for a raster type: 1 (int8/uint8), 2 (int16),
   * 12 (uint16), 3 (int32/uint32), 4 (float32), 5 (float64).
   */
  static int enviCode(int type) {
    switch (type) {
      case ProductData.TYPE_INT8:
      case ProductData.TYPE_UINT8:
        return 1;
      case ProductData.TYPE_INT16:
        return 2;
      case ProductData.TYPE_UINT16:
        return 12;
      case ProductData.TYPE_INT32:
      case ProductData.TYPE_UINT32:
        return 3;
      case ProductData.TYPE_FLOAT32:
        return 4;
      case ProductData.TYPE_FLOAT64:
        return 5;
      default:
        throw new IllegalArgumentException("ProductData type " + type + " cannot be stored in a BEAM-DIMAP band");
    }
  }
}
