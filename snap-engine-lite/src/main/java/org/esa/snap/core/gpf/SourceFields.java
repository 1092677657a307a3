package org.esa.snap.core.gpf;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;

/** Which kinds of source field an operator class declares (its descriptor's source descriptors in SNAP). */
final class SourceFields {

  private SourceFields() {
  }

  /** Whether the class or a superclass has a {@code @SourceProduct} field. */
  static boolean hasSingle(Class<? extends Operator> type) {
    return has(type, SourceProduct.class);
  }

  /** Whether the class or a superclass has a {@code @SourceProducts} field. */
  static boolean hasMultiple(Class<? extends Operator> type) {
    return has(type, SourceProducts.class);
  }

  private static boolean has(Class<?> type, Class<? extends Annotation> annotation) {
    for (Class<?> c = type; c != null && c != Operator.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.isAnnotationPresent(annotation)) {
          return true;
        }
      }
    }
    return false;
  }
}
