package org.dlinsar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.esa.snap.core.dataio.ProductReaderPlugIn;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.Node;
import org.esa.snap.graphbuilder.gpf.ui.OperatorUI;
import org.junit.jupiter.api.Test;
import org.openide.windows.TopComponent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Desktop layer puts every pipeline stage and the whole chain in Radar > Interferometric >
 * Deep Learning, names only operators that exist, and every menu entry leads to an action.
 */
class LayerTest {

  static final String GRAPH_ACTION = "org.esa.snap.graphbuilder.rcp.actions.GraphAction.create";
  /** The detection-first chain, in order: one menu item each. */
  static final List<String> STAGES = List.of("DL-Mask", "Phase-Gradient-Stack", "DL-Detect", "DL-Unwrap", "Local-SBAS");

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private final Layer layer = Layer.read();

  /** The simulator, for trying the chain without data: its stacks are what the models' figures were measured on. */
  static final String SIMULATOR = "DL-Simulate-Stack";

  /**
   * One item per stage, in the chain's order, then the simulator: every public operator of the
   * plugin (those the Graph Builder's Add menu lists) has its item, whose Help opens its page.
   */
  @Test
  void theMenuHasOneOperatorItemPerStageThenTheSimulator() {
    List<String> operators = new ArrayList<>();
    layer.operatorActions().values().forEach(a -> operators.add(a.get("operatorName")));
    List<String> expected = new ArrayList<>(STAGES);
    expected.add(SIMULATOR);
    assertEquals(expected, operators);
  }

  /**
   * SNAP's Graph Builder files each public operator in its Add menu under the operator's category
   * (GraphPanel splits it at '/'), so a user who found DL Detect in Radar > Interferometric > Deep
   * Learning finds it, and the plugin's other operators, under the same folder there.
   */
  @Test
  void everyPublicOperatorOfThePluginIsFiledInTheGraphBuilderUnderTheMenuFolder() {
    String menuFolder = Layer.MENU.substring("Menu/".length());
    List<String> plugin = new ArrayList<>();
    for (OperatorSpi spi : GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpis()) {
      OperatorMetadata metadata = spi.getOperatorClass().getAnnotation(OperatorMetadata.class);
      String type = spi.getOperatorClass().getName();
      if (type.startsWith("org.dlinsar.") && !type.startsWith("org.dlinsar.lite.") && !metadata.internal()) {
        plugin.add(metadata.alias());
        assertEquals(menuFolder, metadata.category(), metadata.alias() + "'s category");
      }
    }
    assertTrue(plugin.containsAll(STAGES), "the stages are among the plugin's operators: " + plugin);
  }

  @Test
  void everyOperatorActionNamesARegisteredPublicOperator() {
    Map<String, Map<String, String>> actions = layer.operatorActions();
    assertFalse(actions.isEmpty(), "the layer declares no operator actions");
    actions.forEach((file, attributes) -> {
      String alias = attributes.get("operatorName");
      OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(alias);
      assertNotNull(spi, file + " names operator '" + alias + "', which is not registered");
      OperatorMetadata metadata = spi.getOperatorClass().getAnnotation(OperatorMetadata.class);
      assertEquals(alias, metadata.alias(), "alias spelled differently in " + file);
      assertFalse(metadata.internal(), file + " names an internal operator");
    });
  }

  @Test
  void everyActionIsAnAlwaysEnabledSnapActionWithNameAndHelp() {
    layer.actions().forEach((file, attributes) -> {
      assertEquals("org.openide.awt.Actions.alwaysEnabled", attributes.get("instanceCreate"), file);
      assertTrue(Layer.OPERATOR_DIALOGS.contains(attributes.get("delegate")) || GRAPH_ACTION.equals(attributes.get("delegate")),
          file + " delegate");
      assertFalse(attributes.getOrDefault("displayName", "").isBlank(), file + " has no displayName");
      assertFalse(attributes.getOrDefault("helpId", "").isBlank(), file + " has no helpId");
    });
  }

  @Test
  void everyActionHasOneMenuEntryAndEveryEntryAnAction() {
    Set<String> actions = layer.actions().keySet();
    Set<String> entered = new HashSet<>();
    layer.filesIn(Layer.MENU).forEach((file, attributes) -> {
      String target = attributes.get("originalFile");
      if (target == null) {
        return; // the separator
      }
      assertTrue(target.startsWith("Actions/Operators/"), file + " -> " + target);
      String action = target.substring("Actions/Operators/".length());
      assertTrue(actions.contains(action), "menu entry " + file + " points at missing action " + target);
      assertTrue(entered.add(action), "two menu entries for " + action);
    });
    assertEquals(actions, entered, "actions without a menu entry");
  }

  /**
   * The chain's menu item opens, in SNAP's Graph Builder, the graph gpt runs from graphs/: the
   * module carries it where GraphInstaller copies it from, byte for byte, and it chains the
   * five stages in order.
   */
  @Test
  void chainActionOpensTheShippedChainGraph() throws Exception {
    Map<String, Map<String, String>> chains = layer.actionsCreatedBy(GRAPH_ACTION);
    assertEquals(1, chains.size(), "one chain action");
    String graphFile = chains.values().iterator().next().get("graphFile");
    assertTrue(GraphInstaller.GRAPHS.contains(graphFile), graphFile + " is not installed by GraphInstaller");
    byte[] shipped;
    try (InputStream in = LayerTest.class.getResourceAsStream(GraphInstaller.RESOURCES + graphFile)) {
      assertNotNull(in, "the module lacks the chain graph " + graphFile);
      shipped = in.readAllBytes();
    }
    assertEquals(Files.readString(ROOT.resolve("graphs/detection-first.xml")),
        new String(shipped, StandardCharsets.UTF_8));
    Graph graph;
    try (Reader reader = new InputStreamReader(
        LayerTest.class.getResourceAsStream(GraphInstaller.RESOURCES + graphFile), StandardCharsets.UTF_8)) {
      graph = GraphIO.read(reader, Map.of("input", "in.dim", "output", "out.dim"));
    }
    List<String> operators = new ArrayList<>();
    for (Node node : graph.getNodes()) {
      operators.add(node.getOperatorName());
    }
    assertEquals(STAGES, operators.subList(1, operators.size() - 2), "Read, the five stages, BandSelect, Write");
    assertEquals(List.of("BandSelect", "Write"), operators.subList(operators.size() - 2, operators.size()),
        "the chain writes what it adds");
  }

  /**
   * File > Import has one entry per reader plug-in format, each SNAP's ImportProductAction for a
   * format a registered plug-in reads, with help.
   */
  @Test
  void importEntriesOpenTheReaderPlugInsFormats() throws Exception {
    Set<String> formats = new HashSet<>();
    for (ProductReaderPlugIn plugIn : ServiceLoader.load(ProductReaderPlugIn.class)) {
      formats.addAll(List.of(plugIn.getFormatNames()));
    }
    Map<String, Map<String, String>> readers = layer.filesIn("Actions/Readers");
    Set<String> named = new HashSet<>();
    readers.forEach((file, attributes) -> {
      assertEquals("org.esa.snap.rcp.actions.file.ImportProductAction.create", attributes.get("delegate"), file);
      assertEquals("org.openide.awt.Actions.alwaysEnabled", attributes.get("instanceCreate"), file);
      assertTrue(formats.contains(attributes.get("formatName")), file + ": no reader plug-in reads "
          + attributes.get("formatName") + " (" + formats + ")");
      assertFalse(attributes.getOrDefault("helpId", "").isBlank(), file + " has no helpId");
      named.add(attributes.get("formatName"));
    });
    assertEquals(formats, named, "a reader plug-in without an import entry");
    Set<String> entered = new HashSet<>();
    layer.filesIn("Menu/File/Import/DL-InSAR Interferograms").values()
        .forEach(a -> entered.add(a.get("originalFile").substring("Actions/Readers/".length())));
    assertEquals(readers.keySet(), entered);
  }

  /**
   * The Detections window as NetBeans' window system takes it: an open action under
   * Actions/Window made by TopComponent.openAction for the window class, in View > Tool Windows;
   * the window's settings name that class, and its reference puts it, closed, in the output mode.
   */
  @Test
  void theDetectionsWindowOpensFromViewToolWindows() throws Exception {
    Map<String, Map<String, String>> windows = layer.filesIn(Layer.WINDOW_ACTIONS);
    assertEquals(Set.of("DlinsarDetectionsTopComponent.instance"), windows.keySet());
    Map<String, String> action = windows.get("DlinsarDetectionsTopComponent.instance");
    assertEquals("org.openide.windows.TopComponent.openAction", action.get("instanceCreate"));
    // the factory the layer names: TopComponent's static openAction(Map), as the annotation writes it
    assertNotNull(TopComponent.class.getDeclaredMethod("openAction", Map.class));
    Class<?> window = Class.forName(action.get("component"));
    assertTrue(TopComponent.class.isAssignableFrom(window), window + " is no TopComponent");
    TopComponent made = (TopComponent) window.getConstructor().newInstance();
    assertEquals(action.get("helpId"), made.getHelpCtx().getHelpID());
    assertFalse(action.getOrDefault("displayName", "").isBlank());
    String id = action.get("preferredID");

    Map<String, Map<String, String>> toolWindows = layer.filesIn("Menu/View/Tool Windows");
    assertEquals(List.of("Actions/Window/DlinsarDetectionsTopComponent.instance"),
        toolWindows.values().stream().map(a -> a.get("originalFile")).toList());

    String settings = layer.filesIn("Windows2/Components").get(id + ".settings").get("url");
    Element instance = (Element) Xml.resource(URI.create(Layer.RESOURCE).resolve(settings).toString())
        .getElementsByTagName("instance").item(0);
    assertEquals(window.getName(), instance.getAttribute("class"));
    String reference = layer.filesIn("Windows2/Modes/output").get(id + ".wstcref").get("url");
    Document tcRef = Xml.resource(URI.create(Layer.RESOURCE).resolve(reference).toString());
    assertEquals(id, ((Element) tcRef.getElementsByTagName("tc-id").item(0)).getAttribute("id"));
    assertEquals("false", ((Element) tcRef.getElementsByTagName("state").item(0)).getAttribute("opened"));
  }

  /**
   * The operators that run a network (those with a {@code model} parameter) open, from the menu
   * and in the Graph Builder, the model UI registered for them under OperatorUIs; the others keep
   * SNAP's generated dialog.
   */
  @Test
  void theOperatorsThatRunANetworkHaveTheModelUiInTheirDialogs() throws Exception {
    Set<String> withModel = new HashSet<>();
    for (Map<String, String> action : layer.operatorActions().values()) {
      String alias = action.get("operatorName");
      Class<?> operator = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(alias).getOperatorClass();
      boolean runsModel = Arrays.stream(operator.getDeclaredFields()).anyMatch(f -> f.getName().equals("model"));
      assertEquals(runsModel ? "org.esa.snap.graphbuilder.rcp.actions.OperatorAction.create"
          : "org.esa.snap.core.gpf.ui.DefaultOperatorAction.create", action.get("delegate"), alias);
      if (runsModel) {
        withModel.add(alias);
      }
    }
    assertEquals(Set.of("DL-Mask", "DL-Detect", "DL-Unwrap"), withModel);
    Set<String> withUi = new HashSet<>();
    layer.filesIn("OperatorUIs").forEach((file, attributes) -> {
      withUi.add(attributes.get("operatorName"));
      try {
        Class<?> ui = Class.forName(attributes.get("operatorUIClass"));
        assertTrue(OperatorUI.class.isAssignableFrom(ui), file + ": " + ui + " is no OperatorUI");
        ui.getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(file + ": " + e, e);
      }
    });
    assertEquals(withModel, withUi);
  }
}
