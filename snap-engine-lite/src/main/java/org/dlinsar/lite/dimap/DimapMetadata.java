package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.text.ParseException;
import java.util.logging.Logger;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.ProductData;
import org.w3c.dom.Element;

/**
 * Converts a metadata tree to and from the {@code MDElem}/{@code MDATTR} elements of a DIMAP
 * header's {@code Dataset_Sources}.
 *
 * <p>An attribute is {@code <MDATTR name=".." [desc=".."] [unit=".."] type=".." [mode="rw"]
 * [elems="N"]>text</MDATTR>}: {@code type} is the {@code ProductData} type name, {@code mode="rw"}
 * marks a writable attribute (read-only otherwise), {@code elems} the length of a numeric array,
 * whose values are comma-separated; UTC values are in {@code ProductData.UTC.format()} text.
 */
final class DimapMetadata {

  private static final Logger LOG = Logger.getLogger(DimapMetadata.class.getName());

  static final String TAG_ELEMENT = "MDElem";
  static final String TAG_ATTRIBUTE = "MDATTR";

  private DimapMetadata() {
  }

  /**
   * Adds the attributes and child elements of the DIMAP element {@code source} to {@code target}
   * (modified), recursively. Attributes of a type the stand-in has no data for are left out.
   *
   * @param path where {@code source} sits in the tree, for error messages
   * <p>As SNAP's DIMAP reader, an attribute without a value is left out, and so is a time that does
   * not parse (with a warning here; SNAP's is silent).
   *
   * @throws IOException if a number does not parse as its declared type (the message names the
   *     attribute's path, type and text), or an element or attribute has no name
   */
  static void read(Element source, MetadataElement target, String path) throws IOException {
    for (Element attribute : DimapXml.children(source, TAG_ATTRIBUTE)) {
      MetadataAttribute parsed = readAttribute(attribute, path);
      if (parsed != null) {
        target.addAttribute(parsed);
      }
    }
    for (Element child : DimapXml.children(source, TAG_ELEMENT)) {
      MetadataElement element = new MetadataElement(name(child, "element", path));
      if (child.hasAttribute("desc")) {
        element.setDescription(child.getAttribute("desc"));
      }
      read(child, element, path + "/" + element.getName());
      target.addElement(element);
    }
  }

  /** The node's name, which SNAP's metadata needs. */
  private static String name(Element xml, String node, String path) throws IOException {
    String name = xml.getAttribute("name");
    if (name.isBlank()) {
      throw new IOException("a metadata " + node + " under " + path + " has no name");
    }
    return name;
  }

  private static MetadataAttribute readAttribute(Element xml, String path) throws IOException {
    String name = name(xml, "attribute", path);
    String typeName = xml.hasAttribute("type") ? xml.getAttribute("type") : ProductData.TYPESTRING_ASCII;
    String text = xml.getTextContent().trim();
    if (text.isEmpty()) {
      return null; // SNAP's DIMAP reader leaves out an attribute without a value, of any type
    }
    int type = ProductData.getType(typeName);
    ProductData data;
    try {
      data = parseData(type, text);
    } catch (ParseException e) {
      // SNAP's reader drops a time it cannot parse and opens the product; so does this one, saying so
      LOG.warning("metadata attribute " + path + "/" + name + " is left out: " + e.getMessage());
      return null;
    } catch (NumberFormatException e) {
      throw new IOException("metadata attribute " + path + "/" + name + " of type " + typeName
          + " has the unreadable value '" + text + "': " + e.getMessage(), e);
    }
    if (data == null) {
      return null;
    }
    boolean readOnly = !"rw".equals(xml.getAttribute("mode"));
    MetadataAttribute attribute = new MetadataAttribute(name, data, readOnly);
    if (xml.hasAttribute("unit")) {
      attribute.setUnit(xml.getAttribute("unit"));
    }
    if (xml.hasAttribute("desc")) {
      attribute.setDescription(xml.getAttribute("desc"));
    }
    return attribute;
  }

  /** A time written as its elements, days, seconds, microseconds, as old DIMAP headers hold it and SNAP reads. */
  private static ProductData.UTC utcElements(String text) {
    String[] elements = text.split(",");
    if (elements.length != 3) {
      throw new NumberFormatException("a UTC time as elements needs days, seconds and microseconds, got "
          + elements.length + " values");
    }
    return new ProductData.UTC(Integer.parseInt(elements[0].trim()), Integer.parseInt(elements[1].trim()),
        Integer.parseInt(elements[2].trim()));
  }

  /** Parses {@code text} as data of {@code type}; null for a type the tree cannot hold. */
  private static ProductData parseData(int type, String text) throws ParseException {
    if (type == ProductData.TYPE_ASCII) {
      return ProductData.createInstance(text);
    }
    if (type == ProductData.TYPE_UTC) {
      return text.contains(",") ? utcElements(text) : ProductData.UTC.parse(text);
    }
    String[] values = text.split(","); // never empty: a value-less attribute is left out before
    int n = values.length;
    switch (type) {
      case ProductData.TYPE_INT8:
      case ProductData.TYPE_UINT8:
      case ProductData.TYPE_INT16:
      case ProductData.TYPE_UINT16:
      case ProductData.TYPE_INT32:
      case ProductData.TYPE_UINT32:
        return integers(type, values);
      case ProductData.TYPE_INT64:
        long[] longs = new long[n];
        for (int i = 0; i < n; i++) {
          longs[i] = Long.parseLong(values[i].trim());
        }
        return ProductData.createInstance(longs);
      case ProductData.TYPE_FLOAT32:
        float[] floats = new float[n];
        for (int i = 0; i < n; i++) {
          floats[i] = Float.parseFloat(values[i].trim());
        }
        return ProductData.createInstance(floats);
      case ProductData.TYPE_FLOAT64:
        double[] doubles = new double[n];
        for (int i = 0; i < n; i++) {
          doubles[i] = Double.parseDouble(values[i].trim());
        }
        return ProductData.createInstance(doubles);
      default:
        return null;
    }
  }

  /** Integers of up to 32 bits, unsigned ones stored in their signed bit pattern as SNAP does. */
  private static ProductData integers(int type, String[] values) {
    int n = values.length;
    int size = RasterDataTypes.elemSize(type);
    long[] parsed = new long[n];
    for (int i = 0; i < n; i++) {
      parsed[i] = Long.parseLong(values[i].trim());
    }
    Object array;
    if (size == 1) {
      byte[] bytes = new byte[n];
      for (int i = 0; i < n; i++) {
        bytes[i] = (byte) parsed[i];
      }
      array = bytes;
    } else if (size == 2) {
      short[] shorts = new short[n];
      for (int i = 0; i < n; i++) {
        shorts[i] = (short) parsed[i];
      }
      array = shorts;
    } else {
      int[] ints = new int[n];
      for (int i = 0; i < n; i++) {
        ints[i] = (int) parsed[i];
      }
      array = ints;
    }
    return ProductData.createInstance(type, array);
  }

  /**
   * Prints {@code element} and its subtree as {@code MDElem}s at {@code level}: attributes first,
   * then child elements, as SNAP does.
   */
  static void write(XmlPrinter xml, int level, MetadataElement element) throws IOException {
    String[] tagAttributes = {"name", element.getName(), "desc", element.getDescription()};
    if (element.getNumElements() == 0 && element.getNumAttributes() == 0) {
      xml.leaf(level, TAG_ELEMENT, null, tagAttributes);
      return;
    }
    xml.open(level, TAG_ELEMENT, tagAttributes);
    for (MetadataAttribute attribute : element.getAttributes()) {
      writeAttribute(xml, level + 1, attribute);
    }
    for (MetadataElement child : element.getElements()) {
      write(xml, level + 1, child);
    }
    xml.close(level, TAG_ELEMENT);
  }

  private static void writeAttribute(XmlPrinter xml, int level, MetadataAttribute attribute) throws IOException {
    ProductData data = attribute.getData();
    String typeName = data.getTypeString();
    boolean numeric = data.getType() != ProductData.TYPE_ASCII && data.getType() != ProductData.TYPE_UTC;
    int n = data.getNumElems();
    String text;
    if (numeric) {
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < n; i++) {
        values.append(i > 0 ? "," : "").append(data.getElemStringAt(i));
      }
      text = values.toString();
    } else {
      text = data.getElemString();
    }
    xml.leaf(level, TAG_ATTRIBUTE, text,
        "name", attribute.getName(),
        "desc", attribute.getDescription(),
        "unit", attribute.getUnit(),
        "type", typeName,
        "mode", attribute.isReadOnly() ? null : "rw",
        "elems", numeric && n > 1 ? String.valueOf(n) : null);
  }
}
