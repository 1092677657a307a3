package org.dlinsar.lite;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way the headless engine parses XML it is given (BEAM-DIMAP headers, graphs, parameter
 * files): a DOCTYPE is refused outright, so no entity of any kind, external or internal, is ever
 * resolved or read, elements nest at most {@value #MAX_ELEMENT_DEPTH} deep, and errors are thrown
 * rather than printed to standard error.
 */
public final class SafeXml {

  /**
   * How deep elements may nest. Readers walk the DOM recursively (DIMAP metadata, graph
   * parameters), so a hostile file of thousands of nested elements would overflow the stack; SNAP's
   * own products nest some 10 deep.
   */
  public static final int MAX_ELEMENT_DEPTH = 500;

  /** The JDK parser's name for that limit (JAXP's jdk.xml.maxElementDepth). */
  private static final String MAX_ELEMENT_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

  private SafeXml() {
  }

  /** @throws ParserConfigurationException when this JDK's parser cannot be secured so */
  public static DocumentBuilder documentBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    try {
      factory.setAttribute(MAX_ELEMENT_DEPTH_PROPERTY, String.valueOf(MAX_ELEMENT_DEPTH));
    } catch (IllegalArgumentException e) {
      throw new ParserConfigurationException("the XML parser " + factory.getClass().getName()
          + " cannot limit the element depth: " + e.getMessage());
    }
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // a warning does not make the document unusable
      }

      @Override
      public void error(SAXParseException e) throws SAXException {
        throw e;
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    });
    return builder;
  }

  /**
   * The encoding XML text in {@code bytes} is in, as the parser tells it from a byte-order mark or
   * the XML declaration ({@code encoding="ISO-8859-1"}); UTF-8 without either. Only the prolog
   * is read, with DTDs and external entities off. For callers that must see the text before
   * parsing it (gpt substitutes a graph's variables in its text).
   *
   * @throws IllegalArgumentException naming the encoding when the declaration names one this JVM
   *     does not know or the prolog cannot be read
   */
  public static Charset declaredCharset(byte[] bytes) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    String name = null;
    try {
      XMLStreamReader prolog = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      name = prolog.getEncoding();
      prolog.close();
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("unreadable XML declaration: " + e.getMessage(), e);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("the XML declaration names encoding '" + name
          + "', which this Java does not know", e);
    }
  }
}
