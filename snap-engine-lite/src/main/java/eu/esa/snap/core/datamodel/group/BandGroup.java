package eu.esa.snap.core.datamodel.group;

import java.util.List;
import org.esa.snap.core.datamodel.Product;

/**
 * How SNAP Desktop groups a product's bands in its tree: a list of paths, each a list of group
 * patterns (as SNAP's, snap-engine 12.x to 14.x). A pattern with '*' or '?' is a wildcard over
 * the whole band name; any other pattern matches names that contain it.
 */
public interface BandGroup extends List<String[]> {

  /**
   * Parses paths separated by ':' whose groups are separated by '/' ({@code "i_:q_:coh_"});
   * empty groups and paths are skipped.
   *
   * @return the grouping, or null if the text is null or holds no group
   */
  static BandGroup parse(String text) {
    return BandGroupPaths.parse(text);
  }

  /** Index of the first path (longest patterns first) whose every pattern matches, or -1. */
  int indexOf(String name);

  String getName();

  void setName(String name);

  /** The names of the product's bands that some pattern of some path matches, in band order. */
  String[] getMatchingBandNames(Product product);

  boolean isEditable();

  void setEditable(boolean editable);
}
