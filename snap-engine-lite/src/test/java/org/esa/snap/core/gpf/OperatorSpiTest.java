package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.lite.gpf.testops.RampOp;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

class OperatorSpiTest {

  /** An operator without metadata. */
  static final class PlainOp extends Operator {
    @Override
    public void initialize() {
      setTargetProduct(new Product("p", "P", 1, 1));
    }
  }

  /** An operator without a no-argument constructor. */
  static final class NeedsArgumentOp extends Operator {
    NeedsArgumentOp(int unused) {
    }

    @Override
    public void initialize() {
    }
  }

  @Test
  void aliasComesFromOperatorMetadataElseTheSimpleClassName() {
    assertEquals("Test-Ramp", OperatorSpi.getOperatorAlias(RampOp.class));
    assertEquals("PlainOp", OperatorSpi.getOperatorAlias(PlainOp.class));
    assertEquals("Test-Ramp", new RampOp.Spi().getOperatorAlias());
  }

  @Test
  void createdOperatorKnowsItsSpi() {
    RampOp.Spi spi = new RampOp.Spi();
    Operator op = spi.createOperator();
    assertSame(spi, op.getSpi());
    assertTrue(op.getId().startsWith("Test-Ramp$"), op.getId());
  }

  @Test
  void operatorWithoutNoArgumentConstructorIsRejectedNamingTheClass() {
    OperatorSpi spi = new OperatorSpi(NeedsArgumentOp.class) { };
    OperatorException e = assertThrows(OperatorException.class, spi::createOperator);
    assertTrue(e.getMessage().contains(NeedsArgumentOp.class.getName()), e.getMessage());
  }
}
