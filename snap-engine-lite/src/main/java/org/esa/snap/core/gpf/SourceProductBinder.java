package org.esa.snap.core.gpf;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;

/**
 * Injects an operator's {@code @SourceProduct} and {@code @SourceProducts} fields from its source
 * map before {@code initialize()}, with the rules of SNAP's
 * {@code OperatorContext.initSourceProductFields} (snap-engine 14.x, snap-gpf
 * {@code org/esa/snap/core/gpf/internal/OperatorContext.java}):
 *
 * <ul>
 *   <li>fields are visited class by class, subclass first, each class in declaration order;
 *   <li>a {@code @SourceProduct} field takes the source keyed by its field name, else by its alias;
 *       if none, a product already in the field is kept (and added under the field name); else it
 *       stays null when optional and fails when mandatory. No other key is tried: a lone
 *       {@code @SourceProduct} field does not take {@code sourceProduct.1};
 *   <li>a {@code @SourceProducts} field first contributes a product array it already holds as
 *       {@code sourceProduct.N}/{@code sourceProductN}; it then receives every source that is not
 *       keyed by the name or alias of a {@code @SourceProduct} field of the operator's own class,
 *       in source order, when there is any source at all (otherwise it keeps its value). Its
 *       {@code count} is checked against all sources, named ones included: -1 needs at least one,
 *       N exactly N.
 * </ul>
 *
 * Product type patterns and required bands are checked as SNAP does, for every source in the
 * case of a {@code @SourceProducts} field.
 */
final class SourceProductBinder {

  private SourceProductBinder() {
  }

  /** Binds the source fields of {@code context}'s operator. */
  static void inject(OperatorContext context) {
    for (Class<?> c = context.getOperator().getClass(); c != null && c != Operator.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        SourceProduct single = field.getAnnotation(SourceProduct.class);
        if (single != null) {
          bindSingle(context, field, single);
        }
        SourceProducts multiple = field.getAnnotation(SourceProducts.class);
        if (multiple != null) {
          bindMultiple(context, field, multiple);
        }
      }
    }
  }

  private static void bindSingle(OperatorContext context, Field field, SourceProduct annotation) {
    if (field.getType() != Product.class) {
      throw new OperatorException(context.messagePrefix() + "source field '" + field.getName() + "' must be of type "
          + Product.class.getName());
    }
    Map<String, Product> sources = context.getSourceProductMap();
    String key = field.getName();
    Product product = sources.get(key);
    if (product == null) {
      key = annotation.alias();
      product = sources.get(key);
    }
    if (product != null) {
      checkProduct(context, field.getName(), product, annotation.type(), annotation.bands());
      write(context, field, product);
      context.setSourceProduct(key, product);
      return;
    }
    product = (Product) read(context, field);
    if (product != null) {
      context.setSourceProduct(field.getName(), product);
    } else if (!annotation.optional()) {
      String name = annotation.alias().isEmpty() ? "'" + field.getName() + "'"
          : "'" + field.getName() + "' (alias '" + annotation.alias() + "')";
      throw new OperatorException(context.messagePrefix() + "mandatory source product " + name
          + " not set; sources given: " + (sources.isEmpty() ? "none" : String.join(", ", sources.keySet())));
    }
  }

  private static void bindMultiple(OperatorContext context, Field field, SourceProducts annotation) {
    if (field.getType() != Product[].class) {
      throw new OperatorException(context.messagePrefix() + "source field '" + field.getName() + "' must be of type "
          + Product[].class.getName());
    }
    Product[] present = (Product[]) read(context, field);
    if (present != null) {
      for (int i = 0; i < present.length; i++) {
        context.setSourceProduct(GPF.SOURCE_PRODUCT_FIELD_NAME + '.' + (i + 1), present[i]);
        context.setSourceProduct(GPF.SOURCE_PRODUCT_FIELD_NAME + (i + 1), present[i]);
      }
    }
    Product[] all = context.getSourceProducts();
    if (all.length > 0) {
      write(context, field, unnamed(context));
    }
    int count = annotation.count();
    if (count < 0 && all.length == 0) {
      throw new OperatorException(context.messagePrefix() + "at least a single source product expected (field '"
          + field.getName() + "')");
    }
    if (count > 0 && count != all.length) {
      throw new OperatorException(context.messagePrefix() + "wrong number of source products (field '"
          + field.getName() + "'): required " + count + ", found " + all.length);
    }
    for (Product product : all) {
      checkProduct(context, field.getName(), product, annotation.type(), annotation.bands());
    }
  }

  /**
   * The sources not keyed by a {@code @SourceProduct} field's name or alias. As in SNAP
   * ({@code OperatorContext.getUnnamedProducts}), only the fields of the operator's own class count.
   */
  private static Product[] unnamed(OperatorContext context) {
    List<Product> products = new ArrayList<>(List.of(context.getSourceProducts()));
    Map<String, Product> sources = context.getSourceProductMap();
    for (Field field : context.getOperator().getClass().getDeclaredFields()) {
      SourceProduct annotation = field.getAnnotation(SourceProduct.class);
      if (annotation != null) {
        products.remove(sources.get(field.getName()));
        products.remove(sources.get(annotation.alias()));
      }
    }
    return products.toArray(new Product[0]);
  }

  private static void checkProduct(OperatorContext context, String fieldName, Product product, String type, String[] bands) {
    String productType = product.getProductType();
    if (!type.isEmpty() && !type.equalsIgnoreCase(productType) && (productType == null || !Pattern.matches(type, productType))) {
      throw new OperatorException(context.messagePrefix() + "source product '" + product.getName() + "' (field '" + fieldName
          + "') has type '" + productType + "', which does not match '" + type + "'");
    }
    for (String band : bands) {
      if (!product.containsBand(band)) {
        throw new OperatorException(context.messagePrefix() + "source product '" + product.getName() + "' (field '"
            + fieldName + "') has no band '" + band + "'");
      }
    }
  }

  private static Object read(OperatorContext context, Field field) {
    field.setAccessible(true);
    return OperatorFields.read(context, field);
  }

  private static void write(OperatorContext context, Field field, Object value) {
    field.setAccessible(true);
    OperatorFields.write(context, field, value);
  }
}
