package org.esa.snap.graphbuilder.gpf.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.binding.PropertySet;
import java.beans.PropertyChangeEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.TargetProduct;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Desktop stand-in's operator UI parameters behave as SNAP Desktop 14's: BaseOperatorUI
 * (snap-graph-builder BaseOperatorUI.java 14.x, lines 113-145) builds them with
 * PropertyContainer.createMapBacked (ceres-binding 14.x, lines 127-135: keyed by field name,
 * addProperty lines 247-256 adds the alias as a second name), sets typed defaults on an empty map
 * (setDefaultValues, lines 317-326, the defaults converted by ParameterDescriptorFactory.convert,
 * snap-gpf 14.x, lines 185-188); Property.setValue (lines 165-178) returns on an unchanged value
 * and validates (PropertyDescriptor.createEffectiveValidator, lines 364-400), which
 * PropertyContainer.setValue (lines 294-305) turns into IllegalArgumentException; DefaultUI
 * (lines 49-91) fills a parameter aliased sourceBands with the source products' bands.
 */
class DefaultUITest {

  /** An operator with aliased parameters, as SNAP's own (BandMaths' targetBand, Subset's sourceBands). */
  @OperatorMetadata(alias = "Aliased-Parameters-Test")
  public static class AliasedOp extends Operator {
    @Parameter(alias = "sourceBands", label = "Source bands")
    private String[] bands;
    @Parameter(alias = "look", defaultValue = "3", interval = "[1,9]")
    private int looks;
    @TargetProduct
    private Product target;

    @Override
    public void initialize() {
      target = new Product("t", "T", 1, 1);
    }

    public static class Spi extends OperatorSpi {
      public Spi() {
        super(AliasedOp.class);
      }
    }
  }

  @BeforeAll
  static void register() {
    GPF.getDefaultInstance().getOperatorSpiRegistry().addOperatorSpi(new AliasedOp.Spi());
  }

  private static DefaultUI ui(String operator, Map<String, Object> parameters) {
    DefaultUI ui = new DefaultUI();
    ui.CreateOpTab(operator, parameters, null);
    return ui;
  }

  @Test
  void anEmptyMapTakesEveryDefaultConvertedToItsType() {
    Map<String, Object> parameters = new HashMap<>();
    PropertySet set = ui("DL-Detect", parameters).getPropertySet();
    assertEquals(0.5, parameters.get("minScore"));
    assertEquals(10.0, parameters.get("minSlope"));
    assertEquals("AUTO", parameters.get("provider"));
    assertEquals("LANDSLIDE", parameters.get("mode"));
    // defaultValue "" is no default (AnnotationParameterDescriptor.getDefaultValue: null for "")
    assertFalse(parameters.containsKey("model"));
    assertNull(set.getValue("model"));
    assertEquals(Double.valueOf(0.5), set.getValue("minScore"));
  }

  @Test
  void refusesValuesItsValidatorsRefuseAndStaysAsItWas() {
    Map<String, Object> parameters = new HashMap<>();
    PropertySet set = ui("DL-Detect", parameters).getPropertySet();
    assertThrows(IllegalArgumentException.class, () -> set.setValue("provider", "GPU"));
    assertThrows(IllegalArgumentException.class, () -> set.setValue("mode", null));
    assertThrows(IllegalArgumentException.class, () -> set.setValue("minScore", 1.5));
    assertThrows(IllegalArgumentException.class, () -> set.setValue("minScore", "0.7"));
    assertThrows(IllegalArgumentException.class, () -> set.setValue("nothing", 1));
    assertEquals("AUTO", parameters.get("provider"));
    assertEquals(0.5, parameters.get("minScore"));
    set.setValue("provider", null); // not notNull: null is outside no value set
    set.setValue("minScore", 1.0);
    assertEquals(1.0, parameters.get("minScore"));
  }

  @Test
  void firesNoEventForAnUnchangedValue() {
    PropertySet set = ui("DL-Detect", new HashMap<>()).getPropertySet();
    List<PropertyChangeEvent> events = new ArrayList<>();
    set.addPropertyChangeListener(events::add);
    set.setValue("provider", "AUTO");
    set.setValue("model", null);
    assertTrue(events.isEmpty(), events.toString());
    set.setValue("model", "");
    set.setValue("model", "");
    assertEquals(1, events.size());
  }

  @Test
  void keysByFieldNameWithTheAliasASecondName() {
    Map<String, Object> parameters = new HashMap<>();
    PropertySet set = ui("Aliased-Parameters-Test", parameters).getPropertySet();
    assertEquals(3, parameters.get("looks"));
    assertFalse(parameters.containsKey("look"));
    assertTrue(set.isPropertyDefined("looks") && set.isPropertyDefined("look"));
    List<String> names = new ArrayList<>();
    set.addPropertyChangeListener(e -> names.add(e.getPropertyName()));
    set.setValue("look", 5);
    assertEquals(5, parameters.get("looks"));
    assertEquals(List.of("looks"), names);
    assertEquals(Integer.valueOf(5), set.getValue("look"));

    // a graph's map keyed by the alias: the value is set again under the field's name
    Map<String, Object> fromGraph = new HashMap<>(Map.of("look", 7));
    ui("Aliased-Parameters-Test", fromGraph);
    assertEquals(7, fromGraph.get("looks"));
    // a refused one is the UI's error, not an exception
    DefaultUI refused = ui("Aliased-Parameters-Test", new HashMap<>(Map.of("look", 12)));
    assertTrue(refused.hasError() && refused.getErrorMessage().contains("[1,9]"), refused.getErrorMessage());
  }

  @Test
  void aParameterAliasedSourceBandsTakesTheSourceBands() {
    Map<String, Object> parameters = new HashMap<>();
    DefaultUI ui = ui("Aliased-Parameters-Test", parameters);
    Product product = new Product("p", "T", 2, 2);
    product.addBand("a", 30);
    product.addBand("b", 30);
    ui.setSourceProducts(new Product[] {product});
    assertArrayEquals(new String[] {"a", "b"}, (String[]) parameters.get("bands"));
    assertThrows(IllegalArgumentException.class, () -> ui.getPropertySet().setValue("sourceBands", new String[] {"c"}));
    ui.getPropertySet().setValue("sourceBands", new String[] {"b"});
    assertArrayEquals(new String[] {"b"}, (String[]) parameters.get("bands"));
  }
}
