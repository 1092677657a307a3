package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.ParseException;
import org.junit.jupiter.api.Test;

class MetadataElementTest {

  private final Product product = new Product("stack", "SLC", 4, 4);
  private final MetadataElement abs = new MetadataElement("Abstracted_Metadata");

  MetadataElementTest() {
    product.getMetadataRoot().addElement(abs);
  }

  @Test
  void typedGettersReadAttributesOfTheirType() throws ParseException {
    abs.setAttributeDouble("radar_frequency", 5405.0);
    abs.setAttributeInt("ABS_ORBIT", 30522);
    abs.setAttributeString("PASS", "ASCENDING");
    abs.setAttributeUTC("first_line_time", ProductData.UTC.parse("15-JAN-2020 05:43:21.123456"));

    assertEquals(5405.0, abs.getAttributeDouble("radar_frequency"));
    assertEquals(30522, abs.getAttributeInt("ABS_ORBIT"));
    assertEquals("ASCENDING", abs.getAttributeString("PASS"));
    assertEquals("15-JAN-2020 05:43:21.123456", abs.getAttributeUTC("first_line_time").format());
    assertEquals("15-JAN-2020 05:43:21.123456", abs.getAttributeString("first_line_time"));
  }

  @Test
  void textAttributesAreParsedByNumericAndTimeGetters() {
    abs.setAttributeString("range_spacing", " 2.33 ");
    abs.setAttributeString("first_line_time", "15-JAN-2020 05:43:21.5");

    assertEquals(2.33, abs.getAttributeDouble("range_spacing"));
    assertEquals(500000, abs.getAttributeUTC("first_line_time").getMicroSecondsFraction());
  }

  @Test
  void emptyOrNullTextIsRefusedAsSnapsAsciiDataRefusesIt() {
    // SNAP 14: setAttributeString -> ProductData.ASCII.setElems, which throws for "" and null
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeString("PASS", ""));
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeString("PASS", null));
    assertFalse(abs.containsAttribute("PASS"));
  }

  @Test
  void gettersWithoutDefaultNameTheMissingAttributeAndElement() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> abs.getAttributeDouble("radar_frequency"));

    assertEquals("metadata attribute 'radar_frequency' not found in element 'metadata/Abstracted_Metadata'",
        error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> abs.getAttributeInt("x"));
    assertThrows(IllegalArgumentException.class, () -> abs.getAttributeString("x"));
    assertThrows(IllegalArgumentException.class, () -> abs.getAttributeUTC("x"));
  }

  @Test
  void gettersWithDefaultReturnItForMissingAttributes() {
    ProductData.UTC fallback = new ProductData.UTC(1.0);

    assertEquals(99999.0, abs.getAttributeDouble("x", 99999.0));
    assertEquals(7, abs.getAttributeInt("x", 7));
    assertEquals("-", abs.getAttributeString("x", "-"));
    assertSame(fallback, abs.getAttributeUTC("x", fallback));
  }

  @Test
  void aTimeIsReadFromItsTextAndOneThatCannotBeParsedGivesTheDefault() {
    // SNAP 14 getAttributeUTC(String, UTC) (snap-core MetadataElement.java, lines 381-391) parses
    // the attribute's text and returns the default when that fails; without a default (lines
    // 402-412) it throws IllegalArgumentException
    abs.setAttributeString("first_line_time", "2020-01-15T05:43:21Z");
    ProductData.UTC fallback = new ProductData.UTC(1.0);

    assertSame(fallback, abs.getAttributeUTC("first_line_time", fallback));
    assertThrows(IllegalArgumentException.class, () -> abs.getAttributeUTC("first_line_time"));

    // a UTC attribute is read from its text too: a new time, held as UTC.parse holds it
    abs.setAttributeUTC("last_line_time", new ProductData.UTC(-1661, 86390, 0)); // 15-JUN-1995 23:59:50
    for (ProductData.UTC read : new ProductData.UTC[] {abs.getAttributeUTC("last_line_time"),
        abs.getAttributeUTC("last_line_time", fallback)}) {
      assertNotSame(abs.getAttribute("last_line_time").getData(), read);
      assertEquals(-1660, read.getDaysFraction());
      assertEquals(-10, read.getSecondsFraction());
      assertEquals("15-JUN-1995 23:59:50.000000", read.format());
    }
  }

  @Test
  void unparsableTextIsAnErrorNamingAttributeElementAndValue() {
    abs.setAttributeString("range_spacing", "wide");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> abs.getAttributeDouble("range_spacing"));
    assertEquals("metadata attribute 'range_spacing' of element 'metadata/Abstracted_Metadata' is not a number:"
        + " 'wide'", error.getMessage());
  }

  @Test
  void settersReplaceExistingAttributesKeepingNumericTypes() {
    abs.addAttribute(new MetadataAttribute("azimuth_looks", ProductData.createInstance(new double[] {1.0}), false));

    abs.setAttributeInt("azimuth_looks", 4);
    abs.setAttributeString("PASS", "ASCENDING");
    abs.setAttributeString("PASS", "DESCENDING");

    assertEquals(ProductData.TYPE_FLOAT64, abs.getAttribute("azimuth_looks").getDataType());
    assertEquals(4.0, abs.getAttributeDouble("azimuth_looks"));
    assertEquals("DESCENDING", abs.getAttributeString("PASS"));
    assertEquals(2, abs.getNumAttributes());
  }

  @Test
  void lookupIgnoresCase() {
    abs.setAttributeInt("ABS_ORBIT", 1);
    abs.addElement(new MetadataElement("Orbit_State_Vectors"));

    assertEquals(1, abs.getAttributeInt("abs_orbit"));
    assertEquals("Orbit_State_Vectors", abs.getElement("orbit_state_vectors").getName());
  }

  @Test
  void elementsAndAttributesBelongToTheProduct() {
    MetadataElement vectors = new MetadataElement("Orbit_State_Vectors");
    abs.addElement(vectors);
    abs.setAttributeInt("ABS_ORBIT", 1);

    assertSame(product, vectors.getProduct());
    assertSame(abs, vectors.getParentElement());
    assertSame(product, abs.getAttribute("ABS_ORBIT").getProduct());
    assertSame(abs, abs.getAttribute("ABS_ORBIT").getParentElement());
  }

  @Test
  void keepsElementsInOrderAndInsertsAtAnIndex() {
    MetadataElement a = new MetadataElement("a");
    MetadataElement c = new MetadataElement("c");
    MetadataElement b = new MetadataElement("b");
    abs.addElement(a);
    abs.addElement(c);
    abs.addElementAt(b, 1);

    assertArrayEquals(new String[] {"a", "b", "c"}, abs.getElementNames());
    assertEquals(1, abs.getElementIndex(b));
    assertSame(c, abs.getElementAt(2));
  }

  @Test
  void removingAnElementDetachesIt() {
    MetadataElement child = new MetadataElement("child");
    abs.addElement(child);

    assertEquals(true, abs.removeElement(child));

    assertNull(child.getParentElement());
    assertFalse(abs.containsElement("child"));
    assertFalse(abs.removeElement(child));
  }

  @Test
  void deepCloneCopiesTheWholeSubtreeIndependently() {
    MetadataElement baselines = new MetadataElement("Baselines");
    baselines.setAttributeDouble("Perp Baseline", 42.5);
    abs.addElement(baselines);
    abs.addAttribute(new MetadataAttribute("burst_lines", ProductData.createInstance(new int[] {1, 2, 3}), true));

    MetadataElement clone = abs.createDeepClone();
    baselines.setAttributeDouble("Perp Baseline", 0.0);
    ((int[]) abs.getAttribute("burst_lines").getDataElems())[0] = 99;

    assertEquals(42.5, clone.getElement("Baselines").getAttributeDouble("Perp Baseline"));
    assertArrayEquals(new int[] {1, 2, 3}, (int[]) clone.getAttribute("burst_lines").getDataElems());
    assertNotSame(abs.getElement("Baselines"), clone.getElement("Baselines"));
    assertNull(clone.getParentElement());
    assertSame(clone, clone.getElement("Baselines").getParentElement());
  }
}
