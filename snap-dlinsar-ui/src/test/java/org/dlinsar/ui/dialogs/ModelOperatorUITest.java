package org.dlinsar.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.inference.ModelCardText;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ResolvedModel;
import org.esa.snap.graphbuilder.gpf.ui.UIValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DL operators' dialog panel as SNAP's operator dialog and Graph Builder use it (through the
 * Desktop stand-in's DefaultUI): the bundled models of the operator's task to choose from, the
 * card of the one that would run with its figures against the classical method, and the model
 * checked before anything runs.
 */
class ModelOperatorUITest {

  private final BundledModels bundled = BundledModels.onClassPath();

  private static List<String> entries(JComboBox<String> box) {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < box.getItemCount(); i++) {
      entries.add(box.getItemAt(i));
    }
    return entries;
  }

  private List<String> choicesFor(String task) {
    List<String> choices = new ArrayList<>(List.of(ModelChoicePanel.BEST));
    bundled.forTask(task).forEach(m -> choices.add(m.card().name()));
    return choices;
  }

  private static String cardOf(ModelCard card) {
    return String.join("\n", ModelCardText.lines(card));
  }

  @Test
  void theMaskDialogOffersTheMaskModelsAndShowsTheCardOfTheOneThatRuns() {
    Map<String, Object> parameters = new HashMap<>();
    ModelOperatorUI ui = new ModelOperatorUI();
    ui.CreateOpTab("DL-Mask", parameters, null);
    ModelChoicePanel choice = ui.choice();

    List<ResolvedModel> masks = bundled.forTask(ModelResolver.MASK);
    assertFalse(masks.isEmpty(), "a mask model is bundled");
    assertEquals(choicesFor(ModelResolver.MASK), entries(choice.models()));
    assertEquals(ModelChoicePanel.BEST, choice.models().getSelectedItem());
    String best = cardOf(masks.get(0).card());
    assertTrue(choice.cardText().startsWith(best), choice.cardText());
    assertTrue(choice.cardText().endsWith("It " + ExecutionProvider.AUTO.whereModelsRun() + "."), choice.cardText());
    assertTrue(best.contains(" on ") && masks.get(0).card().metrics().stream()
        .allMatch(m -> best.contains(m.classicalMethod())), "its figures against the classical method:\n" + best);

    choice.models().setSelectedItem(masks.get(0).card().name());
    assertEquals(masks.get(0).card().name(), parameters.get("model"));
    choice.models().setSelectedItem(ModelChoicePanel.BEST);
    assertEquals("", parameters.get("model"));
    assertEquals(UIValidation.State.OK, ui.validateParameters().getState());
  }

  @Test
  void detectOffersTheModelsOfItsModeAndSaysWhenItsMethodRunsNone() {
    Map<String, Object> parameters = new HashMap<>();
    ModelOperatorUI ui = new ModelOperatorUI();
    ui.CreateOpTab("DL-Detect", parameters, null);
    ModelChoicePanel choice = ui.choice();
    assertEquals(choicesFor(ModelResolver.DETECT_LANDSLIDE), entries(choice.models()));
    // DL, the default: the card of the model that runs, and how it is joined with CLASSICAL
    assertTrue(choice.cardText().startsWith(cardOf(bundled.forTask(ModelResolver.DETECT_LANDSLIDE).get(0).card())),
        choice.cardText());
    assertTrue(choice.cardText().contains("method DL joins it with CLASSICAL"), choice.cardText());

    ui.getPropertySet().setValue("mode", "SUBSIDENCE");
    assertEquals(choicesFor(ModelResolver.DETECT_SUBSIDENCE), entries(choice.models()));
    assertTrue(choice.cardText().startsWith(cardOf(bundled.forTask(ModelResolver.DETECT_SUBSIDENCE).get(0).card())),
        choice.cardText());
    ui.getPropertySet().setValue("method", "CLASSICAL");
    assertTrue(choice.cardText().startsWith("Method CLASSICAL runs no model"), choice.cardText());
    assertEquals(UIValidation.State.OK, ui.validateParameters().getState());
  }

  /** On a machine with the CPU build of ONNX Runtime (these), CUDA asked for cannot run: the dialog says so. */
  @Test
  void saysWhereTheModelRunsAndRefusesCudaWithoutTheGpuBuild() {
    assumeFalse(ExecutionProvider.CUDA.canRun(), "this machine has the GPU build of ONNX Runtime");
    Map<String, Object> parameters = new HashMap<>();
    ModelOperatorUI ui = new ModelOperatorUI();
    ui.CreateOpTab("DL-Mask", parameters, null);
    assertTrue(ui.choice().cardText().contains("It runs on the CPU: provider AUTO finds no CUDA"),
        ui.choice().cardText());

    ui.getPropertySet().setValue("provider", "CUDA");

    UIValidation cuda = ui.validateParameters();
    assertEquals(UIValidation.State.ERROR, cuda.getState());
    assertTrue(cuda.getMsg().contains("provider CUDA was asked for") && cuda.getMsg().contains("use CPU or AUTO"),
        cuda.getMsg());
    assertTrue(ui.choice().cardText().contains("It cannot run: provider CUDA"), ui.choice().cardText());
    ui.getPropertySet().setValue("provider", "CPU");
    assertEquals(UIValidation.State.OK, ui.validateParameters().getState());
  }

  @Test
  void aModelThatCannotRunStopsTheDialogSayingWhy(@TempDir Path dir) throws Exception {
    Map<String, Object> parameters = new HashMap<>();
    ModelOperatorUI ui = new ModelOperatorUI();
    ui.CreateOpTab("DL-Unwrap", parameters, null);
    ui.getPropertySet().setValue("method", "DL");

    // the mask model asked of the unwrapper: a model for another task
    String maskModel = bundled.forTask(ModelResolver.MASK).get(0).card().name();
    ui.getPropertySet().setValue("model", maskModel);
    UIValidation wrongTask = ui.validateParameters();
    assertEquals(UIValidation.State.ERROR, wrongTask.getState());
    assertTrue(wrongTask.getMsg().contains("is for task 'mask'") && wrongTask.getMsg().contains("'unwrap'"),
        wrongTask.getMsg());
    assertEquals(maskModel, ui.choice().models().getSelectedItem());

    // a model file without its card beside it
    File onnx = Files.writeString(dir.resolve("mine.onnx"), "not checked before its card").toFile();
    ui.getPropertySet().setValue("model", "");
    ui.getPropertySet().setValue("modelFile", onnx);
    UIValidation noCard = ui.validateParameters();
    assertEquals(UIValidation.State.ERROR, noCard.getState());
    assertTrue(noCard.getMsg().contains("mine.card.json"), noCard.getMsg());
    assertFalse(ui.choice().models().isEnabled(), "a model file replaces the bundled choice");
    assertEquals(noCard.getMsg(), ui.choice().cardText());
  }
}
