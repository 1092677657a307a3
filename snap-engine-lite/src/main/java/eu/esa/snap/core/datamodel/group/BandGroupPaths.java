package eu.esa.snap.core.datamodel.group;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;

/**
 * The headless engine's band grouping: paths of group patterns, matched as SNAP's BandGroupImpl
 * matches them (a pattern with '*' or '?' as a wildcard over the whole name, {@code group#a,b}
 * as the listed band names, any other as a part of the name), formatted back to the text it was
 * parsed from.
 */
final class BandGroupPaths extends AbstractList<String[]> implements BandGroup {

  private final String[][] paths;
  /** Path indices in the order indexOf tries them: longer patterns first, then longer paths. */
  private final Integer[] searchOrder;
  private String name = "";
  private boolean editable = true;

  private BandGroupPaths(String[][] paths) {
    this.paths = paths;
    this.searchOrder = new Integer[paths.length];
    for (int i = 0; i < paths.length; i++) {
      searchOrder[i] = i;
    }
    Arrays.sort(searchOrder, Comparator.comparing(i -> paths[i], BandGroupPaths::moreSpecificFirst));
  }

  static BandGroup parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<String[]> paths = new ArrayList<>();
    for (String pathText : text.split(":")) {
      String[] groups = Arrays.stream(pathText.split("/")).map(String::trim).filter(g -> !g.isEmpty())
          .toArray(String[]::new);
      if (groups.length > 0) {
        paths.add(groups);
      }
    }
    return paths.isEmpty() ? null : new BandGroupPaths(paths.toArray(new String[0][]));
  }

  private static int moreSpecificFirst(String[] a, String[] b) {
    for (int k = 0; k < Math.min(a.length, b.length); k++) {
      if (a[k].length() != b[k].length()) {
        return b[k].length() - a[k].length();
      }
    }
    if (a.length != b.length) {
      return b.length - a.length;
    }
    return b[0].compareTo(a[0]);
  }

  @Override
  public int indexOf(String name) {
    for (int i : searchOrder) {
      if (Arrays.stream(paths[i]).allMatch(group -> matches(group, name))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String[] getMatchingBandNames(Product product) {
    List<String> names = new ArrayList<>();
    for (Band band : product.getBands()) {
      for (int i : searchOrder) {
        if (Arrays.stream(paths[i]).anyMatch(group -> matches(group, band.getName()))) {
          names.add(band.getName()); // once per matching path, as SNAP
        }
      }
    }
    return names.toArray(new String[0]);
  }

  private static boolean matches(String group, String name) {
    if (name == null) {
      return false;
    }
    if (group.contains("*") || group.contains("?")) {
      return wildcard(group).matcher(name).matches();
    }
    int hash = group.indexOf('#');
    if (hash >= 0) {
      return Arrays.stream(group.substring(hash + 1).split(",")).map(String::trim).anyMatch(name::equals);
    }
    return name.contains(group);
  }

  private static Pattern wildcard(String group) {
    StringBuilder regex = new StringBuilder();
    for (char c : group.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }

  @Override
  public String[] get(int index) {
    return paths[index].clone();
  }

  @Override
  public int size() {
    return paths.length;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean isEditable() {
    return editable;
  }

  @Override
  public void setEditable(boolean editable) {
    this.editable = editable;
  }

  /** The text {@link BandGroup#parse} reads, as DIMAP's DATASET_AUTO_GROUPING holds it. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String[] path : paths) {
      if (text.length() > 0) {
        text.append(':');
      }
      text.append(String.join("/", path));
    }
    return text.toString();
  }

  /** Equal to any band group of the same paths, as SNAP's. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BandGroup)) {
      return false;
    }
    BandGroup other = (BandGroup) o;
    if (other.size() != size()) {
      return false;
    }
    for (int i = 0; i < paths.length; i++) {
      if (!Arrays.equals(paths[i], other.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int code = 0;
    for (String[] path : paths) {
      code += Arrays.hashCode(path);
    }
    return code;
  }
}
