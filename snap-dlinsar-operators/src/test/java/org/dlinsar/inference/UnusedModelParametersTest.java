package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.lite.LogCapture;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;

/**
 * A model of one's own given to an operator whose method runs no network is said to be unused,
 * once: its output would otherwise be taken for the network's.
 */
class UnusedModelParametersTest {

  @Test
  void aModelFileWithAClassicalMethodIsSaidToBeUnused() {
    Product stack = StackFixtures.product("stack", 8, 6);
    StackFixtures.addFlatInterferogram(stack, "VV_01Jan2020_13Jan2020", 0.9f);
    try (LogCapture log = LogCapture.warnings()) {
      GPF.createProduct("DL-Mask", Map.of("method", "OTSU", "modelFile", new File("my mask.onnx")), stack)
          .getBand("mask_ifg_VV_01Jan2020_13Jan2020");

      assertEquals(List.of("DL-Mask: modelFile 'my mask.onnx' is not used: method=OTSU runs no network"
          + " (give method=DL to use it)"), log.messages().stream().filter(m -> m.contains("is not used")).toList());
    }
  }

  @Test
  void nothingIsSaidWithoutAModelOrWithMethodDl() {
    try (LogCapture log = LogCapture.warnings()) {
      java.util.logging.Logger logger = java.util.logging.Logger.getLogger("unused-model-test");
      OperatorModels.warnIfUnused("DL-Unwrap", "CLASSICAL", "", null, logger);
      OperatorModels.warnIfUnused("DL-Unwrap", "CLASSICAL", "  ", new File(""), logger);
      OperatorModels.warnIfUnused("DL-Unwrap", "DL", "punet-unwrap", new File("x.onnx"), logger);
      assertEquals(List.of(), log.messages());
      OperatorModels.warnIfUnused("DL-Detect", "CLASSICAL", "yolo-landslide", null, logger);
      assertEquals(List.of("DL-Detect: model 'yolo-landslide' is not used: method=CLASSICAL runs no network"
          + " (give method=DL to use it)"), log.messages());
    }
  }
}
