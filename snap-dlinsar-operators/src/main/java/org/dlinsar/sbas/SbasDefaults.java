package org.dlinsar.sbas;

import org.dlinsar.unwrap.PhaseUnwrapper;
import org.dlinsar.unwrap.Unwrappers;

/** What Local-SBAS uses where its parameters leave it out: the unwrapper. */
final class SbasDefaults {

  private SbasDefaults() {}

  /** The classical unwrapper of DL-Unwrap (minimum-cost flow, uniform edge costs). */
  static PhaseUnwrapper unwrapper() {
    return Unwrappers.classical();
  }
}
