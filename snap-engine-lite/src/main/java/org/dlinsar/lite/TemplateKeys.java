package org.dlinsar.lite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * gpt's template variables in a graph's text, found as SNAP's {@code TemplateReader} finds them:
 * {@code ${key}}, and bare {@code $key}, whose key runs over Java identifier characters and dots
 * (so {@code $output.dim} is the key {@code output.dim}). The graphs' substitution ({@code
 * TemplateText}) and the launchers' checks of the variables given and left unset read keys alike.
 */
public final class TemplateKeys {

  private TemplateKeys() {}

  /**
   * A key in a text.
   *
   * @param name the key, without {@code $} and braces
   * @param start where its {@code $} stands
   * @param end the index just past it
   * @param braced whether it is written {@code ${key}}
   */
  public record Key(String name, int start, int end, boolean braced) {}

  /** The keys of {@code text}, in its order. */
  public static List<Key> in(String text) {
    List<Key> keys = new ArrayList<>();
    int i = 0;
    while (i < text.length() - 1) {
      char next = text.charAt(i + 1);
      if (text.charAt(i) != '$' || next != '{' && !Character.isJavaIdentifierStart(next)) {
        i++;
        continue;
      }
      if (next == '{') {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          break;
        }
        keys.add(new Key(text.substring(i + 2, close), i, close + 1, true));
        i = close + 1;
      } else {
        int end = i + 2;
        while (end < text.length() && isKeyPart(text.charAt(end))) {
          end++;
        }
        keys.add(new Key(text.substring(i + 1, end), i, end, false));
        i = end;
      }
    }
    return keys;
  }

  /** The names of the keys {@code text} holds, either way, in their order. */
  public static Set<String> named(String text) {
    Set<String> names = new LinkedHashSet<>();
    in(text).forEach(key -> names.add(key.name()));
    return names;
  }

  private static boolean isKeyPart(char c) {
    return Character.isJavaIdentifierPart(c) || c == '.';
  }
}
