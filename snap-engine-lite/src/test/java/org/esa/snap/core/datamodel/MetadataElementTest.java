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
    // (MetadataElement.java 14.x, lines 546-550); the attribute is added before, one zero byte
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeString("PASS", ""));
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeString("PASS", null));
    assertEquals(ProductData.TYPE_ASCII, abs.getAttribute("PASS").getDataType());
    assertEquals(1, abs.getAttribute("PASS").getData().getNumElems());

    abs.setAttributeString("MISSION", "SENTINEL-1A");
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeString("MISSION", ""));
    assertEquals("SENTINEL-1A", abs.getAttributeString("MISSION"));
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
  void settersWriteIntoTheExistingDataKeepingItsType() {
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
  void settersOverAnAttributeOfAnotherTypeDoAsSnapsDo() throws ParseException {
    // SNAP 14 (snap-core MetadataElement.java 14.x, lines 466-551, getAndMaybeCreateAttribute
    // 597-604): an existing attribute is kept and the value written into its data, whatever its type
    abs.addAttribute(new MetadataAttribute("ABS_ORBIT", ProductData.createInstance(new int[] {30522}), false));
    abs.setAttributeString("PASS", "ASCENDING");
    abs.addAttribute(new MetadataAttribute("num_output_lines", ProductData.createInstance(ProductData.TYPE_UINT32), false));
    abs.addAttribute(new MetadataAttribute("coregistered_stack", ProductData.createInstance(ProductData.TYPE_UINT8), false));
    ProductData.UTC time = ProductData.UTC.parse("15-JAN-2020 05:43:21.123456");
    abs.setAttributeUTC("first_line_time", time);
    abs.setAttributeDouble("range_spacing", 2.33);

    // text into int32 (Int.setElems, ProductData.java 1976-1989): refused, naming the attribute
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> abs.setAttributeString("ABS_ORBIT", "30523"));
    assertEquals(true, text.getMessage().startsWith(
        "metadata attribute 'ABS_ORBIT' of element 'metadata/Abstracted_Metadata' (int32): "), text.getMessage());
    assertEquals(ProductData.TYPE_INT32, abs.getAttribute("ABS_ORBIT").getDataType());
    assertEquals(30522, abs.getAttributeInt("ABS_ORBIT"));
    // an int into ASCII (Byte.setElemIntAt, line 1200): the first byte, the type stays ascii
    abs.setAttributeInt("PASS", 'X');
    assertEquals(ProductData.TYPE_ASCII, abs.getAttribute("PASS").getDataType());
    assertEquals("XSCENDING", abs.getAttributeString("PASS"));
    // a double into ASCII: rounded into the first byte (Byte.setElemDoubleAt, line 1232)
    abs.setAttributeDouble("PASS", 'D' + 0.4);
    assertEquals("DSCENDING", abs.getAttributeString("PASS"));
    // a time into ASCII (ASCII.setElems, lines 2858-2870) or into a double: refused
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeUTC("PASS", time));
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeUTC("range_spacing", time));
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeUTC("ABS_ORBIT", time));
    assertEquals(2.33, abs.getAttributeDouble("range_spacing"));
    // text into a time or a double: refused
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeString("first_line_time", "16-JAN-2020 00:00:00"));
    assertThrows(IllegalArgumentException.class, () -> abs.setAttributeString("range_spacing", "2.5"));
    // a double into int32 or uint32 is rounded (Int.setElemDoubleAt, line 1942), an int into uint8 cast
    abs.setAttributeDouble("ABS_ORBIT", 7.6);
    abs.setAttributeDouble("num_output_lines", 1500.5);
    abs.setAttributeInt("coregistered_stack", 1);
    assertEquals(ProductData.TYPE_INT32, abs.getAttribute("ABS_ORBIT").getDataType());
    assertEquals(8, abs.getAttributeInt("ABS_ORBIT"));
    assertEquals(ProductData.TYPE_UINT32, abs.getAttribute("num_output_lines").getDataType());
    assertEquals(1501, abs.getAttributeInt("num_output_lines"));
    assertEquals(ProductData.TYPE_UINT8, abs.getAttribute("coregistered_stack").getDataType());
    assertEquals(1, abs.getAttributeInt("coregistered_stack"));
    // an int into a UTC sets its days
    abs.setAttributeInt("first_line_time", 0);
    assertEquals(ProductData.TYPE_UTC, abs.getAttribute("first_line_time").getDataType());
    assertEquals("01-JAN-2000 05:43:21.123456", abs.getAttributeString("first_line_time"));
    // a time into a UTC or into three int32 elements is copied
    abs.setAttributeUTC("first_line_time", time);
    assertEquals("15-JAN-2020 05:43:21.123456", abs.getAttributeUTC("first_line_time").format());
    abs.addAttribute(new MetadataAttribute("triple", ProductData.createInstance(new int[3]), false));
    abs.setAttributeUTC("triple", time);
    assertArrayEquals(time.getArray(), (int[]) abs.getAttribute("triple").getData().getElems());
    assertEquals(7, abs.getNumAttributes());
  }

  @Test
  void elementLookupsRefuseANullOrEmptyNameAsSnaps() {
    // SNAP 14 getElement, containsElement (snap-core MetadataElement.java 14.x, lines 167-186)
    abs.addElement(new MetadataElement("Orbit_State_Vectors"));
    for (String name : new String[] {null, ""}) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> abs.getElement(name));
      assertEquals("[name] is " + (name == null ? "null" : "an empty string")
          + ": MetadataElement.getElement of 'metadata/Abstracted_Metadata' needs the name of a node",
          error.getMessage());
      assertThrows(IllegalArgumentException.class, () -> abs.containsElement(name));
    }
    assertNull(abs.getElement("Baselines"));
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
