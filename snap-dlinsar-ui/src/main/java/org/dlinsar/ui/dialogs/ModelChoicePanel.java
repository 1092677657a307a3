package org.dlinsar.ui.dialogs;

import com.bc.ceres.binding.PropertySet;
import java.awt.BorderLayout;
import java.awt.Font;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelCardText;
import org.dlinsar.inference.ModelException;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ResolvedModel;

/**
 * The model choice of a DL operator's dialog: the bundled models for the operator's task (its
 * mode's, for DL-Detect), the best first, and beneath the card of the model that would run: what
 * it is, and its figures against the classical method on held-out data, so the choice is made on
 * measured numbers, and where it would run (the execution provider: CPU, or CUDA when the GPU build
 * of ONNX Runtime is installed). Choosing one sets the dialog's {@code model}; a {@code modelFile}
 * or a method other than DL is shown for what it means.
 */
final class ModelChoicePanel extends JPanel {

  /** The entry of the default: the best bundled model, the one an empty {@code model} runs. */
  static final String BEST = "(best bundled model)";

  private final String operatorName;
  private final PropertySet parameters;
  private final BundledModels bundled;
  private final JComboBox<String> models = new JComboBox<>();
  private final JTextArea card = new JTextArea(8, 60);
  private boolean updating;

  ModelChoicePanel(String operatorName, PropertySet parameters, BundledModels bundled) {
    super(new BorderLayout(0, 4));
    this.operatorName = operatorName;
    this.parameters = parameters;
    this.bundled = bundled;
    setBorder(BorderFactory.createTitledBorder("Model (method DL)"));
    card.setEditable(false);
    card.setLineWrap(true);
    card.setWrapStyleWord(true);
    card.setFont(new Font(Font.MONOSPACED, Font.PLAIN, card.getFont().getSize()));
    add(models, BorderLayout.NORTH);
    add(new JScrollPane(card), BorderLayout.CENTER);
    models.addActionListener(e -> chosen());
    for (String name : List.of("model", "modelFile", "method", "mode", "provider")) {
      if (parameters.isPropertyDefined(name)) {
        parameters.addPropertyChangeListener(name, e -> refresh());
      }
    }
    refresh();
  }

  /** The combo box of models, for tests. */
  JComboBox<String> models() {
    return models;
  }

  /** The text shown beneath it. */
  String cardText() {
    return card.getText();
  }

  private void chosen() {
    if (updating) {
      return;
    }
    String choice = (String) models.getSelectedItem();
    parameters.setValue("model", choice == null || BEST.equals(choice) ? "" : choice);
  }

  /** Lists the task's models, selects the dialog's, and shows what would run. */
  private void refresh() {
    updating = true;
    try {
      List<String> entries = new ArrayList<>();
      entries.add(BEST);
      bundled.forTask(ModelTasks.of(operatorName, parameters)).forEach(m -> entries.add(m.card().name()));
      String model = parameters.getValue("model");
      String selected = model == null || model.isBlank() ? BEST : model;
      if (!entries.contains(selected)) {
        entries.add(selected);
      }
      models.setModel(new DefaultComboBoxModel<>(entries.toArray(new String[0])));
      models.setSelectedItem(selected);
      File modelFile = modelFile(parameters);
      models.setEnabled(modelFile == null);
      card.setText(describe(modelFile));
      card.setCaretPosition(0);
    } finally {
      updating = false;
    }
  }

  private String describe(File modelFile) {
    String method = parameters.getValue("method");
    String note = method == null || "DL".equals(method) ? ""
        : "Method " + method + " runs no model; choose DL to run this one.\n";
    try {
      ResolvedModel resolved = resolve(operatorName, parameters, bundled);
      return note + String.join("\n", ModelCardText.lines(resolved.card()))
          + (modelFile != null ? "\n  (your model file " + modelFile + ")" : "")
          + "\nIt " + provider(parameters).whereModelsRun() + ".";
    } catch (ModelException e) {
      return note + e.getMessage();
    }
  }

  /**
   * The model the dialog's parameters name, resolved as the operator will resolve it.
   *
   * @throws ModelException saying why it cannot run
   */
  static ResolvedModel resolve(String operatorName, PropertySet parameters, BundledModels bundled) {
    return ModelResolver.resolve(ModelTasks.of(operatorName, parameters), parameters.getValue("model"),
        modelFile(parameters), bundled);
  }

  /**
   * The execution provider the dialog asks for (AUTO taking the JVM's -Ddlinsar.inference.provider).
   *
   * @throws ModelException for a value that names none
   */
  static ExecutionProvider provider(PropertySet parameters) {
    String value = parameters.getValue("provider");
    return ExecutionProvider.ofParameter(value == null ? "AUTO" : value, "provider");
  }

  /** The dialog's model file; null when none is given (SNAP's file editor leaves an empty path). */
  static File modelFile(PropertySet parameters) {
    File file = parameters.getValue("modelFile");
    return file == null || file.getPath().isEmpty() ? null : file;
  }
}
