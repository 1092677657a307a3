package org.esa.snap.core.datamodel;

import java.util.List;
import java.util.regex.Pattern;

/** Writes node names into band-maths expressions, and checks the names nodes are looked up by. */
final class ProductNodeNames {

  /** The words of SNAP's expression language (jexp Tokenizer.keywords), which no plain name may be. */
  private static final List<String> KEYWORDS = List.of("and", "or", "not", "true", "false", "if", "then", "else");
  private static final Pattern PLAIN = Pattern.compile("[a-z_$A-Z][a-z_$A-Z0-9.]*");

  private ProductNodeNames() {
  }

  /**
   * {@code name} as SNAP's {@code BandArithmetic.createExternalName} writes it (jexp
   * {@code Tokenizer.createExternalName}, snap-engine 14.x): as it is when it is a plain name
   * (ASCII letters, '_', '$', then also digits and dots; no keyword) or already quoted, else in
   * single quotes with each quote doubled, which the parser reads back.
   */
  static String quoted(String name) {
    boolean keyword = KEYWORDS.stream().anyMatch(name::equalsIgnoreCase);
    boolean alreadyQuoted = name.length() > 1 && name.charAt(0) == '\'' && name.charAt(name.length() - 1) == '\'';
    if (!keyword && (alreadyQuoted || PLAIN.matcher(name).matches())) {
      return name;
    }
    return "'" + name.replace("'", "''") + "'";
  }

  /** Whether {@code name} is no name to look a node up by: null or empty, which SNAP's lookups refuse. */
  static boolean isNoLookupName(String name) {
    return name == null || name.isEmpty();
  }

  /**
   * The refusal of SNAP's lookups ({@code Guardian.assertNotNullOrEmpty("name", name)}): SNAP's
   * words, then which lookup refused it.
   */
  static IllegalArgumentException noLookupName(String name, String lookup) {
    return new IllegalArgumentException("[name] is " + (name == null ? "null" : "an empty string") + ": " + lookup
        + " needs the name of a node");
  }
}
