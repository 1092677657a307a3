package org.esa.snap.core.datamodel;

/** Converts raw samples to geophysical values and back. */
public interface Scaling {

  /** The geophysical value of raw sample {@code value}. */
  double scale(double value);

  /** The raw sample of geophysical value {@code value}. */
  double scaleInverse(double value);
}
