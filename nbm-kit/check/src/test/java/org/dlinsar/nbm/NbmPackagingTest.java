package org.dlinsar.nbm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Opens the three .nbm files as SNAP's module system would: each holds one NetBeans module jar
 * named after its code name base, with hand-written dependencies on SNAP's modules; the
 * operators module's own jar registers every operator (loaded here on top of the engine
 * stand-in, as SNAP's class loaders would load it on top of SNAP), its libraries (ONNX Runtime,
 * the models) lie under modules/ext on its Class-Path; no SNAP class is packed anywhere, nor the
 * evaluation code that scores the chain against the simulator's truth.
 */
class NbmPackagingTest {

  private static final String OPERATORS = "org.dlinsar.snap.dlinsar.operators";
  private static final String UI = "org.dlinsar.snap.dlinsar.ui";
  private static final String KIT = "org.dlinsar.snap.dlinsar.kit";

  @TempDir
  static Path extracted;

  private static NbmModule operators;
  private static NbmModule ui;
  private static NbmModule kit;

  @BeforeAll
  static void openTheNbms() throws IOException {
    operators = NbmModule.open("operators", "snap-dlinsar-operators-nbm", OPERATORS, extracted);
    ui = NbmModule.open("ui", "snap-dlinsar-ui-nbm", UI, extracted);
    kit = NbmModule.open("kit", "snap-dlinsar-kit", KIT, extracted);
  }

  @Test
  void eachNbmIsOneModuleOfTheDlinsarClusterNamedAfterItsCodeNameBase() throws IOException {
    for (NbmModule module : List.of(operators, ui, kit)) {
      assertEquals(module.codeNameBase, module.attribute("OpenIDE-Module"), module.nbm.toString());
      assertTrue(module.entries.contains("netbeans/config/Modules/" + module.codeNameBase.replace('.', '-') + ".xml"),
          module.nbm + " lacks its module config file");
      String info = Files.readString(module.moduleJar.getParent().getParent().getParent().resolve("Info/info.xml"));
      assertTrue(info.contains("codenamebase=\"" + module.codeNameBase + "\""), "Info/info.xml of " + module.codeNameBase);
      assertTrue(info.contains("targetcluster=\"dlinsar\""), "cluster of " + module.codeNameBase);
      assertEquals("Java > 11", module.attribute("OpenIDE-Module-Java-Dependencies"));
      assertNotNull(module.attribute("OpenIDE-Module-Specification-Version"));
    }
  }

  /**
   * SNAP's plugin manager shows each module's licence (Info/info.xml's license element) and asks
   * for it to be accepted: the GPL's full text from LICENSE, not a name alone.
   */
  @Test
  void eachNbmCarriesTheGplTextForThePluginManager() throws Exception {
    String gpl = Files.readString(NbmModule.ROOT.resolve("LICENSE")).strip();
    assertTrue(gpl.startsWith("GNU GENERAL PUBLIC LICENSE") && gpl.contains("Version 3, 29 June 2007"),
        "LICENSE is not the GPL 3");
    for (NbmModule module : List.of(operators, ui, kit)) {
      Element license = module.licenseElement();
      assertNotNull(license, "Info/info.xml of " + module.codeNameBase + " has no license element");
      // the plugin names a licence given by its text after the text's checksum, shared by the three
      assertEquals(license.getAttribute("name"),
          ((Element) license.getParentNode()).getAttribute("license"), module.codeNameBase + ": the module's licence");
      // the plugin follows the text with a rule and the licence's name (licenseName)
      String text = license.getTextContent().strip().replace("\r\n", "\n");
      assertTrue(text.startsWith(gpl) && text.endsWith("GPL 3"),
          "the licence text of " + module.codeNameBase + " is not LICENSE's");
    }
  }

  /** The licence, THIRD-PARTY.md and the licence texts it names travel in each module jar. */
  @Test
  void eachModuleJarCarriesTheLicenceAndTheThirdPartyNotices() throws IOException {
    List<String> files = new ArrayList<>(List.of("LICENSE", "THIRD-PARTY.md"));
    try (Stream<Path> texts = Files.list(NbmModule.ROOT.resolve("licenses"))) {
      texts.map(p -> "licenses/" + p.getFileName()).sorted().forEach(files::add);
    }
    assertTrue(files.contains("licenses/Apache-2.0.txt"), "licenses/: " + files);
    for (NbmModule module : List.of(operators, ui, kit)) {
      try (JarFile jar = new JarFile(module.moduleJar.toFile())) {
        for (String file : files) {
          JarEntry entry = jar.getJarEntry("META-INF/dlinsar/" + file);
          assertNotNull(entry, module.moduleJar.getFileName() + " lacks META-INF/dlinsar/" + file);
          try (InputStream in = jar.getInputStream(entry)) {
            assertTrue(Arrays.equals(Files.readAllBytes(NbmModule.ROOT.resolve(file)), in.readAllBytes()),
                "META-INF/dlinsar/" + file + " of " + module.moduleJar.getFileName() + " differs from " + file);
          }
        }
      }
    }
  }

  /**
   * Every library under modules/ext is a row of THIRD-PARTY.md (matched by its group folder and
   * name), with the version the jar states where it states one, and each NOTICE file it carries
   * is reproduced there.
   */
  @Test
  void everyPackedLibraryIsInTheThirdPartyNoticesWithItsNotices() throws IOException {
    ThirdPartyNotices notices = ThirdPartyNotices.read(NbmModule.ROOT.resolve("THIRD-PARTY.md"));
    List<String> problems = new ArrayList<>();
    int libraries = 0;
    for (Path jar : operators.classPath()) {
      String groupFolder = jar.getParent().getFileName().toString();
      String artifact = jar.getFileName().toString().replaceFirst("\\.jar$", "");
      if (groupFolder.equals("org-dlinsar")) {
        continue; // the models: this project's own
      }
      libraries++;
      String row = notices.versions.keySet().stream()
          .filter(k -> k.replace('.', '-').replace(':', '/').equals(groupFolder + "/" + artifact))
          .findFirst().orElse(null);
      if (row == null) {
        problems.add(groupFolder + "/" + artifact + ".jar has no row");
        continue;
      }
      String version = NbmModule.statedVersion(jar);
      if (version != null && !version.equals(notices.versions.get(row))) {
        problems.add(row + " is " + version + " in the .nbm, " + notices.versions.get(row) + " in the table");
      }
      problems.addAll(notices.missingNotices(jar));
    }
    assertTrue(libraries > 5, "modules/ext holds " + libraries + " libraries: the check proves nothing");
    assertEquals(List.of(), problems, "THIRD-PARTY.md is behind the libraries the plugin packs");
  }

  @Test
  void onlyTheKitIsShownAndItDependsOnTheOtherTwo() {
    assertEquals("true", kit.attribute("AutoUpdate-Show-In-Client"));
    assertEquals("false", operators.attribute("AutoUpdate-Show-In-Client"));
    assertEquals("false", ui.attribute("AutoUpdate-Show-In-Client"));
    assertEquals(Set.of(OPERATORS, UI), dependencies(kit));
  }

  /** Written by hand: the stand-in is no NetBeans module, so the nbm plugin cannot derive them. */
  @Test
  void modulesDependOnTheSnapModulesWhoseClassesTheyUse() {
    assertEquals(Set.of("org.esa.snap.ceres.core", "org.esa.snap.snap.core", "org.esa.snap.snap.gpf"),
        dependencies(operators));
    assertEquals(Set.of(OPERATORS, "org.esa.snap.ceres.binding", "org.esa.snap.snap.core", "org.esa.snap.snap.gpf.ui",
        "org.esa.snap.snap.graph.builder",
        "org.esa.snap.snap.rcp", "org.esa.snap.snap.ui", "org.openide.awt", "org.openide.util.ui", "org.openide.windows"),
        dependencies(ui));
    for (String dependency : operators.attribute("OpenIDE-Module-Module-Dependencies").split(",")) {
      assertTrue(dependency.trim().endsWith("> 12.0"), "SNAP 12 and later: " + dependency);
    }
  }

  /** A NetBeans module sees only the modules it declares: each module's code uses classes of those alone. */
  @Test
  void modulesDeclareEveryModuleTheirCodeUses() throws IOException {
    // the operators' own packages and those of the libraries on their Class-Path
    assertDeclares(operators, ReferencedModules.of(operators.moduleJar, Set.of("org/dlinsar/", "ai/onnxruntime/",
        "com/fasterxml/jackson/", "org/ejml/", "com/twelvemonkeys/")));
    assertDeclares(ui, ReferencedModules.of(ui.moduleJar, Set.of("org/dlinsar/ui/")));
  }

  /**
   * NetBeans (StandardModule.classLoaderUp) gives a dependant no parent loader of a module that
   * exports no package: each operators package the UI's code uses must be public, or its dialogs
   * and Detections window fail with NoClassDefFoundError inside SNAP.
   */
  @Test
  void theOperatorsModuleExportsEveryPackageTheUiUses() throws IOException {
    Set<String> used = new TreeSet<>();
    for (String type : ReferencedModules.types(ui.moduleJar)) {
      if (type.startsWith("org/dlinsar/") && !type.startsWith("org/dlinsar/ui/")) {
        used.add(type.substring(0, type.lastIndexOf('/')).replace('/', '.'));
      }
    }
    assertFalse(used.isEmpty(), "the UI uses no operators class: the check proves nothing");
    String exports = operators.attribute("OpenIDE-Module-Public-Packages");
    assertNotNull(exports, "the operators module names no public packages");
    Set<String> missing = new TreeSet<>();
    for (String pkg : used) {
      boolean exported = Arrays.stream(exports.split(",")).map(String::trim).anyMatch(e ->
          e.equals(pkg + ".*") || e.endsWith(".**") && (pkg + ".").startsWith(e.substring(0, e.length() - 2)));
      if (!exported) {
        missing.add(pkg);
      }
    }
    assertTrue(missing.isEmpty(), "the UI uses " + missing + ", which the operators module does not export ("
        + exports + ")");
  }

  /** Essential modules cannot be disabled, nor uninstalled with their kit (NetBeans autoupdate). */
  @Test
  void noModuleIsEssential() {
    for (NbmModule module : List.of(operators, ui, kit)) {
      assertFalse("true".equals(module.attribute("AutoUpdate-Essential-Module")), module.codeNameBase);
    }
  }

  private static void assertDeclares(NbmModule module, Set<String> used) {
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(dependencies(module));
    assertTrue(missing.isEmpty(), module.codeNameBase + " uses classes of " + missing + " without declaring them");
  }

  @Test
  void noSnapOrCeresClassIsPackedInAnyJar() throws IOException {
    forEachPackedEntry((where, name) -> assertFalse(name.startsWith("org/esa/snap/") || name.startsWith("eu/esa/snap/")
            || name.startsWith("com/bc/ceres/") || name.startsWith("org/dlinsar/lite/"),
        where + " packs " + name));
  }

  /**
   * The scores against the simulator's truth and the demo's report (module snap-dlinsar-report:
   * DetectionTrial, TrialTotals, TruthScores, the report's pages) serve {@code dlinsar demo} and
   * the benchmarks; SNAP users' stacks have no truth to score. No jar of the plugin packs one of
   * those classes, in their package or moved to another of ours, nor the training sets' writers
   * (org.dlinsar.training, {@code dlinsar training-set}).
   */
  @Test
  void noJarPacksTheEvaluationReportOrTrainingClasses() throws IOException {
    Set<String> evaluation = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(NbmModule.ROOT.resolve("snap-dlinsar-report/src/main/java"))) {
      sources.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
          .forEach(n -> evaluation.add(n.substring(0, n.length() - ".java".length())));
    }
    assertTrue(evaluation.containsAll(Set.of("DetectionTrial", "TrialTotals", "TruthScores", "DemoReport")),
        "the report module's classes: " + evaluation);
    List<String> packed = new ArrayList<>();
    forEachPackedEntry((where, name) -> {
      String simpleName = name.substring(name.lastIndexOf('/') + 1).split("[$.]")[0];
      if (name.endsWith(".class") && (name.startsWith("org/dlinsar/report/")
          || name.startsWith("org/dlinsar/training/")
          || name.startsWith("org/dlinsar/") && evaluation.contains(simpleName))) {
        packed.add(where + ": " + name);
      }
    });
    assertEquals(List.of(), packed, "evaluation, report or training classes in the SNAP plugin");
  }

  /** Each entry of each jar the three .nbm files pack, with where it lies ("jar in nbm"). */
  private static void forEachPackedEntry(BiConsumer<String, String> check) throws IOException {
    for (NbmModule module : List.of(operators, ui, kit)) {
      for (Path jar : module.jars()) {
        try (JarFile file = new JarFile(jar.toFile())) {
          for (JarEntry entry : file.stream().toList()) {
            check.accept(jar.getFileName() + " in " + module.nbm.getFileName(), entry.getName());
          }
        }
      }
    }
  }

  /**
   * Jackson is SNAP's: snap-core carries it and exports com.fasterxml.jackson.* (2.17.2 in SNAP 12,
   * 2.19.0 in 13 and 14), and NetBeans asks a module's dependencies first for a package both hold.
   * Only the CSV format, which SNAP lacks, is packed, of SNAP 12's minor version: 2.18's called a
   * jackson-core constructor SNAP 12's lacks, and reading a detections CSV in SNAP 12 failed with
   * NoSuchMethodError.
   */
  @Test
  void jacksonIsSnapsButForItsCsvFormatOfSnap12sVersion() throws IOException {
    List<String> names = operators.classPath().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.stream().noneMatch(n -> n.startsWith("jackson-core") || n.startsWith("jackson-databind")
        || n.startsWith("jackson-annotations")), "packs Jackson beside SNAP's: " + names);
    Path csv = operators.classPath().stream()
        .filter(p -> p.getFileName().toString().startsWith("jackson-dataformat-csv")).findFirst()
        .orElseThrow(() -> new AssertionError("no jackson-dataformat-csv in " + names));
    try (JarFile jar = new JarFile(csv.toFile())) {
      java.util.Properties pom = new java.util.Properties();
      pom.load(jar.getInputStream(jar.getEntry(
          "META-INF/maven/com.fasterxml.jackson.dataformat/jackson-dataformat-csv/pom.properties")));
      assertTrue(pom.getProperty("version").startsWith("2.17."), "SNAP 12's Jackson is 2.17.2: " + pom);
    }
  }

  @Test
  void onnxRuntimeAndTheModelsAreLibrariesOnTheOperatorsModulesClassPath() {
    List<Path> classPath = operators.classPath();
    for (Path jar : classPath) {
      assertTrue(Files.isRegularFile(jar), "Class-Path names " + jar.getFileName() + ", which the .nbm lacks");
      assertTrue(jar.toString().contains("/modules/ext/" + OPERATORS + "/"), jar + " is not under modules/ext/" + OPERATORS);
    }
    Set<String> names = classPath.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    assertTrue(names.contains("onnxruntime.jar") || names.contains("onnxruntime_gpu.jar"), "ONNX Runtime: " + names);
    assertTrue(names.contains("snap-dlinsar-models.jar"), "the models: " + names);
    assertEquals(classPath.size() + 1, operators.jars().size(), "every packed jar is the module or on its Class-Path");
    assertTrue(ui.classPath().isEmpty() && kit.classPath().isEmpty(), "UI and kit pack no libraries");
  }

  /**
   * GPF finds the operators through the module jar's own META-INF/services: every operator class
   * there is registered, resolves against the packed libraries, and every alias the Desktop layer
   * names is among them.
   */
  @Test
  void theOperatorsModuleRegistersEveryOperatorTheLayerNames() throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(operators.moduleJar.toUri().toURL());
    for (Path jar : operators.classPath()) {
      urls.add(jar.toUri().toURL());
    }
    // what SNAP's snap-core supplies the module: Jackson (not packed, jacksonIsSnaps...)
    for (Class<?> snaps : List.of(com.fasterxml.jackson.core.JsonFactory.class,
        com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.annotation.JsonProperty.class)) {
      urls.add(snaps.getProtectionDomain().getCodeSource().getLocation());
    }
    Set<String> registered = new TreeSet<>();
    Set<String> operatorClasses = new TreeSet<>();
    Set<String> spiOwners = new TreeSet<>();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), OperatorSpi.class.getClassLoader())) {
      for (String name : classNames(operators.moduleJar)) {
        Class<?> type = Class.forName(name, false, loader);
        assertEquals(loader, type.getClassLoader(), name + " is also on the test class path: the check proves nothing");
        // Signatures name the libraries' types: a missing library fails here.
        type.getDeclaredMethods();
        type.getDeclaredFields();
        OperatorMetadata metadata = type.getAnnotation(OperatorMetadata.class);
        if (metadata != null && !Modifier.isAbstract(type.getModifiers()) && !builtInCode(type, metadata)) {
          operatorClasses.add(type.getName());
        }
      }
      for (OperatorSpi spi : ServiceLoader.load(OperatorSpi.class, loader)) {
        if (spi.getClass().getClassLoader() != loader) {
          continue; // the stand-in's own Read, Write, BandSelect, which SNAP provides
        }
        Class<?> operator = spi.getOperatorClass();
        registered.add(operator.getAnnotation(OperatorMetadata.class).alias());
        spiOwners.add(operator.getName());
        assertNotNull(spi.createOperator(), operator.getName());
      }
    }
    assertEquals(operatorClasses, spiOwners, "operators without a service registration");
    Set<String> named = layerOperatorNames();
    assertFalse(named.isEmpty(), "the UI module's layer names no operator");
    assertTrue(registered.containsAll(named), "the layer names " + named + ", the module registers " + registered);
  }

  /**
   * An internal operator without an SPI is built by code (as the importer builds its stack), never
   * by GPF by name, so it needs no registration.
   */
  private static boolean builtInCode(Class<?> type, OperatorMetadata metadata) {
    return metadata.internal()
        && java.util.Arrays.stream(type.getDeclaredClasses()).noneMatch(OperatorSpi.class::isAssignableFrom);
  }

  @Test
  void theUiModuleCarriesTheLayerItsManifestNamesWithHelpAndTheChainGraph() throws IOException {
    String layer = ui.attribute("OpenIDE-Module-Layer");
    assertEquals("org/dlinsar/ui/layer.xml", layer);
    try (JarFile jar = new JarFile(ui.moduleJar.toFile())) {
      for (String resource : List.of(layer, "org/dlinsar/ui/docs/help.hs", "org/dlinsar/ui/docs/helpset.xml",
          "org/dlinsar/ui/graphs/DL-InSAR/detection-first.xml",
          "META-INF/namedservices/Modules/Start/java.lang.Runnable", "org/dlinsar/ui/GraphInstaller.class")) {
        assertNotNull(jar.getEntry(resource), "the UI module jar lacks " + resource);
      }
    }
    assertEquals(null, kit.attribute("OpenIDE-Module-Layer"));
  }

  private static Set<String> layerOperatorNames() throws IOException {
    try (JarFile jar = new JarFile(ui.moduleJar.toFile());
         InputStream in = jar.getInputStream(jar.getEntry(ui.attribute("OpenIDE-Module-Layer")))) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("name=\"operatorName\" stringvalue=\"([^\"]+)\"").matcher(xml);
      Set<String> names = new TreeSet<>();
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }
  }

  private static Set<String> dependencies(NbmModule module) {
    String value = module.attribute("OpenIDE-Module-Module-Dependencies");
    assertNotNull(value, module.codeNameBase + " declares no module dependencies");
    return Arrays.stream(value.split(","))
        .map(d -> d.trim().split("\\s+")[0])
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> classNames(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream()
          .map(JarEntry::getName)
          .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }
}
