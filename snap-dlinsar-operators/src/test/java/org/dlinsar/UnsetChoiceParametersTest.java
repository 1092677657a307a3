package org.dlinsar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dlinsar.detect.DlDetectOp;
import org.dlinsar.mask.DlMaskOp;
import org.dlinsar.sbas.LocalSbasOp;
import org.dlinsar.sim.SimulateStackOp;
import org.dlinsar.unwrap.DlUnwrapOp;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Under SNAP an operator made with {@code new} and no setParameterDefaultValues() reaches
 * initialize() with its notNull text parameters null: SNAP checks notNull only as a value is set.
 * Each operator says so in one line naming the parameter, before reading any source, rather than
 * taking the branch of another value (mode null ran as SUBSIDENCE, method null as CLASSICAL).
 */
class UnsetChoiceParametersTest {

  static Stream<Arguments> unset() {
    return Stream.of(
        Arguments.of((Supplier<Operator>) DlDetectOp::new, "mode",
            "DL-Detect parameter 'mode' is not set; expected one of LANDSLIDE, SUBSIDENCE"),
        Arguments.of((Supplier<Operator>) DlDetectOp::new, "method",
            "DL-Detect parameter 'method' is not set; expected one of CLASSICAL, DL"),
        Arguments.of((Supplier<Operator>) LocalSbasOp::new, "scope",
            "Local-SBAS parameter 'scope' is not set; expected one of PATCHES, FULL"),
        Arguments.of((Supplier<Operator>) DlUnwrapOp::new, "method",
            "DL-Unwrap parameter 'method' is not set; expected one of DL, CLASSICAL"),
        Arguments.of((Supplier<Operator>) DlMaskOp::new, "method",
            "DL-Mask parameter 'method' is not set; expected one of DL, OTSU, THRESHOLD"),
        Arguments.of((Supplier<Operator>) SimulateStackOp::new, "preset",
            "DL-Simulate-Stack parameter 'preset' is not set; expected one of "
                + String.join(", ", org.dlinsar.sim.ScenePresets.NAMES)),
        Arguments.of((Supplier<Operator>) SimulateStackOp::new, "content",
            "DL-Simulate-Stack parameter 'content' is not set; expected one of STACK, TRUTH"),
        Arguments.of((Supplier<Operator>) SimulateStackOp::new, "startDate",
            "DL-Simulate-Stack parameter 'startDate' is not set; expected an ISO date yyyy-MM-dd such as 2021-01-04"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unset")
  void anUnsetTextParameterIsRefusedInOneLineNamingIt(Supplier<Operator> make, String parameter, String message)
      throws ReflectiveOperationException {
    Operator op = make.get();
    op.setParameterDefaultValues();
    Field field = op.getClass().getDeclaredField(parameter);
    field.setAccessible(true);
    field.set(op, null);
    op.setSourceProduct(new Product("stack", "IFG_STACK", 4, 4));

    OperatorException e = assertThrows(OperatorException.class, op::getTargetProduct);

    assertEquals(message, e.getMessage());
  }
}
