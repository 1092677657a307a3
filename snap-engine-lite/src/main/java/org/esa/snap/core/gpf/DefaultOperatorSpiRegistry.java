package org.esa.snap.core.gpf;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator registry of GPF: SPIs keyed by lower-cased alias, loaded with
 * {@link ServiceLoader} through the thread context class loader. Thread-safe.
 */
final class DefaultOperatorSpiRegistry implements OperatorSpiRegistry {

  private static final Logger LOG = Logger.getLogger(DefaultOperatorSpiRegistry.class.getName());

  /** Lower-cased alias to the alias as registered and its SPI. */
  private final Map<String, Map.Entry<String, OperatorSpi>> byAlias = new LinkedHashMap<>();

  @Override
  public void loadOperatorSpis() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    var iterator = ServiceLoader.load(OperatorSpi.class, loader).iterator();
    while (true) {
      try {
        if (!iterator.hasNext()) {
          break;
        }
        addOperatorSpi(iterator.next());
      } catch (ServiceConfigurationError e) {
        // One broken entry must not hide the other operators.
        LOG.log(Level.SEVERE, "cannot load an operator SPI: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public synchronized Set<OperatorSpi> getOperatorSpis() {
    Set<OperatorSpi> spis = new LinkedHashSet<>();
    byAlias.values().forEach(entry -> spis.add(entry.getValue()));
    return spis;
  }

  @Override
  public synchronized OperatorSpi getOperatorSpi(String operatorName) {
    Map.Entry<String, OperatorSpi> entry = byAlias.get(operatorName.toLowerCase(Locale.ROOT));
    if (entry != null) {
      return entry.getValue();
    }
    for (Map.Entry<String, OperatorSpi> candidate : byAlias.values()) {
      OperatorSpi spi = candidate.getValue();
      if (spi.getClass().getName().equals(operatorName) || spi.getOperatorClass().getName().equals(operatorName)) {
        return spi;
      }
    }
    return null;
  }

  @Override
  public boolean addOperatorSpi(OperatorSpi operatorSpi) {
    return addOperatorSpi(operatorSpi.getOperatorAlias(), operatorSpi);
  }

  @Override
  public synchronized boolean addOperatorSpi(String operatorName, OperatorSpi operatorSpi) {
    String key = operatorName.toLowerCase(Locale.ROOT);
    Map.Entry<String, OperatorSpi> existing = byAlias.get(key);
    if (existing != null) {
      if (existing.getValue().getClass() == operatorSpi.getClass()) {
        return false;
      }
      LOG.severe("operator alias '" + operatorName + "' of " + operatorSpi.getClass().getName()
          + " is already used by " + existing.getValue().getClass().getName() + "; the later one wins");
    }
    byAlias.put(key, Map.entry(operatorName, operatorSpi));
    return true;
  }

  @Override
  public synchronized boolean removeOperatorSpi(OperatorSpi operatorSpi) {
    return byAlias.values().removeIf(entry -> entry.getValue() == operatorSpi);
  }

  @Override
  public synchronized Set<String> getAliases() {
    Set<String> aliases = new LinkedHashSet<>();
    byAlias.values().forEach(entry -> aliases.add(entry.getKey()));
    return aliases;
  }
}
