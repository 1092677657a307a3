package org.dlinsar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every dialog's Help button reaches a page: the layer registers the help set under
 * Services/JavaHelp (a helpsetref, as SNAP's toolboxes register theirs), the help set's map resolves each
 * action's helpId to a page of the module, and each operator page documents all its parameters.
 */
class HelpTest {

  private static final String DOCS = "/org/dlinsar/ui/docs/";
  private static final List<String> SECTIONS = List.of("What it does", "Input", "Parameters", "Output", "Example graph");

  private final Layer layer = Layer.read();

  /**
   * NetBeans' HelpSetProcessor (platform/javahelp) takes a Services/JavaHelp file only with the
   * helpsetref public ID and root, and opens its url as a URL: a bare path was never merged.
   */
  @Test
  void theLayerRegistersAHelpSetReferenceToTheModulesHelpSet() {
    Map<String, Map<String, String>> links = layer.filesIn("Services/JavaHelp");
    assertEquals(1, links.size(), "one help set reference");
    String url = links.values().iterator().next().get("url");
    Document reference = Xml.resource(URI.create(Layer.RESOURCE).resolve(url).toString());
    assertEquals("-//NetBeans//DTD JavaHelp Help Set Reference 1.0//EN", reference.getDoctype().getPublicId());
    assertEquals("helpsetref", reference.getDocumentElement().getTagName());
    assertEquals("true", reference.getDocumentElement().getAttribute("merge"));
    String helpSet = reference.getDocumentElement().getAttribute("url");
    assertEquals("nbdocs:" + DOCS + "help.hs", helpSet);
    Document hs = Xml.resource(URI.create(helpSet).getPath());
    assertEquals("map.jhm", first(hs, "mapref").getAttribute("location"));
    assertEquals("toc.xml", first(hs, "data").getTextContent().trim());
  }

  @Test
  void everyActionsHelpIdMapsToAPageOfTheModule() {
    Map<String, String> pages = helpMap();
    Map<String, Map<String, String>> actions = new LinkedHashMap<>(layer.actions());
    actions.putAll(layer.filesIn(Layer.WINDOW_ACTIONS));
    actions.forEach((file, attributes) -> {
      String page = pages.get(attributes.get("helpId"));
      assertNotNull(page, file + ": helpId " + attributes.get("helpId") + " is not in map.jhm");
      assertNotNull(HelpTest.class.getResource(DOCS + page), file + ": " + page + " is missing");
    });
  }

  @Test
  void everyTocEntryIsInTheMapAndEveryMappedPageHasItsSectionsAndWorkingLinks() throws IOException {
    Map<String, String> pages = helpMap();
    NodeList items = Xml.resource(DOCS + "toc.xml").getElementsByTagName("tocitem");
    for (int i = 0; i < items.getLength(); i++) {
      String target = ((Element) items.item(i)).getAttribute("target");
      assertTrue(target.isEmpty() || pages.containsKey(target), "toc target " + target + " is not mapped");
    }
    for (String page : pages.values()) {
      String html = read(DOCS + page);
      for (String section : SECTIONS) {
        assertTrue(html.contains("<h2>" + section + "</h2>"), page + " lacks section " + section);
      }
      Matcher href = Pattern.compile("(?:href|src)=\"([^\"#:]+)\"").matcher(html);
      while (href.find()) {
        String resolved = URI.create(DOCS + page).resolve(href.group(1)).toString();
        assertNotNull(HelpTest.class.getResource(resolved), page + " links to missing " + href.group(1));
      }
    }
  }

  /** A newcomer reads the page beside the dialog: every parameter of the operator is explained there. */
  @Test
  void everyOperatorPageExplainsEveryParameterOfItsOperator() throws IOException {
    Map<String, String> pages = helpMap();
    for (Map<String, String> action : layer.operatorActions().values()) {
      String html = read(DOCS + pages.get(action.get("helpId")));
      String alias = action.get("operatorName");
      assertTrue(html.contains("<code>" + alias + "</code>"), "the page of " + alias + " never names its alias");
      Class<?> operator = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(alias).getOperatorClass();
      for (Field field : operator.getDeclaredFields()) {
        if (field.isAnnotationPresent(Parameter.class)) {
          assertTrue(html.contains("<code>" + field.getName() + "</code>"),
              "the help page of " + alias + " does not explain parameter " + field.getName());
        }
      }
    }
  }

  /**
   * Each page's parameter table gives the default the dialog opens with, and only parameters the
   * operator has: a default changed in the code or a parameter renamed shows here as a mismatch.
   */
  @Test
  void everyOperatorPagesTableGivesEachParametersDefaultAsTheCodeHasIt() throws IOException {
    Pattern row = Pattern.compile("<tr><td><code>(\\w+)</code></td><td>([^<]*)</td>");
    Map<String, String> pages = helpMap();
    for (Map<String, String> action : layer.operatorActions().values()) {
      String alias = action.get("operatorName");
      String page = pages.get(action.get("helpId"));
      Map<String, String> documented = new LinkedHashMap<>();
      Matcher m = row.matcher(read(DOCS + page));
      while (m.find()) {
        documented.put(m.group(1), m.group(2).trim());
      }
      Map<String, String> declared = new LinkedHashMap<>();
      Class<?> operator = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(alias).getOperatorClass();
      for (Field field : operator.getDeclaredFields()) {
        Parameter parameter = field.getAnnotation(Parameter.class);
        if (parameter != null) {
          declared.put(field.getName(), parameter.defaultValue());
        }
      }
      assertEquals(declared.keySet(), documented.keySet(), page + ": the table's parameters, in the code's order");
      declared.forEach((name, value) -> {
        String shown = documented.get(name);
        assertTrue(value.isEmpty() ? shown.equals("(empty)") || shown.equals("(all)") : shown.equals(value),
            page + ": " + name + " defaults to '" + value + "' in the code, the page says '" + shown + "'");
      });
    }
  }

  private static Map<String, String> helpMap() {
    Map<String, String> pages = new HashMap<>();
    NodeList ids = Xml.resource(DOCS + "map.jhm").getElementsByTagName("mapID");
    for (int i = 0; i < ids.getLength(); i++) {
      Element id = (Element) ids.item(i);
      pages.put(id.getAttribute("target"), id.getAttribute("url"));
    }
    return pages;
  }

  private static Element first(Document document, String tag) {
    Element element = (Element) document.getElementsByTagName(tag).item(0);
    assertNotNull(element, "no <" + tag + ">");
    return element;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = HelpTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
