package com.bc.ceres.binding.dom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class DefaultDomElementTest {

  @Test
  void getChildReturnsTheFirstChildOfThatNameOrNull() {
    DefaultDomElement parameters = new DefaultDomElement("parameters");
    DomElement first = parameters.createChild("band");
    parameters.createChild("threshold");
    parameters.addChild(new DefaultDomElement("band", "second"));

    assertSame(first, parameters.getChild("band"));
    assertNull(parameters.getChild("missing"));
    assertEquals(2, parameters.getChildren("band").length);
    assertEquals(3, parameters.getChildCount());
  }

  @Test
  void addedChildrenKnowTheirParent() {
    DefaultDomElement parent = new DefaultDomElement("node");
    DomElement child = parent.createChild("parameters");

    assertSame(parent, child.getParent());
    assertSame(child, parent.getChild(0));
  }

  @Test
  void attributesKeepInsertionOrderAndReplaceByName() {
    DefaultDomElement element = new DefaultDomElement("source");
    element.setAttribute("refid", "read");
    element.setAttribute("alpha", "1");
    element.setAttribute("refid", "subset");

    assertArrayEquals(new String[] {"refid", "alpha"}, element.getAttributeNames());
    assertEquals("subset", element.getAttribute("refid"));
    assertNull(element.getAttribute("missing"));
  }

  @Test
  void toXmlEscapesTextAndAttributesIntoWellFormedXml() throws Exception {
    DefaultDomElement parameters = new DefaultDomElement("parameters");
    parameters.setAttribute("note", "a \"quoted\" <tag> & 'more'\ttab");
    parameters.createChild("expression").setValue("a < b && c > \"d\"");
    parameters.createChild("empty");

    String xml = parameters.toXml();
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml))).getDocumentElement();

    assertEquals("a \"quoted\" <tag> & 'more'\ttab", root.getAttribute("note"));
    assertEquals("a < b && c > \"d\"", root.getElementsByTagName("expression").item(0).getTextContent());
    assertEquals("", root.getElementsByTagName("empty").item(0).getTextContent());
  }

  @Test
  void toXmlIndentsChildrenAndWritesEmptyElementsShort() {
    DefaultDomElement parameters = new DefaultDomElement("parameters");
    parameters.createChild("file").setValue("in.dim");
    parameters.createChild("bands");

    assertEquals("<parameters>\n  <file>in.dim</file>\n  <bands/>\n</parameters>", parameters.toXml());
  }

  @Test
  void toXmlRejectsCharactersXmlCannotHoldNamingTheElement() {
    DefaultDomElement element = new DefaultDomElement("value", "bell\u0007");

    IllegalStateException error = assertThrows(IllegalStateException.class, element::toXml);
    assertEquals("element 'value' holds character U+0007, which XML 1.0 cannot represent", error.getMessage());
  }
}
