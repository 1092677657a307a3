package org.dlinsar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JToolTip;
import org.dlinsar.ui.OperatorDialogModel.ParameterEditor;
import org.dlinsar.ui.OperatorDialogModel.SourceSelector;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.junit.jupiter.api.Test;

/**
 * The dialog each menu item opens, as SNAP generates it from the operator (OperatorDialogModel):
 * one source product selector, which accepts an interferogram stack, and parameters a newcomer
 * can fill from the dialog alone.
 */
class DialogModelTest {

  private static final Path STACK = Path.of(System.getProperty("dlinsar.root", ".."), "test-products/landslides-256.dim");
  private static final Pattern INTERVAL = Pattern.compile("([\\[(])\\s*([^,]*?)\\s*,\\s*([^\\])]*?)\\s*([\\])])");

  private final Layer layer = Layer.read();

  @Test
  void everyMenuDialogHasOneRequiredSourceSelectorThatAcceptsTheStack() throws Exception {
    String stackType;
    Product stack = ProductIO.readProduct(STACK.toFile());
    try {
      stackType = stack.getProductType();
    } finally {
      stack.dispose();
    }
    for (Map.Entry<String, Class<?>> operator : menuOperators().entrySet()) {
      List<SourceSelector> required = OperatorDialogModel.of(operator.getValue()).sources().stream()
          .filter(s -> !s.optional()).toList();
      if (operator.getKey().equals(LayerTest.SIMULATOR)) {
        assertEquals(List.of(), required, "the simulator reads no product: its dialog has the target only");
        continue;
      }
      assertEquals(1, required.size(), operator.getKey() + ": the dialog needs one source selector for the stack");
      SourceSelector selector = required.get(0);
      assertEquals("Source product:", selector.label(), operator.getKey());
      assertFalse(selector.toolTip().isBlank(), operator.getKey() + ": the selector has no tool tip");
      assertTrue(selector.productType().isEmpty() || stackType.matches(selector.productType()),
          operator.getKey() + ": the selector's filter " + selector.productType() + " hides a " + stackType + " stack");
    }
  }

  @Test
  void everyParameterHasALabelAndATooltipThatSaysWhatItDoes() {
    forEachParameter((alias, editor) -> {
      Parameter p = editor.annotation();
      String where = alias + "." + editor.field().getName();
      assertFalse(p.label().isBlank(), where + ": no label (SNAP would show '" + editor.label() + "')");
      assertTrue(p.description().length() >= 40, where + ": a tool tip of a few words explains nothing: " + p.description());
      assertTrue(p.description().endsWith("."), where + ": the tool tip is not a sentence: " + p.description());
    });
  }

  /** A choice is explained in the tool tip, and the default is one of the choices. */
  @Test
  void everyValueSetIsExplainedAndHoldsTheDefault() {
    forEachParameter((alias, editor) -> {
      Parameter p = editor.annotation();
      String where = alias + "." + editor.field().getName();
      for (String value : p.valueSet()) {
        assertTrue(p.description().contains(value), where + ": the tool tip never explains " + value);
      }
      if (p.valueSet().length > 0) {
        assertTrue(Arrays.asList(p.valueSet()).contains(p.defaultValue()), where + ": default outside the value set");
      }
    });
  }

  /**
   * A number has its allowed range (SNAP's editor enforces it), and the default lies in it; a
   * number offered as a list of values (its value set) needs none.
   */
  @Test
  void everyNumberHasAnIntervalHoldingTheDefault() {
    forEachParameter((alias, editor) -> {
      Class<?> type = editor.field().getType();
      Parameter p = editor.annotation();
      if (type != int.class && type != double.class && type != float.class || p.valueSet().length > 0) {
        return;
      }
      String where = alias + "." + editor.field().getName();
      Matcher m = INTERVAL.matcher(p.interval());
      assertTrue(m.matches(), where + ": no interval");
      double value = Double.parseDouble(p.defaultValue());
      if (!bound(m.group(2)).isEmpty()) {
        double lo = Double.parseDouble(m.group(2));
        assertTrue(m.group(1).equals("[") ? value >= lo : value > lo, where + ": default below " + p.interval());
      }
      if (!bound(m.group(3)).isEmpty()) {
        double hi = Double.parseDouble(m.group(3));
        assertTrue(m.group(4).equals("]") ? value <= hi : value < hi, where + ": default above " + p.interval());
      }
    });
  }

  /**
   * SNAP's generated panel (ceres' PropertyPane) shows a parameter's unit in a column beside its
   * field, not its tool tip: a number measured in pixels, degrees or days ("Pixels added ...",
   * "Side in pixels", "...; degrees") declares that unit ("pixels with coherence ...", "pixels of
   * lower coherence" name pixels, they measure nothing).
   */
  @Test
  void everyNumberMeasuredInPixelsDegreesOrDaysShowsItsUnit() {
    Pattern measured = Pattern.compile("(?:^|\\bin |[;,] )(pixels?|degrees?|days?)\\b(?!\\s+(with|of)\\b)",
        Pattern.CASE_INSENSITIVE);
    forEachParameter((alias, editor) -> {
      Class<?> type = editor.field().getType();
      Parameter p = editor.annotation();
      if ((type == int.class || type == double.class || type == float.class)
          && measured.matcher(p.description()).find()) {
        assertFalse(p.unit().isBlank(), alias + "." + editor.field().getName()
            + ": its tool tip measures it (" + p.description() + ") but the dialog shows no unit");
      }
    });
  }

  /**
   * A user who sees 0.5 or 32 in a field wants to know why before changing it: the tool tip of
   * every number gives its default and what it was chosen from ("Default 32: ...").
   */
  @Test
  void everyNumbersToolTipSaysWhatItsDefaultWasChosenFrom() {
    forEachParameter((alias, editor) -> {
      Class<?> type = editor.field().getType();
      Parameter p = editor.annotation();
      if (type == int.class || type == double.class || type == float.class) {
        Matcher why = Pattern.compile("Default " + Pattern.quote(p.defaultValue()) + "[:,] \\S").matcher(p.description());
        assertTrue(why.find(), alias + "." + editor.field().getName()
            + ": the tool tip does not say 'Default " + p.defaultValue() + ": <what it was chosen from>': " + p.description());
      }
    });
  }

  /**
   * SNAP's generated panel gives each field its description as a plain tool tip, one line that
   * Swing does not wrap: a longer one runs off a 1280-pixel screen and its end cannot be read
   * (the whole story is the help page's).
   */
  @Test
  void everyToolTipFitsOnA1280PixelScreen() {
    forEachParameter((alias, editor) -> {
      JToolTip tip = new JToolTip();
      tip.setTipText(editor.annotation().description());
      int width = tip.getPreferredSize().width;
      assertTrue(width <= 1280, alias + "." + editor.field().getName() + ": its tool tip is " + width
          + " pixels wide: " + editor.annotation().description());
    });
  }

  /** A file field may be left empty; its tool tip says what happens then. */
  @Test
  void everyOptionalFileSaysWhatAnEmptyValueDoes() {
    forEachParameter((alias, editor) -> {
      if (editor.field().getType() == File.class || editor.field().getType().isArray()) {
        assertTrue(editor.annotation().description().toLowerCase().contains("empty"),
            alias + "." + editor.field().getName() + ": say what an empty value does");
      }
    });
  }

  private static String bound(String text) {
    return text.equals("*") ? "" : text;
  }

  private void forEachParameter(java.util.function.BiConsumer<String, ParameterEditor> check) {
    menuOperators().forEach((alias, type) -> OperatorDialogModel.of(type).parameters()
        .forEach(editor -> check.accept(alias, editor)));
  }

  private Map<String, Class<?>> menuOperators() {
    Map<String, Class<?>> operators = new java.util.LinkedHashMap<>();
    for (Map<String, String> action : layer.operatorActions().values()) {
      String alias = action.get("operatorName");
      operators.put(alias, GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(alias).getOperatorClass());
    }
    return operators;
  }
}
