package com.bc.ceres.binding;

/**
 * A bound property. In the headless engine only a type that {@link Validator} names; it has no
 * state and cannot be created outside this package.
 */
public class Property {

  Property() {
  }
}
