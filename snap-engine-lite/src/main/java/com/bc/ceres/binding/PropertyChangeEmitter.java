package com.bc.ceres.binding;

import java.beans.PropertyChangeListener;

/** Stand-in for ceres-binding's {@code PropertyChangeEmitter}: listeners to changes of property values. */
public interface PropertyChangeEmitter {

  void addPropertyChangeListener(PropertyChangeListener l);

  void addPropertyChangeListener(String name, PropertyChangeListener l);

  void removePropertyChangeListener(PropertyChangeListener l);

  void removePropertyChangeListener(String name, PropertyChangeListener l);
}
