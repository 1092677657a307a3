package org.dlinsar.lite.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.lite.CdataSections;
import org.dlinsar.lite.TemplateKeys;

/**
 * Variables that gpt puts into a graph's text otherwise than the headless engine does, so that
 * a graph run here would fail or differ in gpt: bin/dlinsar and bin/dlinsar-spark warn of each.
 * ceres' {@code TemplateReader} (snap-engine 12.x to 14.x) inserts a value raw, where the
 * headless engine escapes it outside CDATA sections so that a path holding {@code &} or {@code <}
 * stays a path (gpt then fails to parse the graph, or reads {@code &amp;} as {@code &}); and after
 * a {@code ${key}} it substitutes, it reads the next character as text, so a key written right
 * after it ({@code ${dir}${name}}) stays as written in gpt.
 */
public final class GptSubstitution {

  private GptSubstitution() {
  }

  /** One line per such variable of {@code graphText}, in its order; none for a graph gpt reads alike. */
  public static List<String> warnings(Object graphFile, String graphText, Map<String, String> variables) {
    // a variable the graph names twice is warned of once
    Set<String> warnings = new LinkedHashSet<>();
    CdataSections.substitute(graphText, (stretch, inSection) -> {
      TemplateKeys.Key previous = null;
      for (TemplateKeys.Key key : TemplateKeys.in(stretch)) {
        String value = variables.get(key.name());
        if (value != null && !inSection && (value.indexOf('&') >= 0 || value.indexOf('<') >= 0)) {
          warnings.add("Warning: graph " + graphFile + ": the value of " + key.name() + " holds '&' or '<', which gpt"
              + " puts into the graph's XML as it stands, so gpt fails to read the graph (or reads an entity such as"
              + " &amp; as its character); the headless engine inserts it as text");
        }
        if (value != null && previous != null && previous.braced() && previous.end() == key.start()
            && variables.get(previous.name()) != null) {
          warnings.add("Warning: graph " + graphFile + ": gpt leaves " + stretch.substring(key.start(), key.end())
              + " as written where it follows ${" + previous.name() + "} directly (its template reader takes the"
              + " character after a substituted ${...} as text); the headless engine substitutes it; put a"
              + " character between them, or give one variable for both");
        }
        previous = key;
      }
      return stretch;
    });
    return List.copyOf(warnings);
  }
}
