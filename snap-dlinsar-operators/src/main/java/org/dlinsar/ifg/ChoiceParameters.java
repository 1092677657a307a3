package org.dlinsar.ifg;

import java.util.List;
import org.esa.snap.core.gpf.OperatorException;

/**
 * The check an operator makes of a notNull text parameter that chooses its branch. SNAP refuses a
 * null only as a value is set, so an operator made with {@code new} and no
 * setParameterDefaultValues() reaches initialize() with it null; without this check it would
 * silently take the branch of another value.
 */
public final class ChoiceParameters {

  private ChoiceParameters() {
  }

  /**
   * Returns {@code value}, one of {@code allowed}.
   *
   * @throws OperatorException "{@code <operator>} parameter '{@code <name>}' is not set; expected
   *     one of ..." when it is null, or naming the value when it is none of them
   */
  public static String choice(String operator, String name, String value, String... allowed) {
    if (value != null && List.of(allowed).contains(value)) {
      return value;
    }
    throw new OperatorException(operator + " parameter '" + name + "' is "
        + (value == null ? "not set" : "'" + value + "'") + "; expected one of " + String.join(", ", allowed));
  }

  /**
   * Returns {@code value}.
   *
   * @throws OperatorException "{@code <operator>} parameter '{@code <name>}' is not set; expected
   *     {@code <expected>}" when it is null
   */
  public static String given(String operator, String name, String value, String expected) {
    if (value == null) {
      throw new OperatorException(operator + " parameter '" + name + "' is not set; expected " + expected);
    }
    return value;
  }
}
