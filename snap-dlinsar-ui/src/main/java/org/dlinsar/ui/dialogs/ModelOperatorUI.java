package org.dlinsar.ui.dialogs;

import java.awt.BorderLayout;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelException;
import org.esa.snap.graphbuilder.gpf.ui.DefaultUI;
import org.esa.snap.graphbuilder.gpf.ui.UIValidation;
import org.esa.snap.ui.AppContext;

/**
 * The parameter panel of DL-Mask, DL-Detect and DL-Unwrap in SNAP's operator dialogs and Graph
 * Builder (registered under OperatorUIs in the module's layer): SNAP's generated panel of every
 * parameter, and beneath it the model choice with each model's card ({@link ModelChoicePanel}),
 * which a generated text field for {@code model} cannot show, and where it would run. A model
 * that cannot run (a name not bundled, a model file without its card, one for another task, CUDA
 * asked for without the GPU build) stops the dialog with one message before anything is computed.
 */
public class ModelOperatorUI extends DefaultUI {

  private ModelChoicePanel choice;

  public ModelOperatorUI() {
  }

  @Override
  public JComponent CreateOpTab(String operatorName, Map<String, Object> parameterMap, AppContext appContext) {
    JComponent generated = super.CreateOpTab(operatorName, parameterMap, appContext);
    choice = new ModelChoicePanel(operatorName, propertySet, BundledModels.onClassPath());
    JPanel panel = new JPanel(new BorderLayout(0, 6));
    panel.add(generated, BorderLayout.CENTER);
    panel.add(choice, BorderLayout.SOUTH);
    return panel;
  }

  @Override
  public UIValidation validateParameters() {
    String method = propertySet.getValue("method");
    if (method != null && !"DL".equals(method)) {
      return super.validateParameters();
    }
    try {
      ModelChoicePanel.resolve(operatorName, propertySet, BundledModels.onClassPath());
      ExecutionProvider provider = ModelChoicePanel.provider(propertySet);
      if (!provider.canRun()) {
        return new UIValidation(UIValidation.State.ERROR, "The model " + provider.whereModelsRun() + ".");
      }
      return super.validateParameters();
    } catch (ModelException e) {
      return new UIValidation(UIValidation.State.ERROR, e.getMessage());
    }
  }

  /** The model choice beneath the generated panel, once created. */
  ModelChoicePanel choice() {
    return choice;
  }
}
