package org.esa.snap.core.gpf.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads and writes gpt graph XML: {@code <graph id>} with a mandatory
 * {@code <version>1.0</version>} and {@code <node id>} elements holding {@code <operator>},
 * {@code <sources>} and {@code <parameters>} (format in FACTS.md section 4). DOCTYPE
 * declarations are rejected, so external entities are never resolved.
 */
public class GraphIO {

  private GraphIO() {}

  /**
   * Writes {@code graph} as graph XML to {@code writer} (flushed, not closed).
   *
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(Graph graph, Writer writer) {
    try {
      GraphXmlWriter.write(graph, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write graph '" + graph.getId() + "': " + e.getMessage(), e);
    }
  }

  /**
   * Reads a graph without variable substitution: {@code ${x}} stays as it is.
   *
   * @param reader the graph XML, read to its end (not closed)
   * @throws GraphException if the XML is malformed, has a DOCTYPE or a version other than 1.0
   */
  public static Graph read(Reader reader) throws GraphException {
    return read(reader, null);
  }

  /**
   * Reads a graph, replacing {@code ${key}} and bare {@code $key} by the values of
   * {@code variables} as gpt does; keys without a value are left verbatim. As in gpt, the variable
   * {@code sourceProducts} is defined as the comma list of the values of {@code sourceProduct1},
   * {@code sourceProduct2}, ... unless given.
   *
   * @param reader the graph XML, read to its end (not closed)
   * @param variables template values by key, or null for none; not modified
   * @throws GraphException if the XML is malformed, has a DOCTYPE or a version other than 1.0
   */
  public static Graph read(Reader reader, Map<String, String> variables) throws GraphException {
    String xml = readFully(reader);
    if (variables != null) {
      xml = TemplateText.substitute(xml, withSourceProducts(variables));
    }
    return GraphXmlReader.parse(xml);
  }

  private static Map<String, String> withSourceProducts(Map<String, String> variables) {
    Map<String, String> all = new HashMap<>(variables);
    SortedMap<Integer, String> byIndex = new TreeMap<>();
    for (Map.Entry<String, String> entry : variables.entrySet()) {
      if (entry.getKey().matches("sourceProduct[0-9]+")) {
        byIndex.put(Integer.parseInt(entry.getKey().substring("sourceProduct".length())), entry.getValue());
      }
    }
    all.putIfAbsent("sourceProducts", String.join(",", byIndex.values()));
    return all;
  }

  private static String readFully(Reader reader) throws GraphException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new GraphException("Cannot read graph XML: " + e.getMessage(), e);
    }
    return text.toString();
  }
}
