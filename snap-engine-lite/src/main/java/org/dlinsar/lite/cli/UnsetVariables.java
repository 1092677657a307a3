package org.dlinsar.lite.cli;

import com.bc.ceres.binding.dom.DomElement;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.lite.TemplateKeys;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.Node;

/**
 * The variables a graph still holds verbatim in its nodes' parameters once the {@code -P} values
 * are in: gpt leaves a variable nobody set as it is. Read and Write refuse such a file as they
 * initialise, but the nodes before a Write (DL-Detect, Local-SBAS) have done their work by then,
 * and Write takes {@code $output} for a file name, so bin/dlinsar and bin/dlinsar-spark ask before
 * any node runs.
 * Only the graph's own keys count: a {@code ${x}} inside a value given with {@code -P} is that
 * value's text, not a variable of the graph. A bare {@code $x} that names a file or folder that is
 * there ({@code $proj/in.dim}) is a path, not a variable.
 */
public final class UnsetVariables {

  private UnsetVariables() {}

  /**
   * @param keys the keys the graph's text names ({@link TemplateKeys#named})
   * @return one line naming each variable {@code graph} holds unset, where it stands (node,
   *     operator, parameter) and the {@code -P} options that set them; null when it holds none
   */
  public static String refusal(Object graphFile, Graph graph, Set<String> keys) {
    Map<String, List<String>> places = new LinkedHashMap<>();
    Set<String> bare = new HashSet<>();
    for (Node node : graph.getNodes()) {
      if (node.getConfiguration() != null) {
        collect(node, node.getConfiguration(), "", keys, places, bare);
      }
    }
    if (places.isEmpty()) {
      return null;
    }
    List<String> named = new ArrayList<>();
    List<String> options = new ArrayList<>();
    places.forEach((variable, where) -> {
      int dot = variable.indexOf('.');
      // $output.dim is the key 'output.dim' to gpt, which -Poutput does not set
      String dotted = dot < 0 || !bare.contains(variable) ? ""
          : "; $" + variable + " is that one key, write ${" + variable.substring(0, dot) + "}"
              + variable.substring(dot) + " for '" + variable.substring(0, dot) + "'";
      named.add("'" + variable + "' (" + String.join(", ", where) + dotted + ")");
      options.add("-P" + variable + "=<value>");
    });
    boolean one = places.size() == 1;
    return "Graph " + graphFile + ": the graph variable" + (one ? " " : "s ") + String.join(" and ", named)
        + (one ? " is" : " are") + " not set; give " + (one ? "it" : "them") + " with " + String.join(" ", options);
  }

  /**
   * A variable's value that holds a {@code ${x}} of its own, where no file or folder of that name
   * is: gpt puts values into the graph as they stand, so it is no variable but a shell's left
   * unexpanded ({@code -Poutput='${OUT}/x.dim'}), which Write would report as a graph variable.
   *
   * @return one line naming the first such variable and what it holds; null when none does
   */
  public static String unexpandedValue(Map<String, String> variables) {
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      String value = variable.getValue();
      for (TemplateKeys.Key key : TemplateKeys.in(value)) {
        if (key.braced() && !isPath(value, key)) {
          return "Variable '" + variable.getKey() + "' is '" + value + "', whose "
              + value.substring(key.start(), key.end()) + " nothing substitutes: gpt puts a value into"
              + " the graph as it stands (a shell variable left unexpanded?)";
        }
      }
    }
    return null;
  }

  /** Whether {@code value} up to the end of {@code key} names a file or folder that is there. */
  private static boolean isPath(String value, TemplateKeys.Key key) {
    return new File(value.substring(0, key.end()).trim()).exists();
  }

  /** Adds the unset keys of {@code element} and its children to {@code places}, those written bare to {@code bare}. */
  private static void collect(Node node, DomElement element, String path, Set<String> keys,
      Map<String, List<String>> places, Set<String> bare) {
    String value = element.getValue();
    if (value != null && !path.isEmpty()) {
      for (TemplateKeys.Key key : TemplateKeys.in(value)) {
        if (!keys.contains(key.name()) || !key.braced() && isPath(value, key)) {
          continue;
        }
        List<String> where = places.computeIfAbsent(key.name(), k -> new ArrayList<>());
        String place = "node '" + node.getId() + "' (" + node.getOperatorName() + ") parameter '" + path + "'";
        if (!where.contains(place)) {
          where.add(place);
        }
        if (!key.braced()) {
          bare.add(key.name());
        }
      }
    }
    for (DomElement child : element.getChildren()) {
      collect(node, child, path.isEmpty() ? child.getName() : path + "/" + child.getName(), keys, places, bare);
    }
  }
}
