package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class DimapMetadataTest {

  @TempDir
  Path dir;

  private String print(MetadataElement root) throws IOException {
    StringWriter text = new StringWriter();
    XmlPrinter xml = new XmlPrinter(text);
    xml.open(0, "Dataset_Sources");
    DimapMetadata.write(xml, 1, root);
    xml.close(0, "Dataset_Sources");
    return text.toString();
  }

  private MetadataElement readBack(String xmlText) throws IOException {
    Path file = dir.resolve("metadata.xml");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + xmlText, StandardCharsets.ISO_8859_1);
    Element sources = DimapXml.parse(file.toFile()).getDocumentElement();
    MetadataElement root = new MetadataElement("metadata");
    DimapMetadata.read(DimapXml.child(sources, "MDElem"), root, "metadata");
    return root;
  }

  private static MetadataElement sampleTree() throws ParseException {
    MetadataElement root = new MetadataElement("metadata");
    MetadataElement abstracted = new MetadataElement("Abstracted_Metadata");
    abstracted.setAttributeString("MISSION", "SENTINEL-1A & <B>");
    // a source path in any script (a user's name), kept as SNAP's ASCII keeps it
    abstracted.setAttributeString("file", "/home/\u6570\u636e/Z\u00fcrich/\u0394\u03c6/stack.dim");
    abstracted.setAttributeInt("abs_orbit", 31415);
    abstracted.setAttributeDouble("radar_frequency", 5405.000454334349);
    abstracted.setAttributeUTC("first_line_time", ProductData.UTC.parse("15-JAN-2020 17:42:01.123456"));
    MetadataAttribute spacing = new MetadataAttribute("range_spacing", ProductData.createInstance(new float[] {2.33f}),
        false);
    spacing.setUnit("m");
    spacing.setDescription("Range sample spacing");
    abstracted.addAttribute(spacing);
    abstracted.addAttribute(new MetadataAttribute("coefficients",
        ProductData.createInstance(new double[] {1.5, -2.25e-9, Double.NaN}), true));
    abstracted.addAttribute(new MetadataAttribute("flags",
        ProductData.createInstance(ProductData.TYPE_UINT16, new short[] {(short) 65535, 7}), true));
    MetadataElement orbit = new MetadataElement("Orbit_State_Vectors");
    MetadataElement vector = new MetadataElement("orbit_vector1");
    vector.setAttributeDouble("x_pos", -4321987.25);
    orbit.addElement(vector);
    abstracted.addElement(orbit);
    root.addElement(abstracted);
    root.addElement(new MetadataElement("empty"));
    return root;
  }

  @Test
  void roundTripsANestedTreeWithEveryKindOfAttribute() throws Exception {
    MetadataElement root = readBack(print(sampleTree()));

    MetadataElement abstracted = root.getElement("Abstracted_Metadata");
    assertEquals("SENTINEL-1A & <B>", abstracted.getAttributeString("MISSION"));
    assertEquals("/home/\u6570\u636e/Z\u00fcrich/\u0394\u03c6/stack.dim", abstracted.getAttributeString("file"));
    assertEquals(31415, abstracted.getAttributeInt("abs_orbit"));
    assertEquals(ProductData.TYPE_INT32, abstracted.getAttribute("abs_orbit").getDataType());
    assertEquals(5405.000454334349, abstracted.getAttributeDouble("radar_frequency"));
    assertEquals("15-JAN-2020 17:42:01.123456", abstracted.getAttributeUTC("first_line_time").format());
    assertEquals(ProductData.TYPE_UTC, abstracted.getAttribute("first_line_time").getDataType());
    MetadataAttribute spacing = abstracted.getAttribute("range_spacing");
    assertEquals(ProductData.TYPE_FLOAT32, spacing.getDataType());
    assertEquals(2.33f, spacing.getData().getElemFloat());
    assertEquals("m", spacing.getUnit());
    assertEquals("Range sample spacing", spacing.getDescription());
    assertFalse(spacing.isReadOnly());
    MetadataAttribute coefficients = abstracted.getAttribute("coefficients");
    assertTrue(coefficients.isReadOnly());
    assertArrayEquals(new double[] {1.5, -2.25e-9, Double.NaN}, (double[]) coefficients.getData().getElems());
    MetadataAttribute flags = abstracted.getAttribute("flags");
    assertEquals(ProductData.TYPE_UINT16, flags.getDataType());
    assertArrayEquals(new short[] {(short) 65535, 7}, (short[]) flags.getData().getElems());
    assertEquals(-4321987.25,
        abstracted.getElement("Orbit_State_Vectors").getElement("orbit_vector1").getAttributeDouble("x_pos"));
    assertEquals(0, root.getElement("empty").getNumElements() + root.getElement("empty").getNumAttributes());
  }

  @Test
  void writesAttributesAsSnapDoes() throws Exception {
    String text = print(sampleTree());

    assertTrue(text.contains("<MDATTR name=\"range_spacing\" desc=\"Range sample spacing\" unit=\"m\" type=\"float32\""
        + " mode=\"rw\">2.33</MDATTR>"), text);
    assertTrue(text.contains("type=\"float64\" elems=\"3\">1.5,-2.25E-9,NaN</MDATTR>"), text);
    assertTrue(text.contains("<MDATTR name=\"first_line_time\" type=\"utc\""), text);
    assertTrue(text.contains(">15-JAN-2020 17:42:01.123456</MDATTR>"), text);
    assertTrue(text.contains("<MDElem name=\"empty\" />"), text);
    assertTrue(text.indexOf("name=\"MISSION\"") < text.indexOf("<MDElem name=\"Orbit_State_Vectors\">"),
        "attributes before child elements");
  }

  @Test
  void rejectsAnUnreadableNumberNamingTheAttribute() {
    String xml = "<Dataset_Sources><MDElem name=\"metadata\"><MDElem name=\"Abstracted_Metadata\">"
        + "<MDATTR name=\"PASS\" type=\"float64\">ASCENDING</MDATTR></MDElem></MDElem></Dataset_Sources>";

    IOException thrown = assertThrows(IOException.class, () -> readBack(xml));

    assertTrue(thrown.getMessage().contains("metadata/Abstracted_Metadata/PASS"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("ASCENDING"), thrown.getMessage());
  }

  @Test
  void leavesOutWhatSnapsReaderLeavesOut() throws Exception {
    // SNAP's DimapProductHelpers: an attribute without a value is skipped, of any type, and a time
    // it cannot parse is dropped (ParseException traced) while the product opens; old headers
    // hold a time as its elements, which it reads
    String xml = "<Dataset_Sources><MDElem name=\"metadata\"><MDElem name=\"Abstracted_Metadata\">"
        + "<MDATTR name=\"PRODUCT\" type=\"ascii\">  </MDATTR>"
        + "<MDATTR name=\"range_spacing\" type=\"float64\"></MDATTR>"
        + "<MDATTR name=\"first_line_time\" type=\"utc\">15-JAN-2020 17:42:01.12x</MDATTR>"
        + "<MDATTR name=\"last_line_time\" type=\"utc\">7319,63721,500000</MDATTR>"
        + "<MDATTR name=\"MISSION\" type=\"ascii\">SENTINEL-1A</MDATTR>"
        + "</MDElem></MDElem></Dataset_Sources>";

    MetadataElement abstracted = readBack(xml).getElement("Abstracted_Metadata");

    assertEquals(2, abstracted.getNumAttributes());
    assertEquals("SENTINEL-1A", abstracted.getAttributeString("MISSION"));
    assertEquals("15-JAN-2020 17:42:01.500000", abstracted.getAttributeUTC("last_line_time").format());
  }

  @Test
  void rejectsAnElementOrAttributeWithoutANameSayingWhere() {
    String element = "<Dataset_Sources><MDElem name=\"metadata\"><MDElem name=\"Abstracted_Metadata\">"
        + "<MDElem><MDATTR name=\"x\" type=\"int32\">1</MDATTR></MDElem></MDElem></MDElem></Dataset_Sources>";
    String attribute = "<Dataset_Sources><MDElem name=\"metadata\"><MDElem name=\"Abstracted_Metadata\">"
        + "<MDATTR type=\"int32\">1</MDATTR></MDElem></MDElem></Dataset_Sources>";

    assertEquals("a metadata element under metadata/Abstracted_Metadata has no name",
        assertThrows(IOException.class, () -> readBack(element)).getMessage());
    assertEquals("a metadata attribute under metadata/Abstracted_Metadata has no name",
        assertThrows(IOException.class, () -> readBack(attribute)).getMessage());
  }
}
