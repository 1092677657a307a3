package org.esa.snap.core.datamodel;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A named node of a product's tree (bands, metadata, groups, the product itself).
 *
 * <p>Every node has an owner, the node that holds it; {@link #getProduct()} follows owners up to
 * the product. In SNAP this class extends {@code com.bc.ceres.core.ExtensibleObject}; the
 * headless engine needs no extensions, so it extends Object.
 */
public abstract class ProductNode {

  public static final String PROPERTY_NAME_NAME = "name";
  public static final String PROPERTY_NAME_DESCRIPTION = "description";

  /** Renames of any node so far: a group's index by name is rebuilt after one (ProductNodeGroup). */
  private static final AtomicLong RENAMES = new AtomicLong();

  /** SNAP's pattern for a trimmed node name. */
  private static final Pattern VALID_NAME = Pattern.compile("[^\\\\/:*?\"<>|.][^\\\\/:*?\"<>|]*");

  private String name;
  private String description;
  private ProductNode owner;
  private boolean modified;

  /** A node named {@code name} (trimmed), without description. */
  protected ProductNode(String name) {
    this(name, null);
  }

  /**
   * @param name the node name, trimmed; must not be null or blank
   * @param description a description, may be null
   * @throws IllegalArgumentException if the name is null or blank
   */
  protected ProductNode(String name, String description) {
    if (name == null || name.trim().isEmpty()) {
      throw new IllegalArgumentException("a product node needs a non-blank name, got "
          + (name == null ? "null" : "'" + name + "'"));
    }
    this.name = name.trim();
    this.description = description;
  }

  /** Sets the node that holds this one (null: none). */
  public void setOwner(ProductNode owner) {
    this.owner = owner;
  }

  public ProductNode getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  /**
   * Renames the node.
   *
   * <p>As SNAP's ({@code ProductNode.setNodeName}, snap-core ProductNode.java 14.x, lines
   * 112-137), a node of a product other than the product itself cannot take the name of a band,
   * mask or tie-point grid of that product, compared ignoring case: a band renamed over another
   * is refused there, and so is a change of a band's name in case alone, its own name counting.
   * A product may take a band's name (SNAP's Product.setName).
   *
   * @throws IllegalArgumentException if the trimmed name is not {@linkplain #isValidNodeName valid},
   *     or a raster of the node's product has it
   */
  public void setName(String name) {
    String trimmed = name == null ? null : name.trim();
    Product product = this instanceof Product ? null : getProduct();
    if (trimmed != null && !trimmed.isEmpty() && !trimmed.equals(this.name) && product != null
        && product.containsRasterDataNode(trimmed)) {
      throw new IllegalArgumentException("The Product '" + product.getName() + "' already contains a raster data"
          + " node with the name '" + trimmed + "'.");
    }
    if (!isValidNodeName(trimmed)) {
      throw new IllegalArgumentException("'" + name + "' is not a valid name for node '" + this.name
          + "': it must not be blank, be or/and/not, start with '.', or contain any of \\/:*?\"<>|");
    }
    if (!trimmed.equals(this.name)) {
      this.name = trimmed;
      RENAMES.incrementAndGet();

      setModified(true);
    }
  }

  /** How many times any node was renamed so far. */
  static long renames() {
    return RENAMES.get();
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
    setModified(true);
  }

  public boolean isModified() {
    return modified;
  }

  /** Marks the node as modified; marking it modified also marks its owner. */
  public void setModified(boolean modified) {
    this.modified = modified;
    if (modified && owner != null && !owner.isModified()) {
      owner.setModified(true);
    }
  }

  /** The class name and node name, e.g. {@code Band[coh_IW1]}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + "]";
  }

  /** Detaches the node from its owner; it must not be used afterwards. */
  public void dispose() {
    owner = null;
  }

  /**
   * Whether {@code name} can name a node, as SNAP's (snap-core ProductNode.java 14.x, lines
   * 220-227): not null, not exactly one of the expression words {@code or}, {@code and},
   * {@code not} (ignoring case, before trimming), and, trimmed, not empty, not starting with a dot
   * and without any of {@code \/:*?"<>|}. Control characters inside the name and a trailing dot
   * are allowed; {@link #setName} trims first, so it refuses {@code " or "} too.
   */
  public static boolean isValidNodeName(String name) {
    if (name == null || "or".equalsIgnoreCase(name) || "and".equalsIgnoreCase(name) || "not".equalsIgnoreCase(name)) {
      return false;
    }
    return VALID_NAME.matcher(name.trim()).matches();
  }

  /** The product this node belongs to, found through the owners, or null. */
  public Product getProduct() {
    for (ProductNode node = this; node != null; node = node.getOwner()) {
      if (node instanceof Product) {
        return (Product) node;
      }
    }
    return null;
  }

  /** The name, prefixed with the product's reference number in SNAP; here the name. */
  public String getDisplayName() {
    return name;
  }

  /** The bytes this node's data take in storage; 0 for nodes without data. */
  public long getRawStorageSize() {
    return 0L;
  }
}
