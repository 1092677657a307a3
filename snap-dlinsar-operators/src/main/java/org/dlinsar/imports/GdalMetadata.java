package org.dlinsar.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The metadata items GDAL writes into a GeoTIFF's tag 42112 as XML text
 * ({@code <GDALMetadata><Item name="WAVELENGTH_METRES">0.0555</Item>...}), as PyRate's GeoTIFFs
 * carry their radar wavelength and units. Only items of the default domain are kept: those with a
 * {@code role} (band scale, offset, unit type) or a {@code domain} are not metadata items.
 *
 * <p>Parsed with StAX, DTDs and external entities off, and a DOCTYPE refused: the engine's SafeXml
 * is not on this module's class path when it is built against SNAP itself.
 */
final class GdalMetadata {

  private GdalMetadata() {}

  /**
   * The items of {@code xml}, by name; band items ({@code sample="0"}) share the dataset's names,
   * and the first one of a name is kept.
   *
   * @param file the GeoTIFF the text is from, for messages
   * @throws IOException one line naming the file when the text is no readable GDAL metadata XML
   *     or declares a DOCTYPE
   */
  static Map<String, String> items(Path file, String xml) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Map<String, String> items = new HashMap<>();
    try {
      XMLStreamReader in = factory.createXMLStreamReader(new StringReader(xml));
      try {
        while (in.hasNext()) {
          int event = in.next();
          if (event == XMLStreamConstants.DTD) {
            throw new IOException(file + ": its GDAL metadata (TIFF tag 42112) declares a DOCTYPE,"
                + " which GDAL never writes");
          }
          if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("Item")
              && in.getAttributeValue(null, "role") == null && in.getAttributeValue(null, "domain") == null) {
            String name = in.getAttributeValue(null, "name");
            String value = in.getElementText().trim();
            if (name != null) {
              items.putIfAbsent(name, value);
            }
          }
        }
      } finally {
        in.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException(file + ": its GDAL metadata (TIFF tag 42112) is no readable XML: "
          + e.getMessage(), e);
    }
    return items;
  }
}
