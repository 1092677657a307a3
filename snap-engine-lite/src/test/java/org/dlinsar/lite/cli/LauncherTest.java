package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dlinsar.lite.ModuleProperties;
import org.dlinsar.lite.graph.FailingCopyOp;
import org.dlinsar.lite.graph.OutOfMemoryOp;
import org.dlinsar.lite.graph.TargetProbeOp;
import org.dlinsar.lite.graph.TestProducts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

  private static final String COPY_GRAPH = """
      <graph id="copy">
        <version>1.0</version>
        <node id="read"><operator>Read</operator><parameters><file>${input}</file></parameters></node>
        <node id="write"><operator>Write</operator>
          <sources><sourceProduct refid="read"/></sources>
          <parameters><file>${output}</file></parameters>
        </node>
      </graph>
      """;

  /** A graph of one Write whose source is the positional source, as gpt names it. */
  private static final String WRITE_SOURCE_GRAPH = """
      <graph id="w"><version>1.0</version>
        <node id="write"><operator>Write</operator>
          <sources><sourceProduct>${sourceProduct}</sourceProduct></sources>
          <parameters><file>$output</file></parameters></node>
      </graph>""";

  private record Result(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    /** The "Error: " lines; progress lines may come before them. */
    List<String> errorLines() {
      return err.lines().filter(line -> line.startsWith("Error: ")).toList();
    }
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Asserts the run failed with {@code status}, one line on stderr naming {@code culprit}, and no target. */
  private static void assertFailed(Result result, int status, String culprit, File target) {
    assertEquals(status, result.status(), result.err());
    assertEquals(1, result.errLines().size(), result.err());
    assertTrue(result.err().startsWith("Error: "), result.err());
    assertTrue(result.err().contains(culprit), result.err());
    if (target != null) {
      assertFalse(target.exists(), target + " left behind");
      assertFalse(TestProducts.dataFolder(target).exists(), TestProducts.dataFolder(target) + " left behind");
    }
  }

  /** Asserts the run was refused with {@code status} and one error line naming {@code culprit}. */
  private static void assertRefused(Result result, int status, String culprit) {
    assertEquals(status, result.status(), result.err());
    assertEquals(1, result.errLines().size(), result.err());
    assertTrue(result.err().startsWith("Error: "), result.err());
    assertTrue(result.err().contains(culprit), result.err());
  }

  /** Every file under {@code root} (not following links) with its bytes, by relative path. */
  private static Map<String, byte[]> contents(File root) throws IOException {
    Map<String, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root.toPath())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(root.toPath().relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return contents;
  }

  private static void assertSameContents(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (String file : expected.keySet()) {
      assertArrayEquals(expected.get(file), actual.get(file), file + " changed");
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static void assertSameBands(File expected, File actual) throws Exception {
    assertArrayEquals(TestProducts.bandNames(expected), TestProducts.bandNames(actual));
    for (String band : TestProducts.bandNames(expected)) {
      assertArrayEquals(TestProducts.pixels(expected, band), TestProducts.pixels(actual, band), 0f, band);
    }
  }

  @Test
  void helpListsReadAndWriteWithTheirDescriptionsInOrder() {
    Result result = run("-h");

    assertEquals(0, result.status());
    String operators = result.out().substring(result.out().indexOf("Operators:"));
    int read = operators.indexOf("Read ");
    int write = operators.indexOf("Write ");
    assertTrue(read > 0 && write > read, result.out());
    assertTrue(operators.contains("Reads a data product: a BEAM-DIMAP file, or a folder of interferograms"), result.out());
    assertTrue(operators.contains("Writes a data product to a file."), result.out());
    assertFalse(operators.contains(FailingCopyOp.ALIAS), "internal operators are hidden");
  }

  @Test
  void versionPrintsTheBuildVersionAndItsCommit() {
    Result result = run("--version");

    assertEquals(0, result.status(), result.err());
    assertEquals("dlinsar " + ModuleProperties.buildVersion() + System.lineSeparator(), result.out());
    assertTrue(result.out().startsWith("dlinsar " + System.getProperty("dlinsar.version")), result.out());
    assertTrue(run("-h").out().contains("  --version "), "listed in the usage");
  }

  @Test
  void operatorHelpListsParametersWithTypeAndDefault() {
    Result result = run("Write", "-h");

    assertEquals(0, result.status());
    assertTrue(result.out().contains("Writes a data product to a file."), result.out());
    assertTrue(result.out().contains("-Ssource=<file>"), result.out());
    int formatName = result.out().indexOf("-PformatName=<string>");
    assertTrue(formatName > 0, result.out());
    String afterFormatName = result.out().substring(formatName);
    assertTrue(afterFormatName.indexOf("Default value is 'BEAM-DIMAP'.") < afterFormatName.indexOf("-P", 2),
        result.out());
  }

  @Test
  void readOperatorCopiesProductToTarget(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run("Read", "-Pfile=" + input, "-t", output.getPath());

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
    assertTrue(result.err().contains("100%") && result.err().contains("done in"), result.err());
  }

  @Test
  void writeOperatorTakesPositionalSourceFile(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "copy.dim");

    Result result = run("Write", "-Pfile=" + output, input.getPath());

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
  }

  @Test
  void graphWithVariablesCopiesProduct(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH);

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + output);

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
    assertTrue(result.err().contains("Executing processing graph: 100%"), result.err());
  }

  /**
   * gpt ignores a -P variable the graph never names without a word: a misspelt one, or
   * pixelRegion for a graph whose own Read node does not take it, ran as if not given. The
   * launcher runs the same, saying which variable went unused.
   */
  @Test
  void aVariableTheGraphNeverNamesIsSaidToBeIgnored(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH);

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + output, "-Pouptut=x.dim",
        "-PpixelRegion=0,0,8,8");

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
    List<String> warnings = result.errLines().stream().filter(line -> line.startsWith("Warning: ")).toList();
    assertEquals(List.of("Warning: graph " + graph + " uses no ${ouptut}: the variable ouptut is ignored,"
        + " as gpt ignores it", "Warning: graph " + graph + " uses no ${pixelRegion}: the variable"
        + " pixelRegion is ignored, as gpt ignores it; to read a region of the input, give the graph's Read"
        + " node <pixelRegion>${pixelRegion}</pixelRegion> and <useAdvancedOptions>true</useAdvancedOptions>,"
        + " or give the input with -S or as a source file"), warnings);
  }

  /**
   * A graph that cannot be read names no variable: the warnings that it "uses no ${input}" and
   * "no ${output}" came before its error line and were false (bin/dlinsar empty.xml -Pinput=...
   * -Poutput=...).
   */
  @Test
  void aGraphThatCannotBeReadGetsItsErrorAloneWithoutWarningsOfItsVariables(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File empty = new File(dir, "empty.xml");
    Files.writeString(empty.toPath(), "");
    File cut = new File(dir, "cut.xml");
    Files.writeString(cut.toPath(), COPY_GRAPH.substring(0, COPY_GRAPH.indexOf("${input}")));

    Result emptyResult = run(empty.getPath(), "-Pinput=" + input, "-Poutput=" + output);
    Result cutResult = run(cut.getPath(), "-Pinput=" + input, "-Poutput=" + output);

    assertEquals(1, emptyResult.status());
    assertEquals(List.of("Error: Cannot read graph " + empty + ": Malformed graph XML at line 1: Premature end of"
        + " file."), emptyResult.errLines());
    assertFailed(cutResult, 1, cut.getPath(), output);
  }

  /** A Read node as SNAP's Graph Builder saves it, with SNAP's parameter names. */
  @Test
  void graphSavedBySnapWithItsReadParametersRuns(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File graph = new File(dir, "saved.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH.replace("<file>${input}</file>", "<useAdvancedOptions>false"
        + "</useAdvancedOptions><file>${input}</file><copyMetadata>true</copyMetadata><bandNames/>"
        + "<pixelRegion>0,0,37,23</pixelRegion><maskNames/>"));

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + output);

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
  }

  @Test
  void graphTakesPositionalSourceAsSourceProductVariable(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File graph = new File(dir, "write.xml");
    Files.writeString(graph.toPath(), WRITE_SOURCE_GRAPH);

    Result result = run(graph.getPath(), "-Poutput=" + output, input.getPath());

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
  }

  /** TestProducts' phase band in the pixel region x, y, width, height, as gpt's subset reads it. */
  private static float[] phaseRegion(int x0, int y0, int width, int height) {
    float[] phase = new float[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        phase[y * width + x] = (x0 + x) + 100 * (y0 + y) + 0.25f;
      }
    }
    return phase;
  }

  /** Read, then {@link TargetProbeOp} (which notes whether {@code ${probe}} exists as it initialises), then Write. */
  private static final String PROBE_GRAPH = """
      <graph id="probe">
        <version>1.0</version>
        <node id="read"><operator>Read</operator><parameters><file>${input}</file></parameters></node>
        <node id="probe"><operator>Test-TargetProbe</operator>
          <sources><sourceProduct refid="read"/></sources>
          <parameters><probe>${probe}</probe></parameters>
        </node>
        <node id="write"><operator>Write</operator>
          <sources><sourceProduct refid="probe"/></sources>
          <parameters><file>${output}</file></parameters>
        </node>
      </graph>
      """;

  /**
   * A graph's run holds its Write node's target (the lock {@code .<name>.dim.lock}) before any of its
   * operators initialises, as an operator run with {@code -t} does: DL-Detect and Local-SBAS do their
   * work and write the files beside the target as they initialise. Before, the Write node took the
   * lock as it initialised itself, after every node before it: a second {@code bin/dlinsar
   * graphs/detect.xml} on the same output ran to the end while the first was detecting.
   */
  @Test
  void aGraphHoldsItsWriteTargetBeforeItsOperatorsInitialise(@TempDir File dir) throws Exception {
    TargetProbeOp.register();
    TargetProbeOp.reset();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File graph = new File(dir, "probe.xml");
    Files.writeString(graph.toPath(), PROBE_GRAPH);

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + output,
        "-Pprobe=" + new File(dir, ".out.dim.lock"));

    assertEquals(0, result.status(), result.err());
    assertEquals(Boolean.TRUE, TargetProbeOp.probeExisted, "the target was not held while the operators initialised");
    assertFalse(new File(dir, ".out.dim.lock").exists(), "the lock outlived the run");
  }

  /**
   * A graph's Write target that is no BEAM-DIMAP product is refused before processing starts, as the
   * README says of every target: before, the graph's operators all initialised first (for
   * graphs/detect.xml the mask, the gradient stack and the whole detection) and only the Write node
   * refused it.
   */
  @Test
  void aGraphsWriteTargetThatIsNoProductIsRefusedBeforeItsOperatorsInitialise(@TempDir File dir) throws Exception {
    TargetProbeOp.register();
    TargetProbeOp.reset();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "notes.dim");
    Files.writeString(output.toPath(), "not a product\n");
    File graph = new File(dir, "probe.xml");
    Files.writeString(graph.toPath(), PROBE_GRAPH);

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + output, "-Pprobe=" + input);

    assertEquals(1, result.status(), result.err());
    assertEquals(1, result.errorLines().size(), result.err());
    assertTrue(result.err().contains("is a file that is not a BEAM-DIMAP header"), result.err());
    assertEquals(null, TargetProbeOp.probeExisted, "an operator initialised before the target was refused");
    assertEquals("not a product\n", Files.readString(output.toPath()));
  }

  @Test
  void pixelRegionOfAnOperatorRunReadsTheSourcesAsThatRegion(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run("Write", "-Pfile=" + output, "-PpixelRegion=2,3,10,5", input.getPath());

    assertEquals(0, result.status(), result.err());
    assertArrayEquals(phaseRegion(2, 3, 10, 5), TestProducts.pixels(output, "phase"), 0f);
  }

  @Test
  void pixelRegionOfAGraphRunIsSetOnTheReadNodesTheLauncherAdds(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File graph = new File(dir, "write.xml");
    Files.writeString(graph.toPath(), WRITE_SOURCE_GRAPH);

    Result result = run(graph.getPath(), "-Poutput=" + output, "-PpixelRegion=2,3,10,5", input.getPath());

    assertEquals(0, result.status(), result.err());
    assertArrayEquals(phaseRegion(2, 3, 10, 5), TestProducts.pixels(output, "phase"), 0f);
  }

  @Test
  void pixelRegionAndGeometryRegionTogetherAreAUsageError(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    assertFailed(run("Write", "-Pfile=" + output, "-PpixelRegion=0,0,5,5",
        "-PgeometryRegion=POLYGON((0 0, 1 0, 1 1, 0 0))", input.getPath()), 2, "pixelRegion and geometryRegion",
        output);
  }

  @Test
  void geometryRegionIsRefusedHeadlessInOneLine(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    assertFailed(run("Write", "-Pfile=" + output, "-PgeometryRegion=POLYGON((0 0, 1 0, 1 1, 0 0))",
        input.getPath()), 1, "'geometryRegion' of Read is not supported headless", output);
  }

  @Test
  void graphWithoutWriteNodeWritesItsLastNodeToTarget(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "subset.dim");
    File graph = new File(dir, "read.xml");
    Files.writeString(graph.toPath(), """
        <graph id="r"><version>1.0</version>
          <node id="read"><operator>Read</operator>
            <parameters><file>${input}</file><sourceBands>count</sourceBands></parameters></node>
        </graph>""");

    Result result = run(graph.getPath(), "-Pinput=" + input, "-t", output.getPath());

    assertEquals(0, result.status(), result.err());
    assertArrayEquals(new String[] {"count"}, TestProducts.bandNames(output));
    assertArrayEquals(TestProducts.pixels(input, "count"), TestProducts.pixels(output, "count"), 0f);
  }

  @Test
  void aFailedRunRemovesTheFoldersItMadeForItsTarget(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File kept = new File(dir, "kept");
    assertTrue(kept.mkdir());
    // a missing source, and a bad parameter value found as the operator initialises: both after the target's check
    assertFailed(run("BandSelect", "-t", new File(dir, "x/y/o.dim").getPath(), new File(dir, "nope.dim").getPath()),
        1, "nope.dim", null);
    assertFailed(run("Read", "-Pfile=" + input, "-PsourceBands=no_such_band", "-t",
        new File(dir, "kept/z/o.dim").getPath()), 1, "no_such_band", null);

    assertFalse(new File(dir, "x").exists(), "x/ left behind");
    assertTrue(kept.isDirectory(), "a folder the run did not make stays");
    assertArrayEquals(new String[0], kept.list());
    assertEquals(0, run("Read", "-Pfile=" + input, "-t", new File(dir, "x/y/o.dim").getPath()).status());
    assertTrue(new File(dir, "x/y/o.dim").isFile());
  }

  @Test
  void missingSourceFileFailsNamingIt(@TempDir File dir) {
    File missing = new File(dir, "missing.dim");
    File output = new File(dir, "out.dim");

    assertFailed(run("Write", "-Pfile=" + output, missing.getPath()), 1, missing.getPath(), output);
  }

  @Test
  void fileThatIsNoProductFailsNamingIt(@TempDir File dir) throws Exception {
    File notes = new File(dir, "notes.dim");
    Files.writeString(notes.toPath(), "<not a product");
    File output = new File(dir, "out.dim");

    assertFailed(run("Read", "-Pfile=" + notes, "-t", output.getPath()), 1, notes.getPath(), output);
  }

  @Test
  void truncatedProductFailsNamingIt(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File image = new File(TestProducts.dataFolder(input), "phase.img");
    try (RandomAccessFile file = new RandomAccessFile(image, "rw")) {
      file.setLength(file.length() / 2);
    }
    File output = new File(dir, "out.dim");

    assertFailed(run("Write", "-Pfile=" + output, input.getPath()), 1, "phase.img", output);
  }

  @Test
  void unknownOperatorIsUsageErrorNamingIt(@TempDir File dir) {
    File output = new File(dir, "out.dim");

    assertFailed(run("No-Such-Op", "-t", output.getPath()), 2, "'No-Such-Op'", output);
  }

  /**
   * As gpt on an operator: CommandLineTool.convertParameterMap fails with "Operator '%s': unknown
   * parameter '%s'" for a -P (or properties file) name the operator does not have.
   */
  @Test
  void unknownParameterIsUsageErrorNamingIt(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    assertFailed(run("Read", "-Pfile=" + input, "-PsourceBandz=phase", "-t", output.getPath()), 2,
        "'sourceBandz'", output);
  }

  @Test
  void badParameterValueFailsNamingParameterAndValue(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run("Read", "-Pfile=" + input, "-PcopyMetadata=maybe", "-t", output.getPath());

    assertFailed(result, 1, "copyMetadata", output);
    assertTrue(result.err().contains("maybe"), result.err());
  }

  @Test
  void unknownOptionIsUsageErrorNamingIt() {
    assertFailed(run("Read", "-z"), 2, "'-z'", null);
  }

  @Test
  void unknownSourceIdIsUsageErrorNamingItAndTheOperatorsSources(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run("Write", "-Pfile=" + output, "-Sfoo=" + input, input.getPath());

    assertFailed(result, 2, "Unknown source '-Sfoo' of operator Write; its sources are [source]", output);
  }

  @Test
  void emptyParameterIsUsageErrorNamingIt(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run("Read", "-Pfile=" + input, "-PcopyMetadata=", "-t", output.getPath());

    assertFailed(result, 2, "Parameter 'copyMetadata' of operator Read is empty", output);
  }

  @Test
  void emptyArrayParameterIsNoValueAsInSnapSoEveryBandIsKept(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run("Read", "-Pfile=" + input, "-PsourceBands=", "-t", output.getPath());

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
  }

  @Test
  void emptyFileParameterIsNoValueThatNotNullRefuses(@TempDir File dir) {
    File output = new File(dir, "out.dim");

    assertFailed(run("Read", "-Pfile=", "-t", output.getPath()), 1, "'file'", output);
  }

  @Test
  void numericBooleanIsReadAsSnapReadsIt(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run("Write", "-Pfile=" + output, "-PclearCacheAfterRowWrite=1", input.getPath());

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
  }

  @Test
  void xmlParameterFileSetsTheOperatorsParametersWithSystemPropertiesSubstituted(@TempDir File dir)
      throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File parameters = new File(dir, "read.xml");
    Files.writeString(parameters.toPath(), """
        <parameters>
          <file>${system.dlinsar.test.folder}/in.dim</file>
          <sourceBands><band>count</band></sourceBands>
          <copyMetadata>false</copyMetadata>
        </parameters>""");
    try {
      Result result = run("Read", "-p", parameters.getPath(), "-Ddlinsar.test.folder=" + dir, "-PcopyMetadata=true",
          "-t", output.getPath());

      assertEquals(0, result.status(), result.err());
      assertArrayEquals(new String[] {"count"}, TestProducts.bandNames(output));
    } finally {
      System.clearProperty("dlinsar.test.folder");
    }
  }

  /**
   * Inside CDATA an XML parameter file's values go in raw, as gpt inserts them: a folder named
   * {@code R&D} escaped there reached the reader as {@code R&amp;D}, no such file.
   */
  @Test
  void xmlParameterFileTakesAValueInsideCdataAsItIs(@TempDir File dir) throws Exception {
    File folder = new File(dir, "R&D");
    File input = TestProducts.write(new File(folder, "in.dim"));
    File output = new File(dir, "out.dim");
    File parameters = new File(dir, "read.xml");
    Files.writeString(parameters.toPath(), """
        <parameters>
          <file><![CDATA[${system.dlinsar.test.folder}/in.dim]]></file>
        </parameters>""");
    try {
      Result result = run("Read", "-p", parameters.getPath(), "-Ddlinsar.test.folder=" + folder,
          "-t", output.getPath());

      assertEquals(0, result.status(), result.err());
      assertTrue(input.isFile());
      assertTrue(output.isFile());
    } finally {
      System.clearProperty("dlinsar.test.folder");
    }
  }

  @Test
  void xmlParameterFileOfAGraphIsAUsageErrorNamingIt(@TempDir File dir) throws Exception {
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH);
    File parameters = new File(dir, "variables.xml");
    Files.writeString(parameters.toPath(), "<parameters><input>in.dim</input></parameters>");

    assertRefused(run(graph.getPath(), "-p", parameters.getPath()), 2, parameters.getPath());
  }

  @Test
  void badEngineSystemPropertyIsUsageErrorNamingIt(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    assertFailed(run("Read", "-Pfile=" + input, "-Dsnap.jai.tileCacheSize=-5", "-t", output.getPath()), 2,
        "-Dsnap.jai.tileCacheSize must be a number of megabytes, 0 or more, got '-5'", output);
    assertFailed(run("Read", "-Pfile=" + input, "-Dsnap.parallelism=many", "-t", output.getPath()), 2,
        "-Dsnap.parallelism must be a number of threads", output);
  }

  @Test
  void badEngineSystemPropertyFromJavaOptsIsUsageErrorToo(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    System.setProperty("snap.jai.tileCacheSize", "-5");
    try {
      assertFailed(run("Read", "-Pfile=" + input, "-t", output.getPath()), 2,
          "System property snap.jai.tileCacheSize (JAVA_OPTS) must be a number of megabytes", output);
    } finally {
      System.clearProperty("snap.jai.tileCacheSize");
    }
  }

  @Test
  void threadCountBelowOneKeepsTheDefaultAsInGpt(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run("Read", "-q", "-1", "-Pfile=" + input, "-t", output.getPath());

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
  }

  @Test
  void noArgumentsPrintTheUsageAsGptDoes() {
    Result result = run();

    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().startsWith("Usage:") && result.out().contains("Operators:"), result.out());
    assertEquals("", result.err());
  }

  @Test
  void missingGraphFileFailsNamingIt(@TempDir File dir) {
    File graph = new File(dir, "missing.xml");

    assertFailed(run(graph.getPath()), 1, graph.getPath(), null);
  }

  @Test
  void malformedGraphFailsNamingFileAndLine(@TempDir File dir) throws Exception {
    File graph = new File(dir, "broken.xml");
    Files.writeString(graph.toPath(), "<graph id=\"g\">\n<version>1.0</version>\n<node id=\"a\">\n</graph>\n");
    File output = new File(dir, "out.dim");

    Result result = run(graph.getPath(), "-t", output.getPath());

    assertFailed(result, 1, graph.getPath(), output);
    assertTrue(result.err().contains("line 4"), result.err());
  }

  @Test
  void graphWithUnsetVariableFailsNamingTheVariable(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH);

    Result result = run(graph.getPath(), "-Pinput=" + input);

    assertFailed(result, 1, "-Poutput=", null);
    assertFalse(new File("${output}").exists());
  }

  @Test
  void graphWithUnknownOperatorFailsNamingNodeAndOperator(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File graph = new File(dir, "unknown.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH.replace("<operator>Write</operator>", "<operator>Wrte</operator>"));

    assertFailed(run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + output), 1, "'Wrte'", output);
  }

  @Test
  void processingFailureHalfWayLeavesNoTarget(@TempDir File dir) throws Exception {
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run(FailingCopyOp.ALIAS, "-t", output.getPath(), input.getPath());

    assertEquals(1, result.status(), result.err());
    List<String> errorLines = result.errLines().stream().filter(line -> line.startsWith("Error: ")).toList();
    assertEquals(1, errorLines.size(), result.err());
    assertTrue(errorLines.get(0).contains("on purpose"), result.err());
    assertFalse(output.exists());
    assertFalse(TestProducts.dataFolder(output).exists());
    assertEquals(List.of("in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());
  }

  @Test
  void anOperatorsOtherExceptionFromInitializeIsOneLineNamingTheOperator(@TempDir File dir) throws Exception {
    // GPF lets it through as SNAP does; the line names the operator, without its class name
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run(FailingCopyOp.ALIAS, "-PinitFailure=band 'coh' is missing", "-t", output.getPath(),
        input.getPath());

    assertFailed(result, 1, "Operator '" + FailingCopyOp.ALIAS + "': band 'coh' is missing", output);
    assertFalse(result.err().contains("IllegalArgumentException"), result.err());
  }

  @Test
  void aGraphVariableLeftUnsetIsNamedWithTheOptionThatSetsIt(@TempDir File dir) throws Exception {
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH);
    File output = new File(dir, "out.dim");

    assertFailed(run(graph.getPath(), "-Poutput=" + output), 1, "give it with -Pinput=", output);
  }

  @Test
  void aVariableLeftUnsetAfterTheFirstNodeIsRefusedBeforeAnyNodeRuns(@TempDir File dir) throws Exception {
    // the node between Read and Write stands for DL-Detect or Local-SBAS, which work as they initialise
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File graph = new File(dir, "chain.xml");
    Files.writeString(graph.toPath(), """
        <graph id="chain"><version>1.0</version>
          <node id="read"><operator>Read</operator><parameters><file>${input}</file></parameters></node>
          <node id="work"><operator>Test-FailingCopy</operator><sources><sourceProduct refid="read"/></sources>
            <parameters><initFailure>the node ran</initFailure></parameters></node>
          <node id="write"><operator>Write</operator><sources><sourceProduct refid="work"/></sources>
            <parameters><file>${output}.dim</file></parameters></node>
        </graph>""");

    Result result = run(graph.getPath(), "-Pinput=" + input);

    assertEquals(List.of("Error: Graph " + graph + ": the graph variable 'output' (node 'write' (Write) parameter"
        + " 'file') is not set; give it with -Poutput=<value>"), result.errorLines(), result.err());
    assertEquals(1, result.status());
    assertEquals(List.of("chain.xml", "in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());

    Result neither = run(graph.getPath());

    assertEquals(List.of("Error: Graph " + graph + ": the graph variables 'input' (node 'read' (Read) parameter"
        + " 'file') and 'output' (node 'write' (Write) parameter 'file') are not set; give them with"
        + " -Pinput=<value> -Poutput=<value>"), neither.errorLines(), neither.err());
  }

  /**
   * gpt substitutes bare {@code $input} as it does {@code ${input}}: such a graph runs, and no
   * variable is said to be ignored (both were, falsely).
   */
  @Test
  void bareVariablesAreTheGraphsVariables(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH.replace("${input}", "$input").replace("${output}", "$output"));

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + output);

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
    assertEquals(List.of(), result.errLines().stream().filter(line -> line.startsWith("Warning: ")).toList());
  }

  /**
   * A bare variable left unset is refused before any node runs, as a braced one is: Write took
   * '$output' for a file name and wrote '$output.dim'. '$output.dim' is one key to gpt, which
   * -Poutput does not set, and the message says how to write it.
   */
  @Test
  void aBareVariableLeftUnsetIsRefusedBeforeAnyNodeRuns(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH.replace("${output}", dir + "/$output"));

    Result result = run(graph.getPath(), "-Pinput=" + input);

    assertEquals(List.of("Error: Graph " + graph + ": the graph variable 'output' (node 'write' (Write) parameter"
        + " 'file') is not set; give it with -Poutput=<value>"), result.errorLines(), result.err());
    assertEquals(1, result.status());

    Files.writeString(graph.toPath(), COPY_GRAPH.replace("${output}", dir + "/$output.dim"));
    Result dotted = run(graph.getPath(), "-Pinput=" + input, "-Poutput=out");

    assertEquals(List.of("Error: Graph " + graph + ": the graph variable 'output.dim' (node 'write' (Write)"
        + " parameter 'file'; $output.dim is that one key, write ${output}.dim for 'output') is not set; give"
        + " it with -Poutput.dim=<value>"), dotted.errorLines(), dotted.err());
    assertEquals(List.of("copy.xml", "in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());
  }

  /**
   * A ${x} inside a value given with -P is the value's text, left by a shell: it is named as such,
   * where Write called it a graph variable to set with -Px.
   */
  @Test
  void aValueHoldingAnUnexpandedVariableIsNamed(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH);

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=${OUT}/out.dim");

    assertEquals(List.of("Error: Variable 'output' is '${OUT}/out.dim', whose ${OUT} nothing substitutes: gpt"
        + " puts a value into the graph as it stands (a shell variable left unexpanded?)"), result.errorLines(),
        result.err());
    assertEquals(List.of("copy.xml", "in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());
  }

  @Test
  void productsInAFolderNamedLikeAVariableAreReadAndWritten(@TempDir File dir) throws Exception {
    // '$proj' is a folder here, not a graph variable gpt left unset
    File folder = new File(dir, "$proj");
    assertTrue(folder.mkdir());
    File input = TestProducts.write(new File(folder, "in.dim"));
    File output = new File(folder, "out.dim");
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH);

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + output);

    assertEquals(0, result.status(), result.err());
    assertArrayEquals(TestProducts.pixels(input, "phase"), TestProducts.pixels(output, "phase"), 0f);
  }

  @Test
  void missingFileOrFolderIsNamedWithWhatIsWrong() {
    // java.nio's exceptions carry the bare path as their message
    assertEquals("in/x.par: no such file or folder", Launcher.oneLine(new NoSuchFileException("in/x.par")));
    assertEquals("in/x.par: not a folder", Launcher.oneLine(new NotDirectoryException("in/x.par")));
    assertEquals("out: permission denied", Launcher.oneLine(new AccessDeniedException("out")));
    assertEquals("a -> b: busy", Launcher.oneLine(new FileSystemException("a", "b", "busy")));
  }

  @Test
  void errorInATileIsOneLineNamingItAndLeavesNoTarget(@TempDir File dir) throws Exception {
    // an Error, not an exception: what a native library that will not load throws
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run(FailingCopyOp.ALIAS, "-PlinkageError=true", "-t", output.getPath(), input.getPath());

    assertEquals(1, result.status(), result.err());
    assertEquals(List.of("Error: java.lang.UnsatisfiedLinkError: no fakenative in java.library.path"),
        result.errorLines(), result.err());
    assertFalse(result.err().contains("\tat "), result.err());
    assertEquals(List.of("in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());
  }

  @Test
  void targetThatIsAFolderIsRefusedAndKept(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    assertTrue(output.mkdir());
    Files.writeString(new File(output, "notes.txt").toPath(), "field notes");

    Result result = run("Read", "-Pfile=" + input, "-t", output.getPath());

    assertRefused(result, 1, output.getPath());
    assertEquals("field notes", Files.readString(new File(output, "notes.txt").toPath()));
    assertFalse(TestProducts.dataFolder(output).exists());
  }

  @Test
  void targetWhoseDataNameIsAPlainFileIsRefusedAndKept(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File data = TestProducts.dataFolder(output);
    Files.writeString(data.toPath(), "not a folder");

    Result result = run("Read", "-Pfile=" + input, "-t", output.getPath());

    assertRefused(result, 1, data.getPath());
    assertEquals("not a folder", Files.readString(data.toPath()));
    assertFalse(output.exists());
  }

  @Test
  void targetHeaderThatIsNoDimapProductIsRefusedAndKept(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    Files.writeString(output.toPath(), "my notes, not a product");

    Result result = run("Read", "-Pfile=" + input, "-t", output.getPath());

    assertRefused(result, 1, output.getPath());
    assertEquals("my notes, not a product", Files.readString(output.toPath()));
    assertFalse(TestProducts.dataFolder(output).exists());
  }

  @Test
  void targetDataFolderWithoutItsHeaderIsRefusedAndKept(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File data = TestProducts.dataFolder(output);
    assertTrue(data.mkdir());
    Files.writeString(new File(data, "mine.img").toPath(), "pixels");

    Result result = run("Read", "-Pfile=" + input, "-t", output.getPath());

    assertRefused(result, 1, data.getPath());
    assertEquals("pixels", Files.readString(new File(data, "mine.img").toPath()));
    assertFalse(output.exists());
  }

  @Test
  void occupiedTargetIsRefusedBeforeAnyPixelIsComputed(@TempDir File dir) throws Exception {
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    assertTrue(output.mkdir());

    Result result = run(FailingCopyOp.ALIAS, "-t", output.getPath(), input.getPath());

    assertRefused(result, 1, output.getPath());
    assertFalse(result.err().contains("on purpose"), "the operator ran: " + result.err());
  }

  @Test
  void previousProductAtTheTargetIsReplaced(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = TestProducts.write(new File(dir, "out.dim"));

    Result result = run("Read", "-Pfile=" + input, "-PsourceBands=count", "-t", output.getPath());

    assertEquals(0, result.status(), result.err());
    assertArrayEquals(new String[] {"count"}, TestProducts.bandNames(output));
    assertFalse(new File(TestProducts.dataFolder(output), "phase.img").exists());
  }

  @Test
  void targetThatIsTheSourceIsRefusedAndTheSourceKept(@TempDir File dir) throws Exception {
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    Map<String, byte[]> before = contents(dir);

    Result result = run(FailingCopyOp.ALIAS, "-t", input.getPath(), input.getPath());

    assertRefused(result, 1, input.getPath());
    assertSameContents(before, contents(dir));
  }

  @Test
  void readTargetThatIsItsOwnFileIsRefused(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    Map<String, byte[]> before = contents(dir);

    Result result = run("Read", "-Pfile=" + input, "-PsourceBands=count", "-t", new File(dir, "in").getPath());

    assertRefused(result, 1, input.getPath());
    assertSameContents(before, contents(dir));
  }

  @Test
  void targetReachingTheSourceThroughALinkIsRefused(@TempDir File dir) throws Exception {
    File products = new File(dir, "products");
    assertTrue(products.mkdir());
    File input = TestProducts.write(new File(products, "in.dim"));
    File alias = Files.createSymbolicLink(new File(dir, "alias").toPath(), products.toPath()).toFile();
    Map<String, byte[]> before = contents(products);

    Result result = run("Write", "-Pfile=" + new File(alias, "in.dim"), input.getPath());

    assertRefused(result, 1, "in.dim");
    assertSameContents(before, contents(products));
  }

  @Test
  void graphWritingOverItsOwnReadIsRefusedAndKeepsEveryBand(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File graph = new File(dir, "subset.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH.replace("<file>${input}</file>",
        "<file>${input}</file><sourceBands>count</sourceBands>"));
    Map<String, byte[]> before = contents(dir);

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + input);

    assertRefused(result, 1, input.getPath());
    assertSameContents(before, contents(dir));
    assertArrayEquals(new String[] {"phase", "count"}, TestProducts.bandNames(input));
  }

  @Test
  void emptyTargetIsAUsageErrorAndWritesNothing(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File hiddenDim = new File(".dim");
    File hiddenData = new File(".data");
    assertFalse(hiddenDim.exists() || hiddenData.exists(), "leftover of an earlier run in the working folder");
    try {
      Result result = run("Read", "-Pfile=" + input, "-t", "");

      assertRefused(result, 2, "'-t'");
      assertFalse(hiddenDim.exists(), "wrote " + hiddenDim.getAbsolutePath());
      assertFalse(hiddenData.exists(), "wrote " + hiddenData.getAbsolutePath());
    } finally {
      deleteTree(hiddenDim.toPath());
      deleteTree(hiddenData.toPath());
    }
  }

  @Test
  void targetWithNoNameBeforeItsExtensionIsRefused(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, ".dim");

    Result result = run("Read", "-Pfile=" + input, "-t", output.getPath());

    assertRefused(result, 1, output.getPath());
    assertEquals(List.of("in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());
  }

  @Test
  void emptyWriteFileInAGraphIsRefusedNamingTheParameter(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File graph = new File(dir, "copy.xml");
    Files.writeString(graph.toPath(), COPY_GRAPH);

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=");

    assertRefused(result, 1, "'file'");
    assertEquals(List.of("copy.xml", "in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());
  }

  @Test
  void staleStagingOfTheTargetIsSweptAndOthersKept(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    Path staleData = Files.createDirectory(dir.toPath().resolve(".out.data.tmp-0badc0de"));
    Files.writeString(staleData.resolve("phase.img"), "half written");
    Files.writeString(dir.toPath().resolve(".out.dim.tmp-0badc0de"), "<Dimap_Document");
    Files.createDirectory(dir.toPath().resolve(".other.data.tmp-0badc0de"));
    Files.createDirectory(dir.toPath().resolve(".out.data.tmp-mine"));

    Result result = run("Read", "-Pfile=" + input, "-t", output.getPath());

    assertEquals(0, result.status(), result.err());
    assertEquals(List.of(".other.data.tmp-0badc0de", ".out.data.tmp-mine", "in.data", "in.dim", "out.data", "out.dim"),
        Arrays.stream(dir.list()).sorted().toList());
  }

  @Test
  void stackTraceOptionAddsTheTrace(@TempDir File dir) {
    Result result = run("Write", "-e", "-Pfile=" + new File(dir, "o.dim"), new File(dir, "missing.dim").getPath());

    assertEquals(1, result.status());
    assertTrue(result.err().startsWith("Error: "), result.err());
    assertTrue(result.errLines().size() > 1 && result.err().contains("\tat "), result.err());
  }

  @Test
  void contributedCommandsAreListedAndRun(@TempDir File dir) throws Exception {
    File services = new File(dir, "META-INF/services");
    assertTrue(services.mkdirs());
    Files.writeString(new File(services, LauncherCommand.class.getName()).toPath(), EchoCommand.class.getName() + "\n");
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toURI().toURL()}, previous)) {
      Thread.currentThread().setContextClassLoader(loader);

      Result help = run("-h");
      Result echo = run("test-echo", "a", "three");
      Result bad = run("test-echo", "bad");

      assertTrue(help.out().contains("test-echo") && help.out().contains("Prints its arguments"), help.out());
      assertEquals(3, echo.status());
      assertEquals("a three", echo.out().strip());
      assertFailed(bad, 2, "'bad'", null);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Test
  void staleCommandRegistrationGivesOneLineNamingTheMissingClass(@TempDir File dir) throws Exception {
    File services = new File(dir, "META-INF/services");
    assertTrue(services.mkdirs());
    Files.writeString(new File(services, LauncherCommand.class.getName()).toPath(), "org.example.GoneCommand\n");
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toURI().toURL()}, previous)) {
      Thread.currentThread().setContextClassLoader(loader);

      Result help = run("-h");

      assertEquals(1, help.status());
      assertEquals(1, help.errLines().size(), help.err());
      assertTrue(help.err().contains("org.example.GoneCommand"), help.err());
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Test
  void productWhoseNcolsDisagreesWithItsBandsFailsNamingTheHeaderAndBothWidths(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    Path dim = input.toPath();
    Files.writeString(dim, Files.readString(dim).replace("<NCOLS>" + TestProducts.WIDTH + "</NCOLS>",
        "<NCOLS>2000000000</NCOLS>"));
    File output = new File(dir, "out.dim");

    Result result = run("Write", "-Pfile=" + output, input.getPath());

    assertFailed(result, 1, input.getPath(), output);
    assertTrue(result.err().contains("NCOLS = 2000000000") && result.err().contains(TestProducts.WIDTH + " columns"),
        result.err());
  }

  @Test
  void targetInFoldersThatDoNotExistIsWrittenThereAsGptDoes(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "new/sub/out.dim");
    File written = new File(dir, "other/copy.dim");

    Result operatorRun = run("Read", "-Pfile=" + input, "-t", output.getPath());
    Result writeRun = run("Write", "-Pfile=" + written, input.getPath());

    assertEquals(0, operatorRun.status(), operatorRun.err());
    assertEquals(0, writeRun.status(), writeRun.err());
    assertSameBands(input, output);
    assertSameBands(input, written);
  }

  @Test
  void targetWithAnExtensionOtherThanDimAndNoFormatIsAUsageErrorNamingIt(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.tif");

    Result result = run("Read", "-Pfile=" + input, "-t", output.getPath());

    assertRefused(result, 2, "'.tif'");
    assertEquals(List.of("in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());
  }

  /**
   * A Write node of another format than BEAM-DIMAP is refused as the graph is set up, as gpt's Write
   * refuses a format without a writer; it was refused only once the nodes before it had run (the
   * first Write here computes its source, which fails on purpose).
   */
  @Test
  void aWriteNodeOfAnotherFormatIsRefusedBeforeAnyNodeRuns(@TempDir File dir) throws Exception {
    FailingCopyOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File graph = new File(dir, "two-writes.xml");
    Files.writeString(graph.toPath(), """
        <graph id="two"><version>1.0</version>
          <node id="read"><operator>Read</operator><parameters><file>${input}</file></parameters></node>
          <node id="failing"><operator>Test-FailingCopy</operator><sources><sourceProduct refid="read"/></sources></node>
          <node id="write"><operator>Write</operator><sources><sourceProduct refid="failing"/></sources>
            <parameters><file>${output}/a.dim</file></parameters></node>
          <node id="tif"><operator>Write</operator><sources><sourceProduct refid="failing"/></sources>
            <parameters><file>${output}/b.dim</file><formatName>GeoTIFF</formatName></parameters></node>
        </graph>""");

    Result result = run(graph.getPath(), "-Pinput=" + input, "-Poutput=" + new File(dir, "out"));

    assertRefused(result, 1, "Node 'tif' (Write): no writer for format 'GeoTIFF' to write ");
    assertEquals(List.of("in.data", "in.dim", "two-writes.xml"), Arrays.stream(dir.list()).sorted().toList());
    // before the nodes before it are set up too (DL-Detect and Local-SBAS find their results then)
    Result unread = run(graph.getPath(), "-Pinput=" + new File(dir, "nope.dim"), "-Poutput=" + new File(dir, "out"));
    assertRefused(unread, 1, "Node 'tif' (Write): no writer for format 'GeoTIFF' to write ");
  }

  /** {@code -f} names a format as a Write node's formatName: refused before a source is read. */
  @Test
  void aFormatWithoutWriterIsRefusedBeforeTheSourcesAreRead(@TempDir File dir) throws Exception {
    File output = new File(dir, "out.dim");

    Result result = run("BandSelect", "-f", "GeoTIFF", "-t", output.getPath(), new File(dir, "nope.dim").getPath());

    assertRefused(result, 1, "no writer for format 'GeoTIFF' to write " + output);
    assertEquals(0, dir.list().length);
  }

  @Test
  void targetWithoutExtensionIsWrittenAsBeamDimap(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));

    Result result = run("Read", "-Pfile=" + input, "-t", new File(dir, "out").getPath());

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, new File(dir, "out.dim"));
  }

  @Test
  void targetInsideAFileFailsSayingItIsNoDirectory(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File notADirectory = new File(dir, "notes.txt");
    Files.writeString(notADirectory.toPath(), "not a folder");
    File output = new File(notADirectory, "out.dim");

    Result result = run("Write", "-Pfile=" + output, input.getPath());

    assertFailed(result, 1, output.getPath(), null);
    assertTrue(result.err().contains(notADirectory + " is not a directory"), result.err());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void folderThatRefusesNewFilesFailsWithTheReasonNotABarePath(@TempDir File dir) throws Exception {
    // /proc takes no new entries, not even from root; NIO's exception says only the path it tried
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File("/proc/dlinsar-test-out.dim");

    Result result = run("Write", "-Pfile=" + output, input.getPath());

    assertEquals(1, result.status(), result.err());
    List<String> errors = result.errorLines();
    assertEquals(1, errors.size(), result.err());
    assertTrue(errors.get(0).startsWith("Error: cannot write " + output + ": "), result.err());
    assertTrue(errors.get(0).contains("no such file or folder") || errors.get(0).contains("not writable"),
        result.err());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void fileSizeLimitFailsNamingTheBandFile(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // 2 KiB: "count" (1702 bytes) fits, "phase" (3404 bytes) does not; no JVM perf data file
    ProcessBuilder launcher = new ProcessBuilder("bash", "-c",
        "ulimit -f 2 && exec \"$0\" -XX:-UsePerfData -Djava.awt.headless=true -cp \"$1\" "
            + Launcher.class.getName() + " Write -Pfile=\"$2\" \"$3\"",
        java, System.getProperty("java.class.path"), output.getPath(), input.getPath());
    launcher.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = launcher.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), err);

    assertEquals(1, process.exitValue(), err);
    List<String> errors = err.lines().filter(line -> line.startsWith("Error: ")).toList();
    assertEquals(1, errors.size(), err);
    assertTrue(errors.get(0).contains("phase.img") && errors.get(0).contains("file too large"), err);
    assertFalse(err.contains("\tat "), err);
    assertFalse(output.exists());
    assertEquals(List.of("in.data", "in.dim"), Arrays.stream(dir.list()).sorted().toList());
  }

  @Test
  void outOfMemoryInAWorkerThreadIsOneLineWithTheHeapSizeAndOption(@TempDir File dir) throws Exception {
    OutOfMemoryOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run(OutOfMemoryOp.ALIAS, "-t", output.getPath(), input.getPath());

    assertOutOfMemoryLine(result, output);
    assertNotEquals(Thread.currentThread().getName(), OutOfMemoryOp.failingThread);
  }

  @Test
  void outOfMemoryWrappedByAnOperatorIsStillTheHeapLine(@TempDir File dir) throws Exception {
    OutOfMemoryOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run(OutOfMemoryOp.ALIAS, "-Pwrapped=true", "-t", output.getPath(), input.getPath());

    assertOutOfMemoryLine(result, output);
  }

  @Test
  void stackTraceOptionAddsTheTraceForOutOfMemoryToo(@TempDir File dir) throws Exception {
    OutOfMemoryOp.register();
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");

    Result result = run(OutOfMemoryOp.ALIAS, "-e", "-t", output.getPath(), input.getPath());

    assertEquals(1, result.status(), result.err());
    assertTrue(result.errorLines().get(0).contains("JAVA_OPTS=-Xmx"), result.err());
    assertTrue(result.err().contains("java.lang.OutOfMemoryError") && result.err().contains("\tat "), result.err());
  }

  /** One error line giving the heap's maximum and the option to raise it; no trace, no target. */
  private static void assertOutOfMemoryLine(Result result, File target) {
    assertEquals(1, result.status(), result.err());
    List<String> errors = result.errorLines();
    assertEquals(1, errors.size(), result.err());
    String maxHeap = OutOfMemory.heapSize(Runtime.getRuntime().maxMemory());
    assertTrue(errors.get(0).startsWith("Error: out of memory"), result.err());
    assertTrue(errors.get(0).contains("JAVA_OPTS=-Xmx") && errors.get(0).contains(maxHeap), result.err());
    assertFalse(result.err().contains("\tat ") || result.err().contains("ExecutionException"), result.err());
    assertFalse(target.exists(), target + " left behind");
    assertFalse(TestProducts.dataFolder(target).exists());
  }

  @Test
  void aLatin1PropertiesFileIsRefusedNamingItAndTheLine(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File parameters = new File(dir, "params.properties");
    Files.write(parameters.toPath(), "copyMetadata=true\nfile=caf\u00e9.dim\n".getBytes(StandardCharsets.ISO_8859_1));

    Result result = run("Read", "-p", parameters.getPath(), "-t", output.getPath(), input.getPath());

    assertFailed(result, 1, parameters.getPath(), output);
    assertTrue(result.err().contains("line 2") && result.err().contains("UTF-8"), result.err());
  }

  @Test
  void aBadUnicodeEscapeInAPropertiesFileIsRefusedNamingItAndTheLine(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File parameters = new File(dir, "params.properties");
    Files.writeString(parameters.toPath(), "# C:\\users in a comment is no escape\ncopyMetadata=true\nfile=C:\\u\\in.dim\n");

    Result result = run("Read", "-p", parameters.getPath(), "-t", output.getPath(), input.getPath());

    assertFailed(result, 1, parameters.getPath(), output);
    assertTrue(result.err().contains("line 3") && result.err().contains("Malformed"), result.err());
  }

  @Test
  void aParameterFileThatIsAFolderIsNamedAsAFolder(@TempDir File dir) throws Exception {
    File input = TestProducts.write(new File(dir, "in.dim"));
    File output = new File(dir, "out.dim");
    File folder = new File(dir, "params");
    assertTrue(folder.mkdir());

    Result result = run("Read", "-p", folder.getPath(), "-t", output.getPath(), input.getPath());

    assertFailed(result, 1, folder.getPath(), output);
    assertTrue(result.err().contains("a directory"), result.err());
  }

  @Test
  void aGraphDeclaringLatin1IsReadInLatin1(@TempDir File dir) throws Exception {
    File folder = new File(dir, "donn\u00e9es");
    assertTrue(folder.mkdir());
    assertCopyGraphRuns(folder, "ISO-8859-1", StandardCharsets.ISO_8859_1);
  }

  @Test
  void a8BitGraphDeclaringUtf16IsReadAsUtf8AsGptReadsIt(@TempDir File dir) throws Exception {
    // the declaration cannot be true of bytes that start "<?" without a zero between: gpt, which
    // decodes UTF-8 before parsing, runs such a graph, and so must the launcher
    assertCopyGraphRuns(dir, "UTF-16", StandardCharsets.UTF_8);
  }

  /**
   * Writes a copy graph declaring {@code declared} in the bytes of {@code written}, from and to
   * products in {@code folder}, and asserts it runs and copies the bands.
   */
  private static void assertCopyGraphRuns(File folder, String declared, java.nio.charset.Charset written)
      throws Exception {
    File input = TestProducts.write(new File(folder, "in.dim"));
    File output = new File(folder, "out.dim");
    File graph = new File(folder, "copy.xml");
    String xml = "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n" + COPY_GRAPH
        .replace("${input}", input.getPath()).replace("${output}", output.getPath());
    Files.write(graph.toPath(), xml.getBytes(written));

    Result result = run(graph.getPath());

    assertEquals(0, result.status(), result.err());
    assertSameBands(input, output);
  }

  @Test
  void aGraphNotInItsDeclaredEncodingIsRefusedNamingItAndTheLine(@TempDir File dir) throws Exception {
    File graph = new File(dir, "copy.xml");
    String xml = "<?xml version=\"1.0\"?>\n" + COPY_GRAPH.replace("${input}", "caf\u00e9.dim");
    Files.write(graph.toPath(), xml.getBytes(StandardCharsets.ISO_8859_1));

    Result result = run(graph.getPath(), "-Poutput=" + new File(dir, "out.dim"));

    assertRefused(result, 1, graph.getPath());
    assertTrue(result.err().contains("line 4") && result.err().contains("UTF-8"), result.err());
  }
  /**
   * A product's placing refused by one outcome tells those told before it that the placing ended,
   * not in place: a stop waits for each placing told (RunJournal), so one left open would hang it.
   */
  @Test
  void anOutcomeToldOfAPlacingThatALaterOneRefusedIsToldItEnded() {
    List<String> told = new java.util.ArrayList<>();
    RunOutcome first = new RunOutcome() {
      @Override
      public void placing(Path dimFile) {
        told.add("placing");
      }

      @Override
      public void placed(Path dimFile, boolean inPlace) {
        told.add("placed " + inPlace);
      }
    };
    RunOutcome refusing = new RunOutcome() {
      @Override
      public void placing(Path dimFile) throws IOException {
        throw new IOException("refused");
      }

      @Override
      public void placed(Path dimFile, boolean inPlace) {
        told.add("refusing told placed");
      }
    };

    IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> Launcher.placingTold(List.of(first, refusing)).placing(Path.of("p.dim")));

    assertEquals("refused", refused.getMessage());
    assertEquals(List.of("placing", "placed false"), told);
  }
  /**
   * A run that failed in the launcher's own JVM (bin/dlinsar) is followed by the JVM's exit only:
   * threads of the run may still write until then, so its outcomes are told so and end it for good
   * (RunJournal refuses a late write, as after a stop); a run inside a program (these tests) ends
   * as failed, and the program goes on writing.
   */
  @Test
  void aFailedRunThatTheJvmExitsOnIsToldSo() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    RecordedOutcome.takeEndings();

    assertEquals(0, Launcher.run(new String[] {"--version"}, sink, sink, true));
    assertEquals(List.of("succeeded"), RecordedOutcome.takeEndings());
    assertEquals(2, Launcher.run(new String[] {"No-Such-Operator"}, sink, sink, true));
    assertEquals(List.of("failed before exit"), RecordedOutcome.takeEndings());
    // last: a run in the program opens the targets again, so later tests write products
    assertEquals(2, Launcher.run(new String[] {"No-Such-Operator"}, sink, sink));
    assertEquals(List.of("failed"), RecordedOutcome.takeEndings());
  }
}
