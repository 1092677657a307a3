package com.bc.ceres.binding;

/**
 * Stand-in for ceres-binding's {@code PropertySet}: named values with change listeners, as SNAP's
 * operator dialogs hold their parameters. Only the value access is declared; SNAP's also lists,
 * adds and describes its properties.
 */
public interface PropertySet extends PropertyChangeEmitter {

  boolean isPropertyDefined(String name);

  <T> T getValue(String name) throws ClassCastException;

  void setValue(String name, Object value) throws IllegalArgumentException;
}
