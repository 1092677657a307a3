package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterConverterTest {

  @Test
  void convertsCollectionsAndBoxedArraysItemByItem() {
    assertArrayEquals(new String[] {"a", "b"}, (String[]) ParameterConverter.convert(String[].class, List.of("a", "b")));
    assertArrayEquals(new double[] {1, 2.5}, (double[]) ParameterConverter.convert(double[].class, new Number[] {1, 2.5}));
  }

  @Test
  void convertsPathsToFiles() {
    assertEquals(new File("x/y.dim"), ParameterConverter.convert(File.class, Path.of("x/y.dim")));
  }

  @Test
  void emptyTextIsNullExceptForText() {
    assertNull(ParameterConverter.convert(File.class, " "));
    assertNull(ParameterConverter.convert(Integer.class, ""));
    assertEquals("", ParameterConverter.convert(String.class, ""));
    // ceres-binding's ArrayConverter.parse (14.x): an empty text is no array, not an empty one
    assertNull(ParameterConverter.convert(String[].class, ""));
    assertNull(ParameterConverter.convert(double[].class, ""));
  }

  @Test
  void readsNumbersAsBooleansAsSnapsBooleanConverterDoes() {
    assertEquals(false, ParameterConverter.convert(boolean.class, "0"));
    assertEquals(false, ParameterConverter.convert(Boolean.class, "0.0"));
    assertEquals(true, ParameterConverter.convert(boolean.class, "1"));
    assertEquals(true, ParameterConverter.convert(boolean.class, "-2.5"));
    assertEquals(true, ParameterConverter.convert(boolean.class, "TRUE"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParameterConverter.convert(boolean.class, "yes"));
    assertEquals("expected true or false (or a number: 0 is false, any other true)", e.getMessage());
  }

  @Test
  void rejectsEmptyItemOfPrimitiveArray() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParameterConverter.convert(int[].class, "1,,3"));
    assertEquals("expected a whole number (int) for every item, got an empty item", e.getMessage());
  }

  @Test
  void rejectsNumbersThatLoseInformation() {
    assertThrows(IllegalArgumentException.class, () -> ParameterConverter.convert(int.class, 3_000_000_000L));
    assertThrows(IllegalArgumentException.class, () -> ParameterConverter.convert(long.class, 2.5));
    assertThrows(IllegalArgumentException.class, () -> ParameterConverter.convert(float.class, 1e40));
    assertEquals(0.1f, ParameterConverter.convert(float.class, 0.1));
  }

  @Test
  void describesArraysByTheirItems() {
    assertEquals("expected a comma-separated list where each item is a number (double)",
        ParameterConverter.expected(double[].class));
  }
}
