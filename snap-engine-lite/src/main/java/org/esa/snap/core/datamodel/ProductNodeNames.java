package org.esa.snap.core.datamodel;

/** Writes node names into band-maths expressions. */
final class ProductNodeNames {

  private ProductNodeNames() {
  }

  /** {@code name} as an expression symbol: quoted with '$' escapes when not a plain identifier. */
  static String quoted(String name) {
    boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
    for (int i = 1; plain && i < name.length(); i++) {
      plain = Character.isJavaIdentifierPart(name.charAt(i)) || name.charAt(i) == '.';
    }
    return plain ? name : "'" + name.replace("'", "\\'") + "'";
  }
}
