package org.esa.snap.core.gpf.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Product[]} field of an operator that receives every source product not bound to
 * a {@link SourceProduct} field, in the order they were given.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SourceProducts {

  /** The source-map key prefix. */
  String alias() default "";

  /** The number of sources required: 0 = not checked, -1 = at least one. */
  int count() default 0;

  /** A regular expression every source's product type must match. */
  String type() default "";

  /** Bands every source must contain. */
  String[] bands() default {};

  /** A one-line description. */
  String description() default "";

  /** A human-readable name. */
  String label() default "";

  /** True if the sources may have bands of different sizes. */
  boolean canBeMultisize() default true;
}
