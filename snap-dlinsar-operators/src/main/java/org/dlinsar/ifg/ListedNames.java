package org.dlinsar.ifg;

import java.util.List;

/** Names in a log line: the first few listed, the rest counted, as every warning of the chain words them. */
public final class ListedNames {

  private ListedNames() {}

  /** "a, b, c and 5 more": the first {@code listed} of {@code names}, comma-separated, then the count of the rest. */
  public static String of(List<String> names, int listed) {
    return String.join(", ", names.subList(0, Math.min(listed, names.size())))
        + (names.size() > listed ? " and " + (names.size() - listed) + " more" : "");
  }
}
