package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.dlinsar.lite.gpf.testops.BoxMeanOp;
import org.dlinsar.lite.gpf.testops.RampOp;
import org.junit.jupiter.api.Test;

class DefaultOperatorSpiRegistryTest {

  /** A second SPI claiming the alias of {@link RampOp}. */
  static final class RivalSpi extends OperatorSpi {
    RivalSpi() {
      super(BoxMeanOp.class);
    }
  }

  @Test
  void loadsTheOperatorsOfTheServiceFiles() {
    DefaultOperatorSpiRegistry registry = new DefaultOperatorSpiRegistry();
    registry.loadOperatorSpis();
    assertTrue(registry.getOperatorSpi("Test-BoxMean") instanceof BoxMeanOp.Spi);
    assertTrue(registry.getOperatorSpis().size() >= 4);
  }

  @Test
  void duplicateAliasIsReplacedByTheLaterSpi() {
    DefaultOperatorSpiRegistry registry = new DefaultOperatorSpiRegistry();
    assertTrue(registry.addOperatorSpi(new RampOp.Spi()));
    assertFalse(registry.addOperatorSpi(new RampOp.Spi()));
    RivalSpi rival = new RivalSpi();
    assertTrue(registry.addOperatorSpi("test-RAMP", rival));
    assertSame(rival, registry.getOperatorSpi("Test-Ramp"));
    assertEquals(Set.of("test-RAMP"), registry.getAliases());
  }

  @Test
  void removedSpiIsNoLongerFound() {
    DefaultOperatorSpiRegistry registry = new DefaultOperatorSpiRegistry();
    RampOp.Spi spi = new RampOp.Spi();
    registry.addOperatorSpi(spi);
    assertTrue(registry.removeOperatorSpi(spi));
    assertNull(registry.getOperatorSpi("Test-Ramp"));
    assertFalse(registry.removeOperatorSpi(spi));
  }
}
