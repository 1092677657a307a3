package org.esa.snap.core.gpf.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field whose value an operator computes in {@code initialize()}, read through
 * {@code Operator.getTargetProperty(name)} by field name or alias.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TargetProperty {

  /** A human-readable name. */
  String label() default "";

  /** A one-line description. */
  String description() default "";

  /** A name used instead of the field name. */
  String alias() default "";
}
