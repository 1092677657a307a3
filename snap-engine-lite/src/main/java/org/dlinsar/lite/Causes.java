package org.dlinsar.lite;

import java.util.function.Predicate;

/** Looks through an exception's chain of causes, which operators wrap and which may loop. */
public final class Causes {

  /** How deep a chain is followed: a chain that loops ends here. */
  private static final int MAX_DEPTH = 64;

  private Causes() {}

  /** Whether {@code e} or one of its causes passes {@code test}. */
  public static boolean any(Throwable e, Predicate<Throwable> test) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }
}
