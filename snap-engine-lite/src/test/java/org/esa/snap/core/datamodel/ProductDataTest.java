package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProductDataTest {

  @ParameterizedTest
  @CsvSource({
      "10, int8, 1, [B", "11, int16, 2, [S", "12, int32, 4, [I", "13, int64, 8, [J",
      "20, uint8, 1, [B", "21, uint16, 2, [S", "22, uint32, 4, [I",
      "30, float32, 4, [F", "31, float64, 8, [D", "41, ascii, 1, [B", "51, utc, 4, [I"})
  void createsEveryTypeWithItsNameSizeAndArray(int type, String name, int size, String arrayClass) {
    ProductData data = ProductData.createInstance(type, 3);

    assertEquals(type, data.getType());
    assertEquals(name, data.getTypeString());
    assertEquals(type, ProductData.getType(name));
    assertEquals(size, data.getElemSize());
    assertEquals(arrayClass, data.getElems().getClass().getName());
    assertEquals(3, data.getNumElems());
  }

  @Test
  void noElementsAreRefusedForEveryTypeButUtcAsSnapRefusesThem() {
    // SNAP 14 createInstance(int, int) (snap-core ProductData.java 14.x, lines 226-229)
    int[] types = {ProductData.TYPE_INT8, ProductData.TYPE_INT16, ProductData.TYPE_INT32, ProductData.TYPE_INT64,
        ProductData.TYPE_UINT8, ProductData.TYPE_UINT16, ProductData.TYPE_UINT32, ProductData.TYPE_FLOAT32,
        ProductData.TYPE_FLOAT64, ProductData.TYPE_ASCII};
    for (int type : types) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> ProductData.createInstance(type, 0), ProductData.getTypeString(type));
      assertTrue(error.getMessage().startsWith("numElems is less than one"), error.getMessage());
      assertThrows(IllegalArgumentException.class, () -> ProductData.createInstance(type, -1));
    }
    assertEquals(3, ProductData.createInstance(ProductData.TYPE_UTC, 0).getNumElems());
    assertThrows(IllegalArgumentException.class, () -> new MetadataAttribute("empty", ProductData.TYPE_FLOAT64, 0));
    // an empty array is still wrapped, as SNAP's createInstance(int, Object)
    assertEquals(0, ProductData.createInstance(ProductData.TYPE_FLOAT32, new float[0]).getNumElems());
  }

  @Test
  void rejectsUint64AsSnapDoes() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ProductData.createInstance(ProductData.TYPE_UINT64, 1));
    assertTrue(error.getMessage().contains("uint64"), error.getMessage());
  }

  @Test
  void unknownTypeNamesAreUndefined() {
    assertEquals(ProductData.TYPE_UNDEFINED, ProductData.getType("complex64"));
    assertEquals(null, ProductData.getTypeString(99));
  }

  @Test
  void unsignedTypesReturnUnsignedValues() {
    ProductData uint8 = ProductData.createInstance(ProductData.TYPE_UINT8, 1);
    ProductData uint16 = ProductData.createInstance(ProductData.TYPE_UINT16, 1);
    ProductData uint32 = ProductData.createInstance(ProductData.TYPE_UINT32, 1);

    uint8.setElemInt(200);
    uint16.setElemInt(60000);
    uint32.setElemDouble(4_000_000_000.0);

    assertEquals(200, uint8.getElemInt());
    assertEquals(60000, uint16.getElemInt());
    assertEquals(4_000_000_000.0, uint32.getElemDouble());
    assertEquals("4000000000", uint32.getElemString());
    assertTrue(uint8.isUnsigned());
    assertFalse(uint8.isSigned());
  }

  @Test
  void signedTypesKeepNegativeValues() {
    ProductData int8 = ProductData.createInstance(ProductData.TYPE_INT8, 1);
    ProductData int16 = ProductData.createInstance(ProductData.TYPE_INT16, 1);
    int8.setElemInt(-100);
    int16.setElemInt(-30000);

    assertEquals(-100, int8.getElemInt());
    assertEquals(-30000, int16.getElemInt());
    assertTrue(int8.isSigned());
  }

  @Test
  void floatElementsRoundWhenReadAsInt() {
    ProductData data = ProductData.createInstance(new float[] {1.6f, -2.5f});

    assertEquals(2, data.getElemIntAt(0));
    assertEquals(1.6f, data.getElemFloatAt(0));
    assertFalse(data.isInt());
  }

  @Test
  void arrayFactoriesWrapTheArray() {
    float[] samples = {1f, 2f};
    ProductData data = ProductData.createInstance(samples);
    data.setElemFloatAt(1, 5f);

    assertEquals(5f, samples[1]);
    assertSame(samples, ((ProductData.Float) data).getArray());
    assertSame(samples, ProductData.createInstance(ProductData.TYPE_FLOAT32, samples).getElems());
  }

  @Test
  void createInstanceWithAnArrayOfTheWrongTypeNamesBoth() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ProductData.createInstance(ProductData.TYPE_FLOAT32, new int[2]));
    assertEquals("cannot hold int[] as ProductData of type float32", error.getMessage());
  }

  @Test
  void setElemsCopiesAnArrayOfTheSameLengthOnly() {
    ProductData data = ProductData.createInstance(new int[] {1, 2});
    data.setElems(new int[] {3, 4});
    assertArrayEquals(new int[] {3, 4}, (int[]) data.getElems());

    assertThrows(IllegalArgumentException.class, () -> data.setElems(new int[] {1, 2, 3}));
    assertThrows(IllegalArgumentException.class, () -> data.setElems(new float[] {1, 2}));
  }

  @Test
  void asciiHoldsTheWholeText() {
    ProductData text = ProductData.createInstance("IW1 VV");

    assertEquals(ProductData.TYPE_ASCII, text.getType());
    assertEquals("IW1 VV", text.getElemString());
    assertEquals(6, text.getNumElems());
    text.setElems("longer text");
    assertEquals("longer text", text.getElemString());
  }

  @Test
  void setElemStringSetsNothingAsInSnap() {
    // SNAP declares it on ProductData and implements it for no type: its setElemStringAt throws
    for (ProductData data : new ProductData[] {ProductData.createInstance(ProductData.TYPE_FLOAT64, 1),
        ProductData.createInstance("text"), new ProductData.UTC()}) {
      assertThrows(IllegalStateException.class, () -> data.setElemString("5"), data.getTypeString());
    }
  }

  @Test
  void toStringListsElementsCommaSeparated() {
    assertEquals("1.5,2.0", ProductData.createInstance(new double[] {1.5, 2}).toString());
  }

  /**
   * SNAP's getElemString is a scalar's element, else the comma-separated list (snap-core
   * ProductData.java 14.x, lines 608-620); MetadataElement.getAttributeString returns it (MetadataElement.java,
   * lines 513-537), so an array attribute reads as its whole list.
   */
  @Test
  void getElemStringOfAnArrayListsEveryElementAsSnaps() {
    assertEquals("1,2,3", ProductData.createInstance(new int[] {1, 2, 3}).getElemString());
    assertEquals("65535,1", ProductData.createInstance(ProductData.TYPE_UINT16, new short[] {-1, 1}).getElemString());
    assertEquals("1.5", ProductData.createInstance(new float[] {1.5f}).getElemString());
    assertEquals("", ProductData.createInstance(new double[0]).getElemString());
    MetadataElement element = new MetadataElement("Doppler_Centroid_Coefficients");
    element.addAttribute(new MetadataAttribute("coefficients", ProductData.createInstance(new double[] {0.5, -2}), false));
    assertEquals("0.5,-2.0", element.getAttributeString("coefficients"));
    assertEquals("0.5,-2.0", element.getAttributeString("coefficients", "-"));
  }

  @Test
  void intTypesAreRecognised() {
    assertTrue(ProductData.isIntType(ProductData.TYPE_INT8));
    assertTrue(ProductData.isIntType(ProductData.TYPE_UINT32));
    assertFalse(ProductData.isIntType(ProductData.TYPE_FLOAT32));
    assertFalse(ProductData.isIntType(ProductData.TYPE_ASCII));
  }

  @Test
  void disposeLeavesNoElements() {
    ProductData data = ProductData.createInstance(new double[] {1, 2});
    data.dispose();
    assertEquals(0, data.getNumElems());
  }

  @Test
  void copyIsDeep() {
    ProductData data = ProductData.createInstance(new short[] {1, 2});
    ProductData copy = data.copy();
    data.setElemIntAt(0, 9);

    assertEquals(1, copy.getElemIntAt(0));
    assertEquals(ProductData.TYPE_INT16, copy.getType());
  }
}
