package org.dlinsar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Desktop layer only names operators that exist, and every menu entry leads to an action. */
class LayerTest {

  private static final String LAYER = "/org/dlinsar/ui/layer.xml";

  private static Document layer;

  @BeforeAll
  static void readLayer() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // The layer has NetBeans' DOCTYPE: keep it, but never fetch the DTD or any entity.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setExpandEntityReferences(false);
    try (InputStream in = LayerTest.class.getResourceAsStream(LAYER)) {
      assertNotNull(in, LAYER + " is missing from the module");
      layer = factory.newDocumentBuilder().parse(in);
    }
  }

  @Test
  void everyActionNamesARegisteredPublicOperator() {
    Map<String, String> actions = stringAttributes("operatorName");
    assertFalse(actions.isEmpty(), "the layer declares no operator actions");
    for (Map.Entry<String, String> action : actions.entrySet()) {
      OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(action.getValue());
      assertNotNull(spi, action.getKey() + " names operator '" + action.getValue() + "', which is not registered");
      OperatorMetadata metadata = spi.getOperatorClass().getAnnotation(OperatorMetadata.class);
      assertEquals(action.getValue(), metadata.alias(), "alias spelled differently in " + action.getKey());
      assertFalse(metadata.internal(), action.getKey() + " names an internal operator");
    }
  }

  @Test
  void everyMenuEntryPointsAtADeclaredAction() {
    Map<String, String> actions = stringAttributes("operatorName");
    List<String> shadows = new ArrayList<>(stringAttributes("originalFile").values());
    assertEquals(actions.size(), shadows.size(), "one menu entry per action");
    for (String target : shadows) {
      String file = target.substring(target.lastIndexOf('/') + 1);
      assertTrue(actions.containsKey(file), "menu entry points at missing action " + target);
    }
  }

  /** File name to the value of its string attribute {@code name}, for every file that has one. */
  private static Map<String, String> stringAttributes(String name) {
    Map<String, String> values = new HashMap<>();
    NodeList files = layer.getElementsByTagName("file");
    for (int i = 0; i < files.getLength(); i++) {
      Element file = (Element) files.item(i);
      NodeList attrs = file.getElementsByTagName("attr");
      for (int j = 0; j < attrs.getLength(); j++) {
        Element attr = (Element) attrs.item(j);
        if (name.equals(attr.getAttribute("name"))) {
          values.put(file.getAttribute("name"), attr.getAttribute("stringvalue"));
        }
      }
    }
    return values;
  }
}
