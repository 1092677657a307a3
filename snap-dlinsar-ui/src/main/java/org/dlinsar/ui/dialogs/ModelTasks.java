package org.dlinsar.ui.dialogs;

import com.bc.ceres.binding.PropertySet;
import org.dlinsar.inference.ModelResolver;

/** Which model task an operator's dialog chooses a model for, from its parameters. */
final class ModelTasks {

  static final String MASK = "DL-Mask";
  static final String DETECT = "DL-Detect";
  static final String UNWRAP = "DL-Unwrap";

  private ModelTasks() {
  }

  /**
   * The task of {@code operatorName} with {@code parameters}: DL-Detect's depends on its mode.
   *
   * @throws IllegalArgumentException for an operator that runs no model
   */
  static String of(String operatorName, PropertySet parameters) {
    return switch (operatorName) {
      case MASK -> ModelResolver.MASK;
      case UNWRAP -> ModelResolver.UNWRAP;
      case DETECT -> "SUBSIDENCE".equals(parameters.getValue("mode")) ? ModelResolver.DETECT_SUBSIDENCE
          : ModelResolver.DETECT_LANDSLIDE;
      default -> throw new IllegalArgumentException(operatorName + " runs no model");
    };
  }
}
