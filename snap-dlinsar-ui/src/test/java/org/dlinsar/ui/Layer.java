package org.dlinsar.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The module's NetBeans layer (layer.xml) read as folders, files and their attributes. */
final class Layer {

  static final String RESOURCE = "/org/dlinsar/ui/layer.xml";
  static final String MENU = "Menu/Radar/Interferometric/Deep Learning";
  /** Delegates of the actions that open an operator's dialog: generated, or with the registered operator UI. */
  static final List<String> OPERATOR_DIALOGS = List.of("org.esa.snap.core.gpf.ui.DefaultOperatorAction.create",
      "org.esa.snap.graphbuilder.rcp.actions.OperatorAction.create");
  /** The open actions of tool windows. */
  static final String WINDOW_ACTIONS = "Actions/Window";

  private final Document document;

  private Layer(Document document) {
    this.document = document;
  }

  static Layer read() {
    return new Layer(Xml.resource(RESOURCE));
  }

  /** Files under Actions/Operators, by file name, each with its attributes (string or method value). */
  Map<String, Map<String, String>> actions() {
    return filesIn("Actions/Operators");
  }

  /** Files of {@code folderPath} (names separated by '/'), by file name, with their attributes. */
  Map<String, Map<String, String>> filesIn(String folderPath) {
    Map<String, Map<String, String>> files = new LinkedHashMap<>();
    Element folder = folder(folderPath);
    if (folder == null) {
      return files;
    }
    for (Element file : children(folder, "file")) {
      Map<String, String> attributes = new LinkedHashMap<>();
      for (Element attr : children(file, "attr")) {
        String value = attr.hasAttribute("stringvalue") ? attr.getAttribute("stringvalue")
            : attr.hasAttribute("methodvalue") ? attr.getAttribute("methodvalue")
            : attr.hasAttribute("newvalue") ? attr.getAttribute("newvalue")
            : attr.getAttribute("intvalue");
        attributes.put(attr.getAttribute("name"), value);
      }
      if (file.hasAttribute("url")) {
        attributes.put("url", file.getAttribute("url"));
      }
      files.put(file.getAttribute("name"), attributes);
    }
    return files;
  }

  /**
   * The actions that open an operator's dialog, by file name: SNAP's DefaultOperatorAction (the
   * generated dialog) or the Graph Builder's OperatorAction (the dialog with the operator UI
   * registered under OperatorUIs).
   */
  Map<String, Map<String, String>> operatorActions() {
    Map<String, Map<String, String>> chosen = new LinkedHashMap<>();
    actions().forEach((name, attributes) -> {
      if (OPERATOR_DIALOGS.contains(attributes.get("delegate"))) {
        chosen.put(name, attributes);
      }
    });
    return chosen;
  }

  /** The actions whose delegate is {@code delegate} (a methodvalue), by file name. */
  Map<String, Map<String, String>> actionsCreatedBy(String delegate) {
    Map<String, Map<String, String>> chosen = new LinkedHashMap<>();
    actions().forEach((name, attributes) -> {
      if (delegate.equals(attributes.get("delegate"))) {
        chosen.put(name, attributes);
      }
    });
    return chosen;
  }

  private Element folder(String path) {
    Element current = document.getDocumentElement();
    for (String name : path.split("/")) {
      Element next = null;
      for (Element child : children(current, "folder")) {
        if (name.equals(child.getAttribute("name"))) {
          next = child;
        }
      }
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && tag.equals(element.getTagName())) {
        found.add(element);
      }
    }
    return found;
  }
}
