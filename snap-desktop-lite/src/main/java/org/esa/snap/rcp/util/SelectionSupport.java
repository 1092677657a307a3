package org.esa.snap.rcp.util;

/**
 * Stand-in for SNAP Desktop's {@code org.esa.snap.rcp.util.SelectionSupport} (snap-rcp): handlers
 * told when the selected object of a type changes.
 *
 * @param <T> the type of the selected objects
 */
public interface SelectionSupport<T> {

  void addHandler(Handler<T> handler);

  void removeHandler(Handler<T> handler);

  /** Told of a selection change: the object no longer selected and the one now selected, either may be null. */
  interface Handler<T> {
    void selectionChange(T oldValue, T newValue);
  }
}
