package org.esa.snap.core.gpf;

import com.bc.ceres.core.ProgressMonitor;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.esa.snap.core.datamodel.Product;

/**
 * Which operator made which target product, so that {@code GPF.writeProduct} can hand its
 * progress monitor to the operators of a chain. Neither products nor operators are kept alive by
 * this registry.
 */
final class ProductOwners {

  private static final Map<Product, WeakReference<OperatorContext>> OWNERS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ProductOwners() {
  }

  /**
   * Records the operator that made {@code product}. The first owner stays: Write's target is its
   * source product, and the monitor must still reach the operators upstream.
   */
  static void register(Product product, OperatorContext context) {
    OWNERS.compute(product, (p, old) -> old != null && old.get() != null ? old : new WeakReference<>(context));
  }

  /** Forgets {@code product}'s owner if it is {@code context}: Write's target stays its maker's. */
  static void unregister(Product product, OperatorContext context) {
    OWNERS.computeIfPresent(product, (p, owner) -> owner.get() == context || owner.get() == null ? null : owner);
  }

  /** The context whose operator made {@code product}, or null. */
  static OperatorContext ownerOf(Product product) {
    WeakReference<OperatorContext> ref = OWNERS.get(product);
    return ref != null ? ref.get() : null;
  }

  /** Sets the run monitor of the operator that made {@code product}, and of the operators upstream. */
  static void setRunMonitor(Product product, ProgressMonitor pm) {
    setRunMonitor(product, pm, new HashSet<>());
  }

  private static void setRunMonitor(Product product, ProgressMonitor pm, Set<OperatorContext> visited) {
    OperatorContext context = ownerOf(product);
    if (context != null && visited.add(context)) {
      context.setRunMonitor(pm);
      for (Product source : context.getSourceProducts()) {
        setRunMonitor(source, pm, visited);
      }
    }
  }
}
