package org.esa.snap.core.gpf.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Product} field of an operator as a source, bound by alias or field name from
 * the source map.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SourceProduct {

  /** True if the operator runs without this source. */
  boolean optional() default false;

  /** A regular expression the source's product type must match. */
  String type() default "";

  /** Bands the source must contain. */
  String[] bands() default {};

  /** The source-map key used instead of the field name. */
  String alias() default "";

  /** A one-line description. */
  String description() default "";

  /** A human-readable name. */
  String label() default "";
}
