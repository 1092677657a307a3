package org.esa.snap.core.gpf;

import java.util.Set;

/**
 * The operator service providers GPF knows, looked up by alias (case-insensitively) or by SPI
 * class name.
 */
public interface OperatorSpiRegistry {

  /** Loads every {@link OperatorSpi} named in {@code META-INF/services/org.esa.snap.core.gpf.OperatorSpi}. */
  void loadOperatorSpis();

  /** Returns the registered SPIs, a copy. */
  Set<OperatorSpi> getOperatorSpis();

  /**
   * Returns the SPI registered under an alias (ignoring case) or with this SPI class name, or null.
   */
  OperatorSpi getOperatorSpi(String operatorName);

  /** Registers an SPI under its operator's alias; returns false if it was registered already. */
  boolean addOperatorSpi(OperatorSpi operatorSpi);

  /**
   * Registers an SPI under an alias; a different SPI under the same alias is replaced, with a
   * SEVERE log entry. Returns false if this SPI was registered under the alias already.
   */
  boolean addOperatorSpi(String operatorName, OperatorSpi operatorSpi);

  /** Removes an SPI under every alias it is registered with; returns true if it was registered. */
  boolean removeOperatorSpi(OperatorSpi operatorSpi);

  /** Returns the registered aliases (Strings), a copy. */
  @SuppressWarnings("rawtypes")
  Set getAliases();
}
