package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;

class OutOfMemoryTest {

  @Test
  void messageGivesTheHeapLimitAndTwiceItAsTheOptionToTry() {
    String message = OutOfMemory.message(4L << 30);

    assertTrue(message.startsWith("out of memory"), message);
    assertTrue(message.contains("4.0 GiB") && message.contains("JAVA_OPTS=-Xmx8g"), message);
  }

  @Test
  void smallHeapsAreAdvisedAtLeastTwoGib() {
    String message = OutOfMemory.message(256L << 20);

    assertTrue(message.contains("256 MiB") && message.contains("JAVA_OPTS=-Xmx2g"), message);
  }

  @Test
  void messageDoesNotOfferFewerTilesAloneAsWholeFrameStagesNeedASmallerFrame() {
    // DL-Unwrap without detections on 2048 x 2048 ran out at -Xmx256m with -q 1 already
    String message = OutOfMemory.message(256L << 20);

    assertTrue(message.contains("-q <threads>"), message);
    assertTrue(message.contains("DL-Unwrap without detections holds its whole frame even at -q 1")
        && message.contains("DL-Detect SUBSIDENCE")
        && message.contains("-PpixelRegion=") && message.contains("-PdetectionsFile="), message);
  }

  @Test
  void findsTheErrorBehindWrappers() {
    OperatorException wrapped = new OperatorException("tile failed", new IllegalStateException(new OutOfMemoryError()));

    assertTrue(OutOfMemory.isCauseOf(wrapped));
    assertTrue(OutOfMemory.isCauseOf(new OutOfMemoryError()));
    assertFalse(OutOfMemory.isCauseOf(new UncheckedIOException("x", new java.io.IOException("disk"))));
  }
}
