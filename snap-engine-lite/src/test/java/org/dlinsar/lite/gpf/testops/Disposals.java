package org.dlinsar.lite.gpf.testops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.esa.snap.core.datamodel.Product;

/**
 * What the test operators' dispose() saw, in call order: "alias:target disposed" or
 * "alias:target live". A disposed product has no reader left (Product.dispose drops it first).
 */
public final class Disposals {

  private static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());

  private Disposals() {
  }

  static void record(String alias, Product target) {
    SEEN.add(alias + ":" + (target != null && target.getProductReader() == null ? "target disposed" : "target live"));
  }

  /** The calls recorded since the last {@link #clear()}. */
  public static List<String> seen() {
    synchronized (SEEN) {
      return List.copyOf(SEEN);
    }
  }

  /** Forgets the recorded calls. */
  public static void clear() {
    SEEN.clear();
  }
}
