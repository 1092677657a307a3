package org.dlinsar.ifg;

import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.OperatorException;

/**
 * The source products of a stack operator, in the pattern every DL-InSAR operator declares: a
 * mandatory {@code @SourceProduct Product sourceProduct} (the stack; what SNAP Desktop's dialog
 * and a graph's {@code <sourceProduct>} fill) and an optional {@code @SourceProducts Product[]
 * sourceProducts} (further stacks: gpt's second and later positional sources, or a graph's
 * {@code <sourceProduct.2>}, ...). GPF leaves the primary product out of the array.
 */
public final class StackSources {

  private StackSources() {}

  /**
   * @param primary the {@code @SourceProduct} field's product; not null after GPF injection
   * @param more the {@code @SourceProducts} field's products; null or empty when none
   * @return the primary product, then each further product not the primary one, in order
   */
  public static Product[] of(Product primary, Product[] more) {
    List<Product> all = new ArrayList<>();
    all.add(primary);
    if (more != null) {
      for (Product product : more) {
        if (product != null && !all.contains(product)) {
          all.add(product);
        }
      }
    }
    return all.toArray(new Product[0]);
  }

  /**
   * The interferogram stack of an operator's sources ({@link #of}).
   *
   * @param operator the operator's alias, starting the error
   * @throws OperatorException "{@code <operator>}: ..." when the sources hold no well-formed stack
   */
  public static InterferogramStack readStack(String operator, Product primary, Product[] more) {
    try {
      return InterferogramStack.of(of(primary, more));
    } catch (IllegalArgumentException e) {
      throw new OperatorException(operator + ": " + e.getMessage(), e);
    }
  }
}
