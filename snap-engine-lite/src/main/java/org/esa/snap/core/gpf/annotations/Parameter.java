package org.esa.snap.core.gpf.annotations;

import com.bc.ceres.binding.Converter;
import com.bc.ceres.binding.Validator;
import com.bc.ceres.binding.dom.DomConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * Marks an operator field as a processing parameter, set from the parameter map, graph XML or
 * the command line.
 *
 * <p>The headless engine honours {@code alias}, {@code defaultValue}, {@code valueSet},
 * {@code interval} ("[a,b]", "(a,b)", "[a,*)", "(*,b]") and {@code notEmpty} of a value that is
 * set; an unset (null) value reaches initialize() whatever {@code notNull} and {@code notEmpty} say,
 * as in SNAP, which checks them only as a value is set. The other elements are descriptive, or used
 * only by SNAP Desktop.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Parameter {

  /** The name used in parameter maps and graph XML instead of the field name. */
  String alias() default "";

  /** The element name of array items in graph XML. */
  String itemAlias() default "";

  /** The default value as text, converted to the field type. */
  String defaultValue() default "";

  /** A human-readable name. */
  String label() default "";

  /** The unit of the value. */
  String unit() default "";

  /** A one-line description. */
  String description() default "";

  /** The allowed values, as text. */
  String[] valueSet() default {};

  /** The allowed numeric range, for example "(0,1]" or "[1,*)". */
  String interval() default "";

  /** A condition on other parameters (descriptive in the headless engine). */
  String condition() default "";

  /** A regular expression for text values (descriptive in the headless engine). */
  String pattern() default "";

  /** A format for dates and numbers (descriptive in the headless engine). */
  String format() default "";

  /** True if the value must not be null. */
  boolean notNull() default false;

  /** True if the value must not be null, empty text or an empty array. */
  boolean notEmpty() default false;

  /** A custom validator class (SNAP only). */
  Class<? extends Validator> validator() default Validator.class;

  /** A custom text converter class (SNAP only). */
  @SuppressWarnings("rawtypes")
  Class<? extends Converter> converter() default Converter.class;

  /** A custom graph-XML converter class (SNAP only). */
  Class<? extends DomConverter> domConverter() default DomConverter.class;

  /** The kind of raster whose names this parameter lists (SNAP Desktop). */
  Class<? extends RasterDataNode> rasterDataNodeType() default RasterDataNode.class;
}
