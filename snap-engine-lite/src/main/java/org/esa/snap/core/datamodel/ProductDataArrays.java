package org.esa.snap.core.datamodel;

import java.util.Arrays;

/** Copies and compares the backing arrays of {@link ProductData}. */
final class ProductDataArrays {

  private ProductDataArrays() {
  }

  /** A copy of a primitive array (or the same String). */
  static Object copyOf(Object elems) {
    if (elems instanceof byte[]) {
      return ((byte[]) elems).clone();
    } else if (elems instanceof short[]) {
      return ((short[]) elems).clone();
    } else if (elems instanceof int[]) {
      return ((int[]) elems).clone();
    } else if (elems instanceof long[]) {
      return ((long[]) elems).clone();
    } else if (elems instanceof float[]) {
      return ((float[]) elems).clone();
    } else if (elems instanceof double[]) {
      return ((double[]) elems).clone();
    }
    return elems;
  }

  /** Whether two backing arrays have equal contents. */
  static boolean equal(Object a, Object b) {
    return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
  }
}
