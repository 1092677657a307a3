package org.dlinsar.lite.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.binding.dom.DefaultDomElement;
import com.bc.ceres.binding.dom.DomElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.LogCapture;
import org.junit.jupiter.api.Test;

class OperatorInfoTest {

  @Test
  void findsOperatorsByAliasInAnyCase() {
    assertEquals("Write", OperatorInfo.find("write").alias());
    assertNull(OperatorInfo.find("No-Such-Op"));
  }

  @Test
  void listsReadAndWriteSortedByAlias() {
    List<String> aliases = OperatorInfo.all().stream().map(OperatorInfo::alias).toList();

    assertTrue(aliases.indexOf("Read") >= 0 && aliases.indexOf("Read") < aliases.indexOf("Write"), aliases.toString());
  }

  @Test
  void describesWriteAsWritingItsOwnOutput() {
    OperatorInfo write = OperatorInfo.find("Write");

    assertTrue(write.isAutoWriteDisabled());
    assertFalse(OperatorInfo.find("Read").isAutoWriteDisabled());
    assertEquals("BEAM-DIMAP", write.parameter("formatName").annotation().defaultValue());
    assertEquals("source", write.sources().get(0).name());
  }

  @Test
  void convertsCommaListsOnlyForStringArrayParameters() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("sourceBands", "a, b");
    texts.put("file", "x,y.dim");

    Map<String, Object> values = OperatorInfo.find("Read").parameterValues(texts);

    assertArrayEquals(new String[] {"a", "b"}, (String[]) values.get("sourceBands"));
    assertEquals("x,y.dim", values.get("file"));
  }

  @Test
  void rejectsAnEmptyCommandLineValueOfAPrimitiveNamingTheParameterAndItsDefault() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OperatorInfo.find("Read").parameterValues(Map.of("copyMetadata", "")));

    assertEquals("Parameter 'copyMetadata' of operator Read is empty; give -PcopyMetadata=<boolean> or leave it"
        + " out for the default 'true'", e.getMessage());
  }

  @Test
  void convertsAnEmptyCommandLineValueAsSnapsConvertersDo() {
    Map<String, Object> values = OperatorInfo.find("Read").parameterValues(
        Map.of("formatName", "", "file", "", "sourceBands", ""));

    assertEquals("", values.get("formatName"));
    assertTrue(values.containsKey("file") && values.get("file") == null, values.toString());
    assertTrue(values.containsKey("sourceBands") && values.get("sourceBands") == null, values.toString());
  }

  @Test
  void takesTheSourceIdsOfItsFieldsAndGptsGenericOnes() {
    OperatorInfo write = OperatorInfo.find("Write");

    for (String id : List.of("source", "sourceProduct", "sourceProduct.2", "sourceProduct2", "sourceProducts")) {
      assertTrue(write.takesSource(id), id);
    }
    for (String id : List.of("foo", "source2", "sourceProductX", "")) {
      assertFalse(write.takesSource(id), id);
    }
  }

  @Test
  void convertsItemElementsOfArrayParameters() {
    DomElement parameters = new DefaultDomElement("parameters");
    DomElement bands = parameters.createChild("sourceBands");
    bands.createChild("band").setValue("a");
    bands.createChild("band").setValue("b");

    List<String> warnings;
    Map<String, Object> values;
    try (LogCapture log = LogCapture.warnings()) {
      values = OperatorInfo.find("Read").parameterValues(parameters);
      warnings = log.messages();
    }

    assertArrayEquals(new String[] {"a", "b"}, (String[]) values.get("sourceBands"));
    // ceres (DefaultDomConverter) reads items only for a parameter declaring an itemAlias, which
    // Read's sourceBands does not: gpt takes the element's text, blank, so the graph is not portable
    assertEquals(List.of("Parameter 'sourceBands' of operator Read is given as item elements, which"
        + " SNAP's gpt does not read for it; write <sourceBands>a,b</sourceBands> for a graph that runs"
        + " in gpt too"), warnings);
  }

  /**
   * gpt reads an empty element ({@code <copyMetadata/>}) as null and sets the parameter to it
   * (ceres' DefaultDomConverter, Property.setValue); a primitive parameter refuses null ("Value
   * for 'copyMetadata' must be given."), so gpt fails where the default was taken here. An
   * empty element of a parameter that may be null is left out, as before.
   */
  @Test
  void refusesAnEmptyElementOfAPrimitiveParameterAsGptDoes() {
    DomElement parameters = new DefaultDomElement("parameters");
    parameters.createChild("file").setValue("in.dim");
    parameters.createChild("copyMetadata");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OperatorInfo.find("Read").parameterValues(parameters));

    assertTrue(e.getMessage().contains("Parameter 'copyMetadata' of operator Read is an empty element"), e.getMessage());
    assertTrue(e.getMessage().contains("<copyMetadata>boolean</copyMetadata>, or leave the element out for the"
        + " default 'true'"), e.getMessage());

    DomElement nullable = new DefaultDomElement("parameters");
    nullable.createChild("file").setValue("in.dim");
    nullable.createChild("formatName");
    assertEquals(Map.of("file", "in.dim"), OperatorInfo.find("Read").parameterValues(nullable));
  }

  /**
   * A refid attribute makes the element a reference in gpt's graphs (GraphContext
   * .createOperatorConfiguration), whatever its text, and a primitive one is no empty element:
   * each is refused as a reference the headless launcher does not resolve.
   */
  @Test
  void refusesAParameterReferenceWhateverItsTypeOrText() {
    DomElement primitive = new DefaultDomElement("parameters");
    primitive.createChild("file").setValue("in.dim");
    primitive.createChild("copyMetadata").setAttribute("refid", "other.copyMetadata");
    DomElement withText = new DefaultDomElement("parameters");
    DomElement file = withText.createChild("file");
    file.setAttribute("refid", "previous");
    file.setValue("in.dim");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OperatorInfo.find("Read").parameterValues(primitive));
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> OperatorInfo.find("Read").parameterValues(withText));

    assertEquals("Parameter 'copyMetadata' of operator Read refers to 'other.copyMetadata' (refid);"
        + " parameter references are not supported by the headless launcher: give the value in"
        + " <copyMetadata>boolean</copyMetadata>", e.getMessage());
    assertTrue(text.getMessage().startsWith("Parameter 'file' of operator Read refers to 'previous' (refid);"),
        text.getMessage());
  }

  @Test
  void rejectsUnknownParameterNamingItAndTheOperator() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OperatorInfo.find("Read").parameterValues(Map.of("fiel", "x.dim")));

    assertTrue(e.getMessage().contains("'fiel'") && e.getMessage().contains("Read"), e.getMessage());
  }
}
