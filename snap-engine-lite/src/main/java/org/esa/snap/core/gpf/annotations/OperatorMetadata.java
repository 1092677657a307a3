package org.esa.snap.core.gpf.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes an operator class: its alias (the name under which GPF, graph XML and the command
 * line find it) and what gpt and the Graph Builder show about it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OperatorMetadata {

  /** The operator's unique name, compared case-insensitively by the registry. */
  String alias();

  /** A human-readable name. */
  String label() default "";

  /** The operator's version. */
  String version() default "";

  /** The authors. */
  String authors() default "";

  /** The copyright notice. */
  String copyright() default "";

  /** A one-line description, shown by {@code gpt -h}. */
  String description() default "";

  /** Menu path for the Graph Builder, slash-separated. */
  String category() default "";

  /** True for operators that write their own output (such as {@code Write}). */
  boolean autoWriteDisabled() default false;

  /** True for operators hidden from users. */
  boolean internal() default false;
}
