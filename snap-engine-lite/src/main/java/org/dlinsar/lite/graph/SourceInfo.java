package org.dlinsar.lite.graph;

/**
 * One source field of an operator.
 *
 * @param fieldName the field's name, e.g. {@code sourceProduct}
 * @param alias the annotation's alias, empty if none
 * @param multiple whether it is a {@code @SourceProducts} array taking any number of products
 * @param optional whether the operator runs without it
 * @param description the annotation's description, possibly empty
 */
public record SourceInfo(String fieldName, String alias, boolean multiple, boolean optional, String description) {

  /** @return the name used with {@code -S} and in graph XML: the alias if set, else the field name */
  public String name() {
    return alias.isEmpty() ? fieldName : alias;
  }
}
