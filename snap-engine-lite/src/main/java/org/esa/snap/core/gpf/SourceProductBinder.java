package org.esa.snap.core.gpf;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.esa.snap.core.gpf.annotations.SourceProducts;

/**
 * Injects an operator's {@code @SourceProduct} and {@code @SourceProducts} fields from its source
 * map, as GPF does before {@code initialize()}.
 *
 * <p>A {@code @SourceProduct} field takes the source keyed by its alias, else by its field name;
 * an operator with exactly one such field takes the first source if no key matches; a field
 * already holding a product keeps it. A {@code @SourceProducts} field takes every source not bound
 * to a {@code @SourceProduct} field, in the order given. Product type and band requirements of the
 * annotations are checked.
 */
final class SourceProductBinder {

  private SourceProductBinder() {
  }

  /**
   * Binds the fields of {@code context}'s operator; sources found in fields are added to the
   * context under the field name.
   */
  static void inject(OperatorContext context) {
    Operator operator = context.getOperator();
    List<Field> singles = new ArrayList<>();
    List<Field> multiples = new ArrayList<>();
    for (Class<?> c = operator.getClass(); c != null && c != Operator.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.isAnnotationPresent(SourceProduct.class)) {
          singles.add(field);
        } else if (field.isAnnotationPresent(SourceProducts.class)) {
          multiples.add(field);
        }
      }
    }
    Set<Product> bound = new LinkedHashSet<>();
    for (Field field : singles) {
      Product product = bindSingle(context, field, singles.size() == 1);
      if (product != null) {
        bound.add(product);
      }
    }
    for (Field field : multiples) {
      bindMultiple(context, field, bound);
    }
  }

  private static Product bindSingle(OperatorContext context, Field field, boolean onlyField) {
    SourceProduct annotation = field.getAnnotation(SourceProduct.class);
    if (field.getType() != Product.class) {
      throw new OperatorException(context.messagePrefix() + "source field '" + field.getName() + "' must be of type Product");
    }
    Map<String, Product> sources = context.getSourceProductMap();
    Product product = annotation.alias().isEmpty() ? null : sources.get(annotation.alias());
    if (product == null) {
      product = sources.get(field.getName());
    }
    Product[] all = context.getSourceProducts();
    if (product == null && onlyField && all.length > 0) {
      product = all[0];
    }
    if (product == null) {
      product = (Product) read(context, field);
      if (product != null) {
        context.setSourceProduct(field.getName(), product);
      }
    }
    if (product == null) {
      if (annotation.optional()) {
        return null;
      }
      String name = annotation.alias().isEmpty() ? field.getName() : annotation.alias() + "' (field '" + field.getName();
      throw new OperatorException(context.messagePrefix() + "mandatory source product '" + name + "' not set; sources given: "
          + (sources.isEmpty() ? "none" : String.join(", ", sources.keySet())));
    }
    checkProduct(context, field.getName(), product, annotation.type(), annotation.bands());
    write(context, field, product);
    return product;
  }

  private static void bindMultiple(OperatorContext context, Field field, Set<Product> bound) {
    SourceProducts annotation = field.getAnnotation(SourceProducts.class);
    if (field.getType() != Product[].class) {
      throw new OperatorException(context.messagePrefix() + "source field '" + field.getName() + "' must be of type Product[]");
    }
    Product[] present = (Product[]) read(context, field);
    if (context.getSourceProducts().length == 0 && present != null) {
      context.setSourceProducts(present);
    }
    List<Product> unbound = new ArrayList<>();
    for (Product product : context.getSourceProducts()) {
      if (!bound.contains(product)) {
        unbound.add(product);
      }
    }
    int count = annotation.count();
    if (count < 0 && unbound.isEmpty() || count > 0 && count != unbound.size()) {
      throw new OperatorException(context.messagePrefix() + "source field '" + field.getName() + "' needs "
          + (count < 0 ? "at least one source product" : count + " source products") + ", got " + unbound.size());
    }
    for (Product product : unbound) {
      checkProduct(context, field.getName(), product, annotation.type(), annotation.bands());
    }
    write(context, field, unbound.toArray(new Product[0]));
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
