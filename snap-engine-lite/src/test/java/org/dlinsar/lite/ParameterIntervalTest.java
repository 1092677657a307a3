package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParameterIntervalTest {

  @Test
  void squareBracketsIncludeTheBounds() {
    ParameterInterval interval = ParameterInterval.parse("[1,10]");
    assertTrue(interval.contains(1));
    assertTrue(interval.contains(10));
    assertFalse(interval.contains(10.5));
  }

  @Test
  void roundBracketsExcludeTheBounds() {
    ParameterInterval interval = ParameterInterval.parse("(0, 90)");
    assertFalse(interval.contains(0));
    assertTrue(interval.contains(45));
    assertFalse(interval.contains(90));
  }

  @Test
  void starLeavesAnEndOpen() {
    assertTrue(ParameterInterval.parse("[1,*)").contains(1e300));
    assertTrue(ParameterInterval.parse("(*,0]").contains(-1e300));
    assertFalse(ParameterInterval.parse("(*,0]").contains(0.1));
  }

  @Test
  void nanIsInNoInterval() {
    assertFalse(ParameterInterval.parse("(*,*)").contains(Double.NaN));
  }

  @Test
  void rejectsMalformedIntervalNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterInterval.parse("1..10"));
    assertTrue(e.getMessage().contains("'1..10'"));
    assertThrows(IllegalArgumentException.class, () -> ParameterInterval.parse("[a,3]"));
  }

  @Test
  void refusesAnEmptyBoundAndSpaceAroundTheIntervalAsSnapsValueRange() {
    // ceres-binding ValueRange.parseValueRange (14.x, lines 83-113): the comma must have a bound on
    // each side (d > 1 && d < length - 2), "*" being the open one, and the text must begin with
    // '(' or '[' and end with ')' or ']'; spaces inside round a bound are trimmed
    for (String text : new String[] {"[0,]", "[,1]", "[0, ]", "( ,90]", " [0,1]", "[0,1] "}) {
      assertThrows(IllegalArgumentException.class, () -> ParameterInterval.parse(text), text);
    }
    assertTrue(ParameterInterval.parse("[ 0 , +1 ]").contains(1));
  }
}
