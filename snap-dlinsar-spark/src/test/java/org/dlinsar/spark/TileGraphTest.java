package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bin/dlinsar-spark checks of a graph before Spark starts ({@link TileGraph#read}). */
class TileGraphTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path STACK = ROOT.resolve("test-products/landslides-256.dim");
  private static final Path GRAPH = ROOT.resolve("graphs/gradient-stack.xml");
  private static final ClusterFiles FILES = ClusterFiles.of(new SparkConf(false));

  @TempDir
  Path dir;

  private static TileGraph read(Path graph, Path output) {
    return TileGraph.read(graph, Map.of("input", STACK.toString(), "output", output.toString()), FILES);
  }

  /** bin/dlinsar's writer creates a target's missing folders, as SNAP's does (CONTRACT section 7). */
  @Test
  void createsTheOutputsMissingFolders() {
    Path output = dir.resolve("out/missing/grad.dim");

    TileGraph graph = read(GRAPH, output);

    assertEquals(output.toString(), graph.output());
    assertTrue(Files.isDirectory(output.getParent()), "the output's folders are made");
  }

  /** An output that is the product Local-SBAS reads its detections from is refused, as bin/dlinsar refuses it. */
  @Test
  void refusesAnOutputThatIsTheDetectionsProductAStepReads() throws IOException {
    Path det = copyProduct(STACK, dir.resolve("det")).resolveSibling("landslides-256.dim");

    String line = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(
        ROOT.resolve("graphs/local-sbas.xml"), Map.of("input", STACK.toString(), "detections", det.toString(),
            "output", det.toString()), FILES)).getMessage();

    assertTrue(line.contains("it is the source product"), line);
  }

  @Test
  void aRelativeInputGoesToTheTasksAbsolute() {
    // an executor's task runs in its own working folder, where the relative path names nothing
    Path relative = Path.of("").toAbsolutePath().relativize(STACK.toAbsolutePath());

    TileGraph graph = TileGraph.read(GRAPH, Map.of("input", relative.toString(), "output",
        dir.resolve("abs.dim").toString()), FILES);

    assertEquals(relative.toFile().getAbsolutePath(), graph.input());
  }

  /**
   * What the tiled steps refuse of the input ends the run before Spark starts, naming the node and
   * in the words of the method the graph gives: a stack without interferograms was found only by
   * the frame statistics' tasks, each retried, and a stack without coherence under OTSU was refused
   * as "DL-Mask method=THRESHOLD", what the tiles run in its stead.
   */
  @Test
  void whatTheTiledStepsRefuseOfTheInputIsRefusedBeforeSparkStarts() throws IOException {
    Path truth = ROOT.resolve("test-products/landslides-256.truth.dim");
    String none = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(GRAPH,
        Map.of("input", truth.toString(), "output", dir.resolve("a.dim").toString()), FILES)).getMessage();
    assertTrue(none.startsWith("node 'mask' (DL-Mask) of graph " + GRAPH + ": ")
        && none.contains("interferogram"), none);

    Path noCoherence = Files.writeString(dir.resolve("no-coherence.xml"), Files.readString(GRAPH).replace(
        "<sourceProduct refid=\"read\"/>\n    </sources>\n    <parameters>\n      <method>OTSU</method>",
        "<sourceProduct refid=\"phase\"/>\n    </sources>\n    <parameters>\n      <method>OTSU</method>")
        .replace("  <node id=\"mask\">", "  <node id=\"phase\"><operator>BandSelect</operator><sources>"
            + "<sourceProduct refid=\"read\"/></sources><parameters><bandNamePattern>(i_ifg|q_ifg)_.*"
            + "</bandNamePattern></parameters></node>\n  <node id=\"mask\">"));
    String otsu = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(noCoherence,
        Map.of("input", STACK.toString(), "output", dir.resolve("b.dim").toString()), FILES)).getMessage();
    assertTrue(otsu.startsWith("node 'mask' (DL-Mask) of graph " + noCoherence + ": ")
        && otsu.contains("method=OTSU") && otsu.contains("coherence"), otsu);
  }

  @Test
  void readsAGraphInTheEncodingItsDeclarationNamesAsBinDlinsarDoes() throws IOException {
    // a Latin-1 graph with a non-ASCII comment failed "Input length = 1" as UTF-8
    Path latin1 = dir.resolve("latin1.xml");
    String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!-- Is\u00e8re -->\n"
        + Files.readString(GRAPH);
    Files.write(latin1, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    assertEquals(read(GRAPH, dir.resolve("a.dim")).describe(), read(latin1, dir.resolve("b.dim")).describe());
  }

  @Test
  void refusesAFileWhereAFolderOfTheOutputShouldBeNamingIt() throws IOException {
    Path inTheWay = Files.writeString(dir.resolve("out"), "a user's file");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read(GRAPH, inTheWay.resolve("grad.dim")));

    assertTrue(e.getMessage().contains(inTheWay + " is not a directory"), e.getMessage());
    assertEquals("a user's file", Files.readString(inTheWay));
  }

  /**
   * An output that is the input product (or its data folder) is refused before anything is
   * computed, as bin/dlinsar refuses a Write over its Read; it was written over the stack, which
   * kept only the graph's four gradient bands (-Pinput=s.dim -Poutput=s.dim: exit 0).
   */
  @Test
  void refusesAnOutputThatIsTheInputProductAsBinDlinsarDoes() throws IOException {
    Path stack = copyProduct(STACK, dir.resolve("stacks"));
    Map<String, String> variables = Map.of("input", stack.toString(), "output", stack.toString());

    String header = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(GRAPH, variables, FILES))
        .getMessage();
    // written without .dim, the writer completes the name: the same product
    String completed = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(GRAPH,
        Map.of("input", stack.toString(), "output", stack.toString().replace(".dim", "")), FILES)).getMessage();

    assertEquals("Cannot write " + stack + ": it is the source product " + stack
        + " of this run, which writing would destroy; choose another target", header);
    assertEquals(header, completed);
    try (java.util.stream.Stream<Path> bands = Files.list(stack.resolveSibling("landslides-256.data"))) {
      assertEquals(139, bands.count(), "the stack is left whole");
    }
  }

  /** On another file system, the output's header and data folder are compared with the input's. */
  @Test
  void refusesAnOutputThatIsTheInputProductOnAnotherFileSystem() throws IOException {
    copyProduct(STACK, dir.resolve("rooted/stacks"));
    ClusterFiles rooted = ClusterFiles.of(new SparkConf(false)
        .set("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl", RootedFileSystem.class.getName())
        .set("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl.disable.cache", "true")
        .set("spark.hadoop." + RootedFileSystem.ROOT, dir.resolve("rooted").toString()));
    String input = "rooted:///stacks/landslides-256.dim";

    String message = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(GRAPH,
        Map.of("input", input, "output", "rooted:///stacks/landslides-256"), rooted)).getMessage();

    assertEquals("Cannot write " + input + ": it is the source product " + input
        + " of this run, which writing would destroy; choose another target", message);
    TileGraph.read(GRAPH, Map.of("input", input, "output", "rooted:///stacks/landslides-256_grad.dim"), rooted);
  }

  /**
   * A variable the graph never names is warned of as bin/dlinsar warns of it: a misspelt one, or
   * a region, which left the run on the whole frame without a word.
   */
  @Test
  void warnsOfEachVariableTheGraphNeverNamesAsBinDlinsarDoes() {
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    Map<String, String> variables = new java.util.LinkedHashMap<>();
    variables.put("input", STACK.toString());
    variables.put("output", dir.resolve("out.dim").toString());
    variables.put("ouptut", "typo.dim");
    variables.put("pixelRegion", "0,0,32,32");

    TileGraph.read(GRAPH, variables, FILES, new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));

    assertEquals(java.util.List.of(
        "Warning: graph " + GRAPH + " uses no ${ouptut}: the variable ouptut is ignored, as gpt ignores it",
        "Warning: graph " + GRAPH + " uses no ${pixelRegion}: the variable pixelRegion is ignored, as gpt ignores it;"
            + " bin/dlinsar-spark reads the whole frame of the input (it applies no region of it)"),
        log.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList());
  }

  /**
   * A variable left unset, and a value holding a shell's ${x}, are refused before Spark starts in
   * bin/dlinsar's words: the output '${output}' went to the Write as a path.
   */
  @Test
  void refusesAVariableLeftUnsetAndAnUnexpandedValueAsBinDlinsarDoes() {
    String unset = assertThrows(IllegalArgumentException.class,
        () -> TileGraph.read(GRAPH, Map.of("input", STACK.toString()), FILES)).getMessage();
    String unexpanded = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(GRAPH,
        Map.of("input", STACK.toString(), "output", "${OUT}/out.dim"), FILES)).getMessage();

    assertTrue(unset.startsWith("Graph " + GRAPH + ": the graph variable 'output' (node '"), unset);
    assertTrue(unset.endsWith("is not set; give it with -Poutput=<value>"), unset);
    assertEquals("Variable 'output' is '${OUT}/out.dim', whose ${OUT} nothing substitutes: gpt puts a value"
        + " into the graph as it stands (a shell variable left unexpanded?)", unexpanded);
  }

  /**
   * DL-Detect right before Write, without detectionsFile, writes its files beside the product,
   * named after it: a name too long for them is refused before anything runs, in bin/dlinsar's
   * line; the operator learned the file only as the product was written, after the whole run.
   */
  @Test
  void refusesAProductNameTooLongForTheFilesBesideItAsBinDlinsarDoes() throws IOException {
    String detect = Files.readString(ROOT.resolve("graphs/detect.xml"));
    String select = detect.substring(detect.indexOf("  <node id=\"select\">"), detect.indexOf("  <node id=\"write\">"));
    Path graph = Files.writeString(dir.resolve("beside.xml"), detect.replace(select, "")
        .replace("      <detectionsFile>${output}</detectionsFile>\n", "")
        .replace("<sourceProduct refid=\"select\"/>", "<sourceProduct refid=\"detect\"/>"));
    Path output = dir.resolve("a".repeat(240) + ".dim");
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    java.io.PrintStream sink = new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
    int status = org.dlinsar.lite.cli.Launcher.run(new String[] {graph.toString(), "-Pinput=" + STACK,
        "-Poutput=" + output}, sink, sink);
    String oneMachine = log.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    assertEquals(1, status, oneMachine);

    String message = refused(graph, output);

    assertTrue(message.endsWith("give the file of Write node 'write' a product name of at most 236 bytes"), message);
    assertEquals(oneMachine, "Error: " + message);
    assertTrue(Files.notExists(output.getParent().resolve("a".repeat(240) + ".data")), "nothing written");
  }

  /**
   * The shipped graphs' usual case: DL-Detect's detectionsFile, or Local-SBAS's timeSeriesFile,
   * is the graph's ${output}, and the product name is too long for the file named after it. The
   * operator refuses it as it initialises, which bin/dlinsar does at once and the Spark runner
   * did on the driver only after the frame statistics and the tiles: now before Spark starts,
   * in the operator's line.
   */
  @Test
  void refusesAFileParameterNamingTheOutputTooLongAsBinDlinsarDoes() throws IOException {
    Path detect = ROOT.resolve("graphs/detect.xml");
    Path output = dir.resolve("a".repeat(240) + ".dim");
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    java.io.PrintStream sink = new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
    int status = org.dlinsar.lite.cli.Launcher.run(new String[] {detect.toString(), "-Pinput=" + STACK,
        "-Poutput=" + output}, sink, sink);
    String oneMachine = log.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith("Error: ")).findFirst().orElse("");
    assertEquals(1, status, oneMachine);
    String operatorLine = oneMachine.substring(oneMachine.indexOf("DL-Detect: cannot write"));

    String message = refused(detect, output);

    assertEquals("node 'detect' (DL-Detect) of graph " + detect + ": " + operatorLine, message);
    assertTrue(message.contains("its name is 259 bytes") && message.endsWith("as detectionsFile"), message);

    Path sbas = ROOT.resolve("graphs/local-sbas.xml");
    Path sbasOutput = dir.resolve("b".repeat(245) + ".dim");
    String sbasMessage = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(sbas,
        Map.of("input", STACK.toString(), "output", sbasOutput.toString(), "detections", "det.dim"), FILES))
        .getMessage();
    assertTrue(sbasMessage.startsWith("node 'sbas' (Local-SBAS) of graph " + sbas
        + ": Local-SBAS parameter 'timeSeriesFile': cannot write time-series file "), sbasMessage);
    assertTrue(sbasMessage.contains("at most 240 bytes"), sbasMessage);
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertEquals(java.util.List.of(), left.toList(), "nothing written");
    }
  }

  /**
   * An output on another file system is written to a local staging file of its name, the side
   * files beside it, then uploaded: a name too long for them (DL-Detect's detectionsFile as the
   * output, or its files beside Write's product) is refused before anything runs, as for a
   * local output, naming the output's folder; it was refused only as the driver wrote them.
   */
  @Test
  void refusesARemoteOutputsNameTooLongForItsSideFilesAsForALocalOne() throws IOException {
    Files.createDirectories(dir.resolve("rooted"));
    ClusterFiles rooted = ClusterFiles.of(new SparkConf(false)
        .set("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl", RootedFileSystem.class.getName())
        .set("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl.disable.cache", "true")
        .set("spark.hadoop." + RootedFileSystem.ROOT, dir.resolve("rooted").toString()));
    Path detect = ROOT.resolve("graphs/detect.xml");
    String name = "a".repeat(240);
    Path local = dir.resolve("local");
    Files.createDirectories(local);
    String localLine = refused(detect, local.resolve(name + ".dim"));

    String remoteLine = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(detect,
        Map.of("input", STACK.toString(), "output", "rooted:///out/" + name + ".dim"), rooted)).getMessage();

    assertEquals(localLine.replace(local + "/", "rooted:///out/"), remoteLine);
    assertTrue(remoteLine.contains("cannot write detections file rooted:///out/" + name + ".detections.geojson: its name"
        + " is 259 bytes"), remoteLine);

    String beside = Files.readString(ROOT.resolve("graphs/detect.xml"));
    String select = beside.substring(beside.indexOf("  <node id=\"select\">"), beside.indexOf("  <node id=\"write\">"));
    Path graph = Files.writeString(dir.resolve("beside.xml"), beside.replace(select, "")
        .replace("      <detectionsFile>${output}</detectionsFile>\n", "")
        .replace("<sourceProduct refid=\"select\"/>", "<sourceProduct refid=\"detect\"/>"));
    String besideLine = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(graph,
        Map.of("input", STACK.toString(), "output", "rooted:///out/" + name + ".dim"), rooted)).getMessage();
    assertEquals(refused(graph, local.resolve(name + ".dim")).replace(local + "/", "rooted:///out/"), besideLine);
    assertTrue(Files.notExists(dir.resolve("rooted/out")), "nothing written");
  }

  /**
   * A frame over 2^31 pixels is refused by the driver steps that hold it in one array (DL-Unwrap
   * on the whole raster, DL-Detect SUBSIDENCE DL) as bin/dlinsar refuses it, at once: the Spark
   * runner refused it on the driver only after the frame statistics and the tiles. A header
   * saying 50000 x 50000 is enough, its band files sparse.
   */
  @Test
  void refusesAFrameTooLargeForADriverStepsArraysAsBinDlinsarDoes() throws IOException {
    Path huge = hugeStack(dir.resolve("huge"), 50000, 50000);
    String unwrap = "<node id=\"unwrap\"><operator>DL-Unwrap</operator><sources><sourceProduct refid=\"select\"/>"
        + "</sources><parameters><method>CLASSICAL</method></parameters></node>";
    String detect = "<node id=\"detect\"><operator>DL-Detect</operator><sources><sourceProduct refid=\"select\"/>"
        + "</sources><parameters><mode>SUBSIDENCE</mode><method>DL</method></parameters></node>";
    for (String[] step : new String[][] {{unwrap, "unwrap", "DL-Unwrap", "DL-Unwrap: unwrapping the whole raster"},
        {detect, "detect", "DL-Detect", "DL-Detect mode=SUBSIDENCE method=DL: each interferogram's"}}) {
      Path graph = Files.writeString(dir.resolve(step[1] + ".xml"), "<graph id=\"g\"><version>1.0</version>"
          + "<node id=\"read\"><operator>Read</operator><sources/><parameters><file>${input}</file></parameters></node>"
          + "<node id=\"select\"><operator>BandSelect</operator><sources><sourceProduct refid=\"read\"/></sources>"
          + "<parameters><bandNamePattern>.*</bandNamePattern></parameters></node>" + step[0]
          + "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"" + step[1] + "\"/></sources>"
          + "<parameters><file>${output}</file><formatName>BEAM-DIMAP</formatName></parameters></node></graph>");
      Path output = dir.resolve("out/" + step[1] + ".dim");
      java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
      java.io.PrintStream sink = new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
      int status = org.dlinsar.lite.cli.Launcher.run(new String[] {graph.toString(), "-Pinput=" + huge,
          "-Poutput=" + output}, sink, sink);
      String oneMachine = log.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(line -> line.startsWith("Error: ")).findFirst().orElse("");
      assertEquals(1, status, oneMachine);
      assertTrue(oneMachine.contains(step[3]), oneMachine);
      String operatorLine = oneMachine.substring(oneMachine.indexOf(step[3]));

      Path sparkOutput = dir.resolve("spark/" + step[1] + ".dim");

      String message = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(graph,
          Map.of("input", huge.toString(), "output", sparkOutput.toString()), FILES)).getMessage();

      assertEquals("node '" + step[1] + "' (" + step[2] + ") of graph " + graph + ": " + operatorLine, message);
      assertTrue(message.contains("50000 x 50000 (2500000000 pixels)"), message);
      assertTrue(Files.notExists(sparkOutput.getParent()), "nothing made");
    }
    // around detections DL-Unwrap holds patches, not the frame
    Path patches = edited(dir.resolve("unwrap.xml"), "<method>CLASSICAL</method>",
        "<method>CLASSICAL</method><detectionsFile>" + Files.writeString(dir.resolve("det.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":1,"
            + "\"bbox_px\":[100,100,140,140]}}]}") + "</detectionsFile>");
    TileGraph.read(patches, Map.of("input", huge.toString(), "output", dir.resolve("p.dim").toString()), FILES);
  }

  /**
   * Detections of another crop of the frame (bbox_px of the whole frame, corners 20 pixels across
   * and 10 down on this stack's geocoding: DetectionsOnTheirGroundTest) named by Local-SBAS's or
   * DL-Unwrap's detectionsFile are refused before anything runs, in bin/dlinsar's line; before,
   * the operator refused them on the driver after the frame statistics and the tiles. A box over
   * the frame's edge is taken without a word (the operator says it once on the driver), and a
   * DL-Detect before the step, whose detections the run makes, leaves the file unread.
   */
  @Test
  void refusesTheDetectionsOfAnotherCropAsBinDlinsarDoes() throws IOException {
    Product stack = org.esa.snap.core.dataio.ProductIO.readProduct(STACK.toFile());
    String row;
    try {
      StringBuilder corners = new StringBuilder();
      for (int[] xy : new int[][] {{30, 25}, {50, 25}, {50, 45}, {30, 45}}) {
        org.esa.snap.core.datamodel.GeoPos p = stack.getSceneGeoCoding().getGeoPos(
            new org.esa.snap.core.datamodel.PixelPos(xy[0], xy[1]), null);
        corners.append(String.format(java.util.Locale.ROOT, ",%.7f,%.7f", p.getLon(), p.getLat()));
      }
      row = "1,landslide,0.9,50,35,70,55" + corners + ",\n";
    } finally {
      stack.dispose();
    }
    Path csv = Files.writeString(dir.resolve("crop.detections.csv"), "id,class,score,x0,y0,x1,y1,first_near_lon,"
        + "first_near_lat,first_far_lon,first_far_lat,last_far_lon,last_far_lat,last_near_lon,last_near_lat,"
        + "dates_seen\n" + row);
    Path sbas = ROOT.resolve("graphs/local-sbas.xml");
    Path unwrap = Files.writeString(dir.resolve("unwrap.xml"), "<graph id=\"g\"><version>1.0</version>"
        + "<node id=\"read\"><operator>Read</operator><sources/><parameters><file>${input}</file></parameters></node>"
        + "<node id=\"select\"><operator>BandSelect</operator><sources><sourceProduct refid=\"read\"/></sources>"
        + "<parameters><bandNamePattern>.*</bandNamePattern></parameters></node>"
        + "<node id=\"unwrap\"><operator>DL-Unwrap</operator><sources><sourceProduct refid=\"select\"/></sources>"
        + "<parameters><method>CLASSICAL</method><detectionsFile>${detections}</detectionsFile></parameters></node>"
        + "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"unwrap\"/></sources>"
        + "<parameters><file>${output}</file></parameters></node></graph>");
    for (String[] step : new String[][] {{sbas.toString(), "sbas", "Local-SBAS"},
        {unwrap.toString(), "unwrap", "DL-Unwrap"}}) {
      Path graph = Path.of(step[0]);
      String operatorLine = step[2] + ": detection 1 of file '" + csv + "': its corners' lon/lat lie";
      java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
      java.io.PrintStream sink = new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
      int status = org.dlinsar.lite.cli.Launcher.run(new String[] {graph.toString(), "-Pinput=" + STACK,
          "-Pdetections=" + csv, "-Poutput=" + dir.resolve("one/" + step[1] + ".dim")}, sink, sink);
      String oneMachine = log.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(line -> line.startsWith("Error: ")).findFirst().orElse("");
      assertEquals(1, status, oneMachine);
      assertTrue(oneMachine.contains(operatorLine), oneMachine);
      Path output = dir.resolve("spark/" + step[1] + ".dim");

      String message = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(graph,
          Map.of("input", STACK.toString(), "detections", csv.toString(), "output", output.toString()), FILES))
          .getMessage();

      assertEquals("node '" + step[1] + "' (" + step[2] + ") of graph " + graph + ": "
          + oneMachine.substring(oneMachine.indexOf(operatorLine)), message);
      assertTrue(message.contains("lie -20 pixels across and -10 down from its box x 50-69, y 35-54"), message);
      assertTrue(Files.notExists(output.getParent()), "nothing made");
    }
    // the crop's own detections, one reaching over the frame's edge, are taken
    Files.writeString(csv, Files.readString(csv).replace("50,35,70,55", "30,25,50,45")
        + "2,landslide,0.9,240,100,270,130,,,,,,,,,\n");
    TileGraph.read(sbas, Map.of("input", STACK.toString(), "detections", csv.toString(),
        "output", dir.resolve("own.dim").toString()), FILES);
    // made by the run's DL-Detect: not there yet, and not read
    Path detectFirst = edited(unwrap, "refid=\"select\"/></sources><parameters><method>CLASSICAL",
        "refid=\"detect\"/></sources><parameters><method>CLASSICAL");
    detectFirst = Files.writeString(detectFirst, Files.readString(detectFirst).replace("<node id=\"unwrap\">",
        "<node id=\"detect\"><operator>DL-Detect</operator><sources><sourceProduct refid=\"select\"/></sources>"
        + "<parameters><method>CLASSICAL</method><detectionsFile>${output}</detectionsFile></parameters></node>"
        + "<node id=\"unwrap\">"));
    TileGraph.read(detectFirst, Map.of("input", STACK.toString(), "detections", dir.resolve("none.csv").toString(),
        "output", dir.resolve("detected.dim").toString()), FILES);
  }

  /**
   * As {@link #refusesTheDetectionsOfAnotherCropAsBinDlinsarDoes}, the detections coming from the
   * input's {@code Detections} metadata (no detectionsFile): DL-Unwrap after a BandSelect and
   * Local-SBAS of graphs/local-sbas.xml without its detectionsFile, after DL-Mask, refuse them in
   * bin/dlinsar's line, which names the product each reads ('landslides-256_subset',
   * 'landslides-256_mask'), before anything is made; before, the operator refused them on the
   * driver after the frame statistics and the tiles. So is Local-SBAS on an input without
   * Detections; the crop's own detections are taken.
   */
  @Test
  void refusesTheDetectionsOfAnotherCropInTheInputsMetadataAsBinDlinsarDoes() throws IOException {
    Path stack = copyProduct(STACK, dir.resolve("detected"));
    String header = Files.readString(stack, java.nio.charset.StandardCharsets.ISO_8859_1);
    String metadata = "<MDElem name=\"metadata\">";
    assertTrue(header.contains(metadata));
    Files.writeString(stack, header.replace(metadata, metadata + detectionsElement("50,35,70,55")),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    Path unwrap = Files.writeString(dir.resolve("unwrap.xml"), "<graph id=\"g\"><version>1.0</version>"
        + "<node id=\"read\"><operator>Read</operator><sources/><parameters><file>${input}</file></parameters></node>"
        + "<node id=\"select\"><operator>BandSelect</operator><sources><sourceProduct refid=\"read\"/></sources>"
        + "<parameters><bandNamePattern>.*</bandNamePattern></parameters></node>"
        + "<node id=\"unwrap\"><operator>DL-Unwrap</operator><sources><sourceProduct refid=\"select\"/></sources>"
        + "<parameters><method>CLASSICAL</method></parameters></node>"
        + "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"unwrap\"/></sources>"
        + "<parameters><file>${output}</file></parameters></node></graph>");
    String shipped = Files.readString(ROOT.resolve("graphs/local-sbas.xml"));
    assertTrue(shipped.contains("<detectionsFile>${detections}</detectionsFile>"));
    Path sbas = Files.writeString(dir.resolve("sbas.xml"), shipped.replace("<detectionsFile>${detections}</detectionsFile>",
        ""));
    String[][] cases = {
        {unwrap.toString(), stack.toString(), "unwrap", "DL-Unwrap",
            "DL-Unwrap: detection 1 of the Detections metadata of 'landslides-256_subset': its corners' lon/lat lie"},
        {sbas.toString(), stack.toString(), "sbas", "Local-SBAS",
            "Local-SBAS: detection 1 of the Detections metadata of 'landslides-256_mask': its corners' lon/lat lie"},
        {sbas.toString(), STACK.toString(), "sbas", "Local-SBAS",
            "Local-SBAS scope=PATCHES: product 'landslides-256_mask' has no Detections metadata"}};
    for (String[] step : cases) {
      Path graph = Path.of(step[0]);
      java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
      java.io.PrintStream sink = new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
      int status = org.dlinsar.lite.cli.Launcher.run(new String[] {graph.toString(), "-Pinput=" + step[1],
          "-Poutput=" + dir.resolve("one/" + step[2] + ".dim")}, sink, sink);
      String oneMachine = log.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(line -> line.startsWith("Error: ")).findFirst().orElse("");
      assertEquals(1, status, oneMachine);
      assertTrue(oneMachine.contains(step[4]), oneMachine);
      Path output = dir.resolve("spark/" + step[2] + ".dim");

      String message = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(graph,
          Map.of("input", step[1], "output", output.toString()), FILES)).getMessage();

      assertEquals("node '" + step[2] + "' (" + step[3] + ") of graph " + graph + ": "
          + oneMachine.substring(oneMachine.indexOf(step[4])), message);
      assertTrue(Files.notExists(output.getParent()), "nothing made");
    }
    // the crop's own detections, from its metadata, are taken by both (another copy: a JVM opens a product once)
    Path own = copyProduct(STACK, dir.resolve("own"));
    Files.writeString(own, header.replace(metadata, metadata + detectionsElement("30,25,50,45")),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    TileGraph.read(unwrap, Map.of("input", own.toString(), "output", dir.resolve("own-unw.dim").toString()), FILES);
    TileGraph.read(sbas, Map.of("input", own.toString(), "output", dir.resolve("own-sbas.dim").toString()), FILES);
  }

  /**
   * A DIMAP Detections element of one detection as DL-Detect writes it: box {@code bbox}, its
   * corners' lon/lat those of pixels 30,25 to 50,45 of the test stack's geocoding.
   */
  private static String detectionsElement(String bbox) throws IOException {
    Product stack = org.esa.snap.core.dataio.ProductIO.readProduct(STACK.toFile());
    StringBuilder corners = new StringBuilder();
    try {
      String[] names = {"first_near", "first_far", "last_far", "last_near"};
      int[][] xy = {{30, 25}, {50, 25}, {50, 45}, {30, 45}};
      for (int c = 0; c < 4; c++) {
        org.esa.snap.core.datamodel.GeoPos p = stack.getSceneGeoCoding().getGeoPos(
            new org.esa.snap.core.datamodel.PixelPos(xy[c][0], xy[c][1]), null);
        corners.append(String.format(java.util.Locale.ROOT, "<MDATTR name=\"%s_lat\" type=\"float64\">%.7f</MDATTR>"
            + "<MDATTR name=\"%s_lon\" type=\"float64\">%.7f</MDATTR>", names[c], p.getLat(), names[c], p.getLon()));
      }
    } finally {
      stack.dispose();
    }
    return "<MDElem name=\"Detections\"><MDATTR name=\"count\" type=\"int32\">1</MDATTR>"
        + "<MDElem name=\"detection.1\"><MDATTR name=\"id\" type=\"int32\">1</MDATTR>"
        + "<MDATTR name=\"class\" type=\"ascii\">landslide</MDATTR><MDATTR name=\"score\" type=\"float64\">0.9</MDATTR>"
        + "<MDATTR name=\"bbox_px\" type=\"ascii\">" + bbox + "</MDATTR>" + corners + "</MDElem></MDElem>";
  }

  /**
   * A copy of the test stack's headers declaring {@code width x height}, its band files sparse
   * (nothing is read of them); returns its header.
   */
  private static Path hugeStack(Path folder, int width, int height) throws IOException {
    Path data = STACK.resolveSibling("landslides-256.data");
    Path hugeData = folder.resolve("huge.data");
    try (java.util.stream.Stream<Path> files = Files.walk(data)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = hugeData.resolve(data.relativize(file).toString());
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else if (file.getParent().equals(data) && name.endsWith(".hdr")) {
          Files.writeString(copy, Files.readString(file).replace("samples = 256", "samples = " + width)
              .replace("lines = 256", "lines = " + height));
        } else if (file.getParent().equals(data) && name.endsWith(".img")) {
          try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(copy.toFile(), "rw")) {
            sparse.setLength((long) width * height * Files.size(file) / (256 * 256));
          }
        } else {
          Files.copy(file, copy);
        }
      }
    }
    String header = Files.readString(STACK, java.nio.charset.StandardCharsets.ISO_8859_1)
        .replace("<NCOLS>256</NCOLS>", "<NCOLS>" + width + "</NCOLS>")
        .replace("<NROWS>256</NROWS>", "<NROWS>" + height + "</NROWS>")
        .replace("<BAND_RASTER_WIDTH>256<", "<BAND_RASTER_WIDTH>" + width + "<")
        .replace("<BAND_RASTER_HEIGHT>256<", "<BAND_RASTER_HEIGHT>" + height + "<");
    return Files.writeString(folder.resolve("huge.dim"), header, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String refused(Path graph, Path output) {
    return assertThrows(IllegalArgumentException.class, () -> read(graph, output)).getMessage();
  }

  /** Copies a BEAM-DIMAP product into {@code folder}; returns its header there. */
  private static Path copyProduct(Path dim, Path folder) throws IOException {
    Path data = dim.resolveSibling(dim.getFileName().toString().replace(".dim", ".data"));
    try (java.util.stream.Stream<Path> files = Files.walk(data)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = folder.resolve(data.getFileName()).resolve(data.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    return Files.copy(dim, folder.resolve(dim.getFileName()));
  }

  /** {@code graph} with {@code from} replaced by {@code to}, as a file of this test. */
  private Path edited(Path graph, String from, String to) throws IOException {
    String text = Files.readString(graph);
    assertTrue(text.contains(from), from);
    return Files.writeString(dir.resolve("edited.xml"), text.replace(from, to));
  }

  private String refused(Path graph) {
    return assertThrows(IllegalArgumentException.class, () -> read(graph, dir.resolve("out.dim"))).getMessage();
  }

  /**
   * The frame's statistics are gathered on the stack one DL-Mask reads: a second that needs them
   * (here OTSU after OTSU) would read another, and is refused naming both nodes.
   */
  @Test
  void refusesASecondMaskThatNeedsTheFramesStatisticsNamingBoth() throws IOException {
    Path twoMasks = edited(GRAPH, "<sourceProduct refid=\"mask\"/>\n    </sources>\n  </node>",
        "<sourceProduct refid=\"again\"/>\n    </sources>\n  </node>\n"
            + "  <node id=\"again\"><operator>DL-Mask</operator><sources><sourceProduct refid=\"mask\"/></sources>"
            + "<parameters><method>OTSU</method></parameters></node>");

    String message = refused(twoMasks);

    assertTrue(message.contains("node 'again' (DL-Mask)") && message.contains("as node 'mask' does"), message);
  }

  /**
   * Bad parameters are refused before Spark starts, naming the node and the parameter as
   * bin/dlinsar does: a driver step's (DL-Detect runs after the tile stage) as a tiled step's.
   */
  @Test
  void refusesABadParameterOfAnyStepNamingTheNodeAndTheParameter() throws IOException {
    Path detect = ROOT.resolve("graphs/detect.xml");
    String minScore = refused(edited(detect, "<minScore>0.5</minScore>", "<minScore>7</minScore>"));
    assertTrue(minScore.contains("node 'detect' (DL-Detect)") && minScore.contains("'minScore' has value 7.0")
        && minScore.contains("[0,1]"), minScore);
    String notANumber = refused(edited(detect, "<minScore>0.5</minScore>", "<minScore>abc</minScore>"));
    assertTrue(notANumber.contains("'minScore' has value 'abc', expected a number"), notANumber);

    String window = refused(edited(GRAPH, "<sourceProduct refid=\"mask\"/>\n    </sources>",
        "<sourceProduct refid=\"mask\"/>\n    </sources><parameters><window>abc</window></parameters>"));
    assertTrue(window.contains("node 'gradient' (Phase-Gradient-Stack)") && window.contains("'window' has value 'abc'"),
        window);
    String negative = refused(edited(GRAPH, "<sourceProduct refid=\"mask\"/>\n    </sources>",
        "<sourceProduct refid=\"mask\"/>\n    </sources><parameters><window>-9</window></parameters>"));
    assertTrue(negative.contains("'window' has value -9, which is outside the interval [1,15]"), negative);

    String method = refused(edited(GRAPH, "<method>OTSU</method>", "<method>FOO</method>"));
    assertTrue(method.contains("node 'mask' (DL-Mask)") && method.contains("'FOO', which is not one of"), method);
    String unknown = refused(edited(GRAPH, "<method>OTSU</method>", "<methd>OTSU</methd>"));
    assertTrue(unknown.contains("node 'mask' (DL-Mask)") && unknown.contains("Unknown parameter 'methd'"), unknown);
    // OTSU runs on the tiles as THRESHOLD with the frame's thresholds: a user's would be replaced
    String thresholds = refused(edited(GRAPH, "<method>OTSU</method>",
        "<method>OTSU</method><coherenceThresholds>0.3,0.3</coherenceThresholds>"));
    assertTrue(thresholds.contains("node 'mask' (DL-Mask)")
        && thresholds.contains("'coherenceThresholds' applies to method THRESHOLD only; method is OTSU"), thresholds);
  }

  @Test
  void refusesAnUnknownOperatorADanglingSourceAndAnotherFormatAsSuch() throws IOException {
    String operator = refused(edited(GRAPH, "<operator>DL-Mask</operator>", "<operator>DL-Maskk</operator>"));
    assertTrue(operator.contains("node 'mask' (DL-Maskk)") && operator.contains("unknown operator 'DL-Maskk'"),
        operator);

    String source = refused(edited(GRAPH, "<sourceProduct refid=\"mask\"/>", "<sourceProduct refid=\"maskk\"/>"));
    assertTrue(source.contains("node 'gradient' (Phase-Gradient-Stack)")
        && source.contains("refers to unknown node 'maskk'"), source);

    String format = refused(edited(GRAPH, "<formatName>BEAM-DIMAP</formatName>", "<formatName>GeoTIFF</formatName>"));
    assertTrue(format.contains("node 'write' (Write)") && format.contains("no writer for format 'GeoTIFF'"), format);
  }

  /**
   * The product records DL-Mask as the graph gives it (method OTSU, no thresholds), as
   * bin/dlinsar's does, though its tiles mask at the frame's Otsu thresholds as THRESHOLD.
   */
  @Test
  void anArrayWrittenOneElementPerItemReachesItsOperator() throws IOException {
    // as CONTRACT.md section 7 takes it (bin/dlinsar warns that gpt does not); the items were
    // dropped, BandSelect then kept every band
    Path graph = edited(GRAPH, "<sourceBands>grad_az,grad_rg,grad_count,grad_stderr</sourceBands>",
        "<sourceBands><band>grad_az</band><band>grad_count</band></sourceBands>");
    TileGraph tiles = read(graph, dir.resolve("out.dim"));
    double[] frameThresholds = new double[19];
    java.util.Arrays.fill(frameThresholds, 0.25);
    try (TileGraph.Built built = tiles.build(null, frameThresholds, null);
        TileGraph.Built written = tiles.finish(built.target(), (step, before) -> null, dir.resolve("out.dim").toFile())) {
      assertEquals(java.util.List.of("grad_az", "grad_count"), java.util.List.of(written.target().getBandNames()));
    }
  }

  @Test
  void theProcessingGraphRecordsDlMaskAsTheGraphGivesIt() {
    TileGraph graph = read(GRAPH, dir.resolve("out.dim"));
    double[] frameThresholds = new double[19];
    java.util.Arrays.fill(frameThresholds, 0.25);

    try (TileGraph.Built built = graph.build(null, frameThresholds, null)) {
      org.esa.snap.core.datamodel.MetadataElement recorded = null;
      for (org.esa.snap.core.datamodel.MetadataElement node
          : built.target().getMetadataRoot().getElement("Processing_Graph").getElements()) {
        if ("DL-Mask".equals(node.getAttributeString("operator", null))) {
          recorded = node.getElement("parameters");
        }
      }
      assertTrue(recorded != null, "a DL-Mask node");
      assertEquals("OTSU", recorded.getAttributeString("method"));
      assertEquals(null, recorded.getAttribute("coherenceThresholds"));
    }
  }
}
