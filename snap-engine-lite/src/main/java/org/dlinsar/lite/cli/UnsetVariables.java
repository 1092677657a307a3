package org.dlinsar.lite.cli;

import com.bc.ceres.binding.dom.DomElement;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${name}} variables a graph still holds verbatim in its nodes' parameters once the
 * {@code -P} values are in: gpt leaves a variable nobody set as it is. Read and Write refuse such
 * a file as they initialise, but the nodes before a Write (DL-Detect, Local-SBAS) have done their
 * work by then, so the launcher asks before any node runs.
 */
final class UnsetVariables {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

  private UnsetVariables() {}

  /**
   * @return one line naming each variable {@code graph} holds unset, where it stands (node,
   *     operator, parameter) and the {@code -P} options that set them; null when it holds none
   */
  static String refusal(Object graphFile, Graph graph) {
    Map<String, List<String>> places = new LinkedHashMap<>();
    for (Node node : graph.getNodes()) {
      if (node.getConfiguration() != null) {
        collect(node, node.getConfiguration(), "", places);
      }
    }
    if (places.isEmpty()) {
      return null;
    }
    List<String> named = new ArrayList<>();
    List<String> options = new ArrayList<>();
    places.forEach((variable, where) -> {
      named.add("'" + variable + "' (" + String.join(", ", where) + ")");
      options.add("-P" + variable + "=<value>");
    });
    boolean one = places.size() == 1;
    return "Graph " + graphFile + ": the graph variable" + (one ? " " : "s ") + String.join(" and ", named)
        + (one ? " is" : " are") + " not set; give " + (one ? "it" : "them") + " with " + String.join(" ", options);
  }

  private static void collect(Node node, DomElement element, String path, Map<String, List<String>> places) {
    String value = element.getValue();
    if (value != null && !path.isEmpty()) {
      Matcher matcher = VARIABLE.matcher(value);
      while (matcher.find()) {
        List<String> where = places.computeIfAbsent(matcher.group(1), k -> new ArrayList<>());
        String place = "node '" + node.getId() + "' (" + node.getOperatorName() + ") parameter '" + path + "'";
        if (!where.contains(place)) {
          where.add(place);
        }
      }
    }
    for (DomElement child : element.getChildren()) {
      collect(node, child, path.isEmpty() ? child.getName() : path + "/" + child.getName(), places);
    }
  }
}
