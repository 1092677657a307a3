package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.lite.gpf.testops.ParamsOp;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.SourceProduct;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {

  private static ParamsOp create(Map<String, Object> parameters) {
    return (ParamsOp) new ParamsOp.Spi().createOperator(parameters, GPF.NO_SOURCES);
  }

  @Test
  void operatorsCreatedBySpiStartWithTheirDefaults() {
    ParamsOp op = create(GPF.NO_PARAMS);
    assertEquals(3, op.count);
    assertEquals(0.5, op.ratio);
    assertFalse(op.verbose);
    assertEquals(ParamsOp.Mode.FAST, op.mode);
    assertEquals("phase", op.unit);
    assertEquals("kept", op.initialised);
    assertNull(op.seed);
    // ceres' PropertyDescriptor.initDefaults gives a primitive without defaultValue its zero
    assertEquals(0, op.primitiveWithoutDefault);
  }

  @Test
  void operatorsMadeWithNewGetDefaultsOnlyOnRequest() {
    ParamsOp op = new ParamsOp();
    assertEquals(0, op.count);
    op.setParameterDefaultValues();
    assertEquals(3, op.count);
    assertEquals("label", op.label);
  }

  @Test
  void convertsTextToEachFieldType() {
    Map<String, Object> p = new HashMap<>();
    p.put("count", " 7 ");
    p.put("ratio", "0.25");
    p.put("verbose", "TRUE");
    p.put("seed", "42");
    p.put("file", "out/result.dim");
    p.put("mode", " ACCURATE ");
    p.put("bands", "a, b ,c");
    p.put("sizes", "1,2,3");
    p.put("weights", "0.5,1");
    p.put("scales", "2.5");
    ParamsOp op = create(p);
    op.getTargetProduct();
    assertEquals(7, op.count);
    assertEquals(0.25, op.ratio);
    assertTrue(op.verbose);
    assertEquals(42L, op.seed);
    assertEquals(new File("out/result.dim"), op.file);
    assertEquals(ParamsOp.Mode.ACCURATE, op.mode);
    assertArrayEquals(new String[] {"a", "b", "c"}, op.bandNames);
    assertArrayEquals(new int[] {1, 2, 3}, op.sizes);
    assertArrayEquals(new double[] {0.5, 1}, op.weights);
    assertArrayEquals(new float[] {2.5f}, op.scales);
  }

  @Test
  void acceptsTypedValuesAndWholeNumbersForDoubles() {
    ParamsOp op = create(Map.of("count", 9, "ratio", 1, "mode", ParamsOp.Mode.ACCURATE, "sizes", new int[] {4}));
    assertEquals(9, op.count);
    assertEquals(1.0, op.ratio);
    assertEquals(ParamsOp.Mode.ACCURATE, op.mode);
    assertArrayEquals(new int[] {4}, op.sizes);
  }

  @Test
  void emptyTextLeavesPrimitiveUnchangedAndSetsNoArray() {
    // an array parameter given "" is no array, as ceres-binding's ArrayConverter.parse makes it
    ParamsOp op = create(Map.of("count", "", "sizes", ""));
    assertEquals(3, op.count);
    assertNull(op.sizes);
  }

  /**
   * SNAP's OperatorSpi.createOperator hands the map to OperatorContext.setParameterMap, whose
   * setParameter sets a property only where paramSet.isPropertyDefined(name) and skips any other
   * name silently; Operator.setParameter is the same call. So a name that is no parameter is
   * ignored here too (with a logged warning naming it and the operator), in GPF.createProduct's
   * map and in Operator.setParameter. Graph XML and gpt -P refuse it (GraphProcessorTest,
   * LauncherTest).
   */
  @Test
  void aNameThatIsNoParameterIsIgnoredInTheMapAndBySetParameterAsInSnap() {
    List<String> warnings;
    try (LogCapture log = LogCapture.warnings()) {
      ParamsOp op = create(Map.of("cuont", "9", "count", "4"));
      op.setParameter("ratoi", 0.75);
      op.getTargetProduct();
      assertEquals(4, op.count);
      assertEquals(0.5, op.ratio);

      assertEquals("params", GPF.createProduct("Test-Params", Map.of("cuont", "9"), GPF.NO_SOURCES).getName());
      warnings = log.messages();
    }
    assertEquals(3, warnings.size(), warnings.toString());
    String first = warnings.get(0);
    assertTrue(first.contains("Operator 'Test-Params'") && first.contains("'cuont'"), first);
    assertTrue(first.contains("count, ratio, verbose"), first);
    assertTrue(warnings.get(1).contains("'ratoi'"), warnings.get(1));
  }

  @Test
  void rejectsTextThatIsNotANumberNamingTheExpectedType() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("count", "three")));
    assertEquals("Operator 'Test-Params': parameter 'count' has value 'three', expected a whole number (int)", e.getMessage());
  }

  @Test
  void rejectsFractionForWholeNumberParameter() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("count", 2.5)));
    assertTrue(e.getMessage().contains("'count' has value '2.5', expected a whole number (int)"), e.getMessage());
  }

  @Test
  void rejectsBooleanTextOtherThanTrueOrFalse() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("verbose", "yes")));
    assertTrue(e.getMessage().contains("'verbose' has value 'yes', expected true or false"), e.getMessage());
  }

  @Test
  void rejectsEnumNameListingTheConstants() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("mode", "slow")));
    assertTrue(e.getMessage().contains("'mode' has value 'slow', expected one of [FAST, ACCURATE]"), e.getMessage());
  }

  @Test
  void rejectsEnumNameInAnotherCaseAsSnapsEnumConverter() {
    // ceres-binding EnumConverter.parse (14.x, 14.x:ceres-binding/.../converters/EnumConverter.java):
    // Enum.valueOf(type, text.trim()), case-sensitive
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("mode", "accurate")));
    assertTrue(e.getMessage().contains("'mode' has value 'accurate', expected one of [FAST, ACCURATE]"), e.getMessage());
  }

  @Test
  void rejectsValueOutsideValueSet() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("unit", "amplitude")));
    assertEquals("Operator 'Test-Params': parameter 'unit' has value 'amplitude', which is not one of [phase, coherence]",
        e.getMessage());
  }

  @Test
  void rejectsValueOutsideClosedInterval() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("count", "11")));
    assertEquals("Operator 'Test-Params': parameter 'count' has value 11, which is outside the interval [1,10]",
        e.getMessage());
  }

  @Test
  void rejectsExcludedBoundOfHalfOpenInterval() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("ratio", "0")));
    assertTrue(e.getMessage().contains("'ratio' has value 0.0, which is outside the interval (0,1]"), e.getMessage());
    assertEquals(1.0, create(Map.of("ratio", "1")).ratio);
  }

  @Test
  void checksIntervalForEveryArrayItem() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("weights", "1,-2")));
    assertTrue(e.getMessage().contains("'weights' has value -2.0, which is outside the interval [0,*)"), e.getMessage());
  }

  /** SNAP's OperatorContext.setParameter removes the property for a null value: the field keeps its default. */
  @Test
  void nullValueInTheMapKeepsTheDefault() {
    Map<String, Object> p = new HashMap<>();
    p.put("label", null);
    p.put("mode", null);
    p.put("count", null);
    ParamsOp op = create(p);
    assertEquals("label", op.label);
    assertEquals(ParamsOp.Mode.FAST, op.mode);
    assertEquals(3, op.count);
    op.setParameter("unit", null);
    assertEquals("phase", op.unit);
  }

  /**
   * SNAP checks notNull and notEmpty only as a value is set (ceres Property.setValue, and
   * PropertyContainer.setDefaultValues sets only defaults that exist, PropertyContainer.java:317-328);
   * initializeOperator checks no value. An unset one reaches initialize() as null, where the
   * operator that needs it says so. The stand-in refused it before initialize().
   */
  @Test
  void anUnsetNotNullOrNotEmptyParameterReachesInitializeAsInSnap() {
    ParamsOp op = create(GPF.NO_PARAMS);
    op.label = null;
    op.name = null;
    op.getTargetProduct();
    assertNull(op.getParameter("label"));
    assertNull(op.getParameter("name"));
  }

  /** ceres' NotEmptyValidator, as the value is set (SNAP's createOperator throws it). */
  @Test
  void rejectsEmptyTextOfNotEmptyParameterAsItIsSet() {
    OperatorException e = assertThrows(OperatorException.class, () -> create(Map.of("name", " ")));
    assertEquals("Operator 'Test-Params': parameter 'name' must not be empty (notEmpty), got ' '", e.getMessage());
  }

  /**
   * Empty text gives a File no value (ceres' FileConverter), which ceres' NotNullValidator refuses
   * as it is set; the field keeps its value.
   */
  @Test
  void rejectsEmptyTextOfNotNullParameterThatGivesNoValue() {
    ParamsOp op = create(GPF.NO_PARAMS);
    OperatorException e = assertThrows(OperatorException.class, () -> op.setParameter("target", ""));
    assertEquals("Operator 'Test-Params': parameter 'target' must be given (notNull), got ''", e.getMessage());
    assertEquals(new File("target.dim"), op.target);
  }

  /**
   * SNAP validates a value as it is set (ceres Property.setValue) and never again:
   * OperatorContext.initializeOperator (14.x) checks no parameter. A value written straight into
   * the field, outside every rule its annotation declares, reaches initialize() as it is.
   */
  @Test
  void aValueWrittenStraightIntoTheFieldIsNotCheckedAsInSnap() {
    ParamsOp op = create(GPF.NO_PARAMS);
    op.count = 11;
    op.unit = "amplitude";
    op.name = " ";
    op.getTargetProduct();
    assertEquals(11, op.count);
    assertEquals("amplitude", op.unit);
  }

  @Test
  void getParameterReadsAndSetParameterWritesTheField() {
    ParamsOp op = create(GPF.NO_PARAMS);
    op.setParameter("count", "5");
    op.setParameter("bands", new String[] {"x"});
    assertEquals(5, op.count);
    assertEquals(5, op.getParameter("count"));
    assertArrayEquals(new String[] {"x"}, (String[]) op.getParameter("bandNames"));
    assertEquals("fallback", op.getParameter("seed", "fallback"));
    assertThrows(OperatorException.class, () -> op.setParameter("count", "0"));
  }

  /**
   * SNAP's Operator.getParameter asks OperatorContext.getParameter, which returns
   * PropertyContainer.getValue: null where no property has the name (13.x), not an error.
   */
  @Test
  void getParameterOfANameThatIsNoParameterIsNullAsInSnap() {
    ParamsOp op = create(GPF.NO_PARAMS);
    assertNull(op.getParameter("noSuchParameter"));
    assertEquals("fallback", op.getParameter("noSuchParameter", "fallback"));
  }

  /** A parameter naming bands of its source, as SAR toolbox and SNAP operators declare them. */
  static final class BandNamesOp extends Operator {
    @SourceProduct
    Product sourceProduct;
    @Parameter(rasterDataNodeType = Band.class)
    String[] bands;
    @Parameter(rasterDataNodeType = Band.class)
    String referenceBand;

    @Override
    public void initialize() {
      setTargetProduct(new Product("t", "T", 1, 1));
    }
  }

  /**
   * SNAP's ParameterDescriptorFactory gives a rasterDataNodeType = Band.class parameter the value set
   * of the first source's band names (RasterDataNodeValues.getNames, "" allowed for a single name).
   */
  @Test
  void bandNameParametersMustNameBandsOfTheSource() {
    Product source = TestScenes.twoBands(2, 2, null);
    BandNamesOp ok = new BandNamesOp();
    ok.setSourceProduct(source);
    ok.setParameter("bands", "b,a");
    ok.setParameter("referenceBand", "");
    ok.getTargetProduct();
    assertArrayEquals(new String[] {"b", "a"}, ok.bands);

    BandNamesOp bad = new BandNamesOp();
    bad.setSourceProduct(source);
    OperatorException e = assertThrows(OperatorException.class, () -> bad.setParameter("bands", "a,c"));
    assertEquals("Operator 'BandNamesOp': parameter 'bands' has value 'c', which is no band of product 'twoBands';"
        + " its bands are [a, b]", e.getMessage());
    assertNull(bad.bands);
  }

  /**
   * SNAP gives a band-name parameter its value set when a source is set
   * (OperatorContext.setSourceProduct calls updatePropertyDescriptors) and checks a value as it is
   * set: a name set before any source is not checked, nor is it once the source comes.
   */
  @Test
  void aBandNameSetBeforeTheSourceIsNotCheckedAsInSnap() {
    BandNamesOp op = new BandNamesOp();
    op.setParameter("bands", "c");
    op.setSourceProduct(TestScenes.twoBands(2, 2, null));
    op.getTargetProduct();
    assertArrayEquals(new String[] {"c"}, op.bands);
  }
}
