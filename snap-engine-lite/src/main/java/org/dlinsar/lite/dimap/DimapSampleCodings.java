package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.IOException;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.FlagCoding;
import org.esa.snap.core.datamodel.IndexCoding;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.SampleCoding;
import org.w3c.dom.Element;

/**
 * A product's flag and index codings in a DIMAP header, as SNAP's DimapHeaderWriter and
 * DimapProductHelpers write and read them: one {@code Flag_Coding} or {@code Index_Coding}
 * element per coding (attribute {@code name}); a flag of one value as its {@code Flag_Index}, of
 * two as {@code Flag_Mask} and {@code Flag_Value} (SNAP 13 and 14), written after a {@code
 * Flag_Index} holding the mask, which SNAP 12's reader requires (it parses {@code Flag_Index} of
 * every flag, and failed to open such a product) and 13 and 14 pass over where {@code Flag_Mask}
 * is present, so SNAP 12 reads the flag as its mask alone; an index as {@code INDEX_NAME},
 * {@code INDEX_VALUE} and {@code INDEX_DESCRIPTION}. A band names its coding in
 * {@code FLAG_CODING_NAME} or {@code INDEX_CODING_NAME} of its {@code Spectral_Band_Info}.
 */
final class DimapSampleCodings {

  private static final String FLAG_CODING = "Flag_Coding";
  private static final String INDEX_CODING = "Index_Coding";

  private DimapSampleCodings() {
  }

  /** Writes the product's flag codings, then its index codings, at {@code level}. */
  static void write(XmlPrinter xml, int level, Product product) throws IOException {
    for (FlagCoding coding : product.getFlagCodingGroup().toArray(new FlagCoding[0])) {
      write(xml, level, FLAG_CODING, coding);
    }
    for (IndexCoding coding : product.getIndexCodingGroup().toArray(new IndexCoding[0])) {
      write(xml, level, INDEX_CODING, coding);
    }
  }

  private static void write(XmlPrinter xml, int level, String tag, SampleCoding coding) throws IOException {
    boolean flags = tag.equals(FLAG_CODING);
    xml.open(level, tag, "name", coding.getName());
    for (MetadataAttribute sample : coding.getAttributes()) {
      ProductData data = sample.getData();
      xml.open(level + 1, flags ? "Flag" : "Index");
      xml.leaf(level + 2, flags ? "Flag_Name" : "INDEX_NAME", sample.getName());
      if (!flags) {
        xml.leaf(level + 2, "INDEX_VALUE", data.getElemInt());
      } else if (data.getNumElems() == 1) {
        xml.leaf(level + 2, "Flag_Index", data.getElemInt());
      } else {
        xml.leaf(level + 2, "Flag_Index", data.getElemIntAt(0));
        xml.leaf(level + 2, "Flag_Mask", data.getElemIntAt(0));
        xml.leaf(level + 2, "Flag_Value", data.getElemIntAt(1));
      }
      xml.leaf(level + 2, flags ? "Flag_description" : "INDEX_DESCRIPTION", sample.getDescription());
      xml.close(level + 1, flags ? "Flag" : "Index");
    }
    xml.close(level, tag);
  }

  /**
   * Adds the header's codings to the product's coding groups.
   *
   * @throws IOException naming the header and the coding if a coding has no name, a sample no name
   *     or value, or two samples one name
   */
  static void read(Element root, File dimFile, Product product) throws IOException {
    for (Element element : DimapXml.children(root, FLAG_CODING)) {
      FlagCoding coding = new FlagCoding(codingName(element, dimFile));
      String where = "Flag_Coding '" + coding.getName() + "' of " + dimFile;
      for (Element flag : DimapXml.children(element, "Flag")) {
        String name = sampleName(flag, "Flag_Name", where);
        String description = DimapXml.childText(flag, "Flag_description");
        // as SNAP 14 reads it: the mask from Flag_Mask, else Flag_Index; a value where Flag_Value is
        String maskTag = DimapXml.child(flag, "Flag_Mask") != null ? "Flag_Mask" : "Flag_Index";
        addSample(where, () -> DimapXml.child(flag, "Flag_Value") == null
            ? coding.addFlag(name, DimapXml.childInt(flag, maskTag, null, where), description)
            : coding.addFlag(name, DimapXml.childInt(flag, maskTag, null, where),
                DimapXml.childInt(flag, "Flag_Value", null, where), description));
      }
      product.getFlagCodingGroup().add(coding);
    }
    for (Element element : DimapXml.children(root, INDEX_CODING)) {
      IndexCoding coding = new IndexCoding(codingName(element, dimFile));
      String where = "Index_Coding '" + coding.getName() + "' of " + dimFile;
      for (Element index : DimapXml.children(element, "Index")) {
        String name = sampleName(index, "INDEX_NAME", where);
        addSample(where, () -> coding.addIndex(name, DimapXml.childInt(index, "INDEX_VALUE", null, where),
            DimapXml.childText(index, "INDEX_DESCRIPTION")));
      }
      product.getIndexCodingGroup().add(coding);
    }
  }

  /**
   * Gives the band the coding its {@code Spectral_Band_Info} names.
   *
   * @throws IOException naming the band if the coding is not in the header or the band's samples
   *     are not integers
   */
  static void attach(Element info, Band band, Product product, String where) throws IOException {
    String flagName = DimapXml.childText(info, "FLAG_CODING_NAME");
    String indexName = DimapXml.childText(info, "INDEX_CODING_NAME");
    SampleCoding coding = null;
    if (flagName != null && !flagName.isEmpty()) {
      coding = required(product.getFlagCodingGroup().get(flagName), "FLAG_CODING_NAME", flagName, where);
    } else if (indexName != null && !indexName.isEmpty()) {
      coding = required(product.getIndexCodingGroup().get(indexName), "INDEX_CODING_NAME", indexName, where);
    }
    if (coding == null) {
      return;
    }
    try {
      band.setSampleCoding(coding);
    } catch (IllegalArgumentException e) {
      throw new IOException(where + " has the sample coding '" + coding.getName() + "' but "
          + ProductData.getTypeString(band.getDataType()) + " samples: codings need integer samples", e);
    }
  }

  private static SampleCoding required(SampleCoding coding, String tag, String name, String where) throws IOException {
    if (coding == null) {
      throw new IOException(where + " names " + tag + " '" + name + "', which the header does not define");
    }
    return coding;
  }

  private static String codingName(Element element, File dimFile) throws IOException {
    String name = element.getAttribute("name");
    if (name.isEmpty()) {
      throw new IOException("a " + element.getNodeName() + " of " + dimFile + " has no name attribute");
    }
    return name;
  }

  private static String sampleName(Element sample, String tag, String where) throws IOException {
    String name = DimapXml.childText(sample, tag);
    if (name == null || name.isEmpty()) {
      throw new IOException("a " + sample.getNodeName() + " of " + where + " has no " + tag);
    }
    return name;
  }

  private interface SampleAdder {
    MetadataAttribute add() throws IOException;
  }

  private static void addSample(String where, SampleAdder adder) throws IOException {
    try {
      adder.add();
    } catch (IllegalArgumentException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }
}
