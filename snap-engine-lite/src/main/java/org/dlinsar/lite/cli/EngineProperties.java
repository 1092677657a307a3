package org.dlinsar.lite.cli;

import java.util.Map;
import org.dlinsar.lite.Parallelism;
import org.dlinsar.lite.TileCacheSize;

/**
 * The system properties the headless engine reads, checked before a run: the engine itself falls
 * back to its defaults on a bad value, so without this check {@code -Dsnap.jai.tileCacheSize=-5}
 * would be accepted and silently mean something else.
 */
final class EngineProperties {

  private EngineProperties() {}

  /**
   * Checks the engine's properties among {@code given} (from {@code -D}) and, for those not
   * given, the JVM's own (from {@code JAVA_OPTS}).
   *
   * @throws UsageException naming the property and its value when one is bad
   */
  static void check(Map<String, String> given) throws UsageException {
    checkWhole(given, TileCacheSize.PROPERTY, 0, Long.MAX_VALUE >> 20, "a number of megabytes, 0 or more");
    checkWhole(given, Parallelism.PROPERTY, 1, Integer.MAX_VALUE, "a number of threads, a positive integer");
  }

  /** Sets every {@code -D} property, as gpt does. */
  static void apply(Map<String, String> given) {
    given.forEach(System::setProperty);
  }

  private static void checkWhole(Map<String, String> given, String name, long min, long max,
      String expected) throws UsageException {
    boolean onCommandLine = given.containsKey(name);
    String value = onCommandLine ? given.get(name) : System.getProperty(name);
    if (value == null) {
      return;
    }
    try {
      long number = Long.parseLong(value.trim());
      if (number >= min && number <= max) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    String where = onCommandLine ? "-D" + name : "System property " + name + " (JAVA_OPTS)";
    throw new UsageException(where + " must be " + expected + ", got '" + value + "'");
  }
}
