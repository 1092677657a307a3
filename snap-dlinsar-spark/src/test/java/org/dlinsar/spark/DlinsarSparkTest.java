package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.dlinsar.lite.cli.Launcher;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bin/dlinsar-spark against bin/dlinsar on the same stack and graph: the same bands to the bit,
 * whatever the tiles, with a task that fails once, and nothing written when a task keeps failing.
 */
@EnabledForJreRange(max = JRE.JAVA_23, disabledReason = SupportedJavaTest.HADOOP)
class DlinsarSparkTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path STACK = ROOT.resolve("test-products/landslides-256.dim");
  private static final Path GRAPH = ROOT.resolve("graphs/gradient-stack.xml");

  @TempDir
  static Path dir;
  private static Path single;

  /** The reference: the graph on the whole frame on one machine, as bin/dlinsar runs it. */
  @BeforeAll
  static void runOnOneMachine() {
    single = dir.resolve("single.dim");
    oneMachine(GRAPH, single);
  }

  private static void oneMachine(Path graph, Path output) {
    oneMachine(graph, STACK, output);
  }

  private static void oneMachine(Path graph, Path input, Path output) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
    int status = Launcher.run(new String[] {graph.toString(), "-Pinput=" + input, "-Poutput=" + output}, sink, sink);
    assertEquals(0, status, log.toString(StandardCharsets.UTF_8));
  }

  /** What a run printed, with its exit status. */
  private record Run(int status, String log) {}

  private static Run spark(Path output, TaskFault fault, String... extra) {
    return spark(GRAPH, output, fault, extra);
  }

  private static Run spark(Path graph, Path output, TaskFault fault, String... extra) {
    return spark(graph, STACK, output, fault, extra);
  }

  private static Run spark(Path graph, Path input, Path output, TaskFault fault, String... extra) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of(graph.toString(), "-Pinput=" + input, "-Poutput=" + output,
        "--master", "local[2,2]"));
    args.addAll(List.of(extra));
    int status = DlinsarSpark.run(args.toArray(new String[0]), sink, sink, fault);
    return new Run(status, log.toString(StandardCharsets.UTF_8));
  }

  /** The work folders beside {@code output}: {@code .<output>.tiles-<random>}, and earlier versions' {@code <output>.tiles}. */
  private static List<String> workFolders(Path output) throws IOException {
    String name = output.getFileName().toString();
    try (Stream<Path> files = Files.list(output.getParent())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("." + name + ".tiles-") || n.equals(name + ".tiles")).toList();
    }
  }

  /**
   * Writes {@code name} in the test folder: a detections GeoJSON with one feature per box
   * ({@code x0, y0, x1, y1}, ids from 1), no geometry, as DL-Unwrap and Local-SBAS read them.
   */
  private Path detectionsFile(String name, int[]... boxes) throws IOException {
    List<String> features = new ArrayList<>();
    for (int i = 0; i < boxes.length; i++) {
      features.add("{\"type\":\"Feature\",\"properties\":{\"id\":" + (i + 1) + ",\"bbox_px\":"
          + Arrays.toString(boxes[i]).replace(" ", "") + "}}");
    }
    return Files.writeString(dir.resolve(name),
        "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
  }

  /**
   * Writes graph {@code name} in the test folder: Read, a BandSelect of the interferograms, DL-Unwrap
   * CLASSICAL and Local-SBAS (margin 16) on {@code detections}, then the lines {@code rest}: the
   * end of Local-SBAS's parameters and the nodes after it.
   */
  private Path selectUnwrapSbas(String name, Path detections, String... rest) throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "<graph id=\"g\"><version>1.0</version>",
        "<node id=\"read\"><operator>Read</operator><sources/><parameters><file>${input}</file></parameters></node>",
        "<node id=\"select\"><operator>BandSelect</operator><sources><sourceProduct refid=\"read\"/></sources>",
        "<parameters><bandNamePattern>(i_ifg|q_ifg|coh)_.*</bandNamePattern></parameters></node>",
        "<node id=\"unwrap\"><operator>DL-Unwrap</operator><sources><sourceProduct refid=\"select\"/></sources>",
        "<parameters><method>CLASSICAL</method><margin>16</margin><detectionsFile>" + detections
            + "</detectionsFile></parameters></node>",
        "<node id=\"sbas\"><operator>Local-SBAS</operator><sources><sourceProduct refid=\"unwrap\"/></sources>",
        "<parameters><margin>16</margin><detectionsFile>" + detections + "</detectionsFile>"));
    lines.addAll(List.of(rest));
    return Files.writeString(dir.resolve(name), String.join("\n", lines));
  }

  /** Every band file of the product beside {@code dim}, by name. */
  private static List<Path> bandFiles(Path dim) throws IOException {
    Path data = dim.resolveSibling(dim.getFileName().toString().replace(".dim", ".data"));
    try (Stream<Path> files = Files.list(data)) {
      return files.filter(f -> f.toString().endsWith(".img")).sorted().toList();
    }
  }

  private static void assertSameBands(Path expected, Path actual) throws IOException {
    assertSameBands(expected, actual, List.of("grad_az.img", "grad_count.img", "grad_rg.img", "grad_stderr.img"));
  }

  private static void assertSameBands(Path expected, Path actual, List<String> names) throws IOException {
    List<Path> e = bandFiles(expected);
    List<Path> a = bandFiles(actual);
    assertEquals(e.stream().map(Path::getFileName).map(Path::toString).toList(),
        a.stream().map(Path::getFileName).map(Path::toString).toList(), "the same bands");
    assertEquals(names, e.stream().map(Path::getFileName).map(Path::toString).toList());
    for (int i = 0; i < e.size(); i++) {
      assertArrayEquals(Files.readAllBytes(e.get(i)), Files.readAllBytes(a.get(i)), a.get(i) + " differs");
    }
  }

  @Test
  void smallTilesGiveTheOneMachineBandsToTheBit() throws IOException {
    Path output = dir.resolve("tiles64.dim");

    Run run = spark(output, TaskFault.NONE, "--tile", "64");

    assertEquals(0, run.status(), run.log());
    assertTrue(run.log().contains("from 16 tiles of 64 px (halo 4)"), run.log());

    assertSameBands(single, output);
    assertEquals(List.of(), workFolders(output), "the work folder is removed");
  }

  @Test
  void aLastTileOfOnePixelGivesTheOneMachineBandsAtWindow1() throws IOException {
    // 256 = 3 x 85 + 1: the last column and row of tiles are one pixel across, at the frame's edge
    Path graph = Files.writeString(dir.resolve("gradient-stack-window1.xml"), Files.readString(GRAPH)
        .replace("<sourceProduct refid=\"mask\"/>\n    </sources>",
            "<sourceProduct refid=\"mask\"/>\n    </sources>\n    <parameters><window>1</window></parameters>"));
    assertTrue(Files.readString(graph).contains("<window>1</window>"));
    Path expected = dir.resolve("window1-single.dim");
    oneMachine(graph, expected);
    Path output = dir.resolve("window1-tiles85.dim");

    Run run = spark(graph, output, TaskFault.NONE, "--tile", "85");

    assertEquals(0, run.status(), run.log());
    assertSameBands(expected, output);
  }

  @Test
  void theLineSaysTheFileWrittenWhenTheOutputLacksItsExtension() {
    // gpt's Write, and so the driver, writes 'result.dim' for -Poutput=result: the line named 'result'
    Run run = spark(dir.resolve("result"), TaskFault.NONE);

    assertEquals(0, run.status(), run.log());
    assertTrue(run.log().contains("dlinsar-spark: wrote " + dir.resolve("result.dim") + " from "), run.log());
    assertTrue(Files.isRegularFile(dir.resolve("result.dim")), run.log());
  }

  @Test
  void aTaskFailingOnItsFirstAttemptIsRetriedAndChangesNothing() throws IOException {
    Path output = dir.resolve("retried.dim");
    TaskFault failOnce = (tile, attempt) -> {
      if (tile == 5 && attempt == 0) {
        throw new IllegalStateException("killed on purpose: tile 5, first attempt");
      }
    };

    Run run = spark(output, failOnce, "--tile", "100");

    assertEquals(0, run.status(), run.log());

    assertSameBands(single, output);
  }

  @Test
  void aTaskThatKeepsFailingLeavesNoProduct() {
    Path output = dir.resolve("failed.dim");
    TaskFault always = (tile, attempt) -> {
      if (tile == 2) {
        throw new IllegalStateException("tile 2 always fails");
      }
    };

    Run run = spark(output, always, "--tile", "128");

    assertEquals(1, run.status(), run.log());
    assertTrue(run.log().lines().anyMatch(l -> l.startsWith("dlinsar-spark: failed: ")
        && l.endsWith("tile 2 always fails")), run.log());

    assertFalse(Files.exists(output), "no header");
    assertFalse(Files.exists(dir.resolve("failed.data")), "no data folder");
  }

  /**
   * A task that runs out of Java heap in local mode ends the run as any failed task does: one
   * line saying which heap to raise, exit 1, no product. Spark's own handler would have ended the
   * JVM (status 52) with its stack traces, and the run's files would not have been put back.
   */
  @Test
  void aTaskOutOfMemoryInLocalModeEndsTheRunInOneLine() {
    Path output = dir.resolve("exhausted.dim");
    TaskFault exhausts = (tile, attempt) -> {
      if (tile == 2) {
        throw new OutOfMemoryError("Java heap space");
      }
    };

    Run run = spark(output, exhausts, "--tile", "128");

    assertEquals(1, run.status(), run.log());
    List<String> lines = run.log().lines().filter(l -> l.startsWith("dlinsar-spark: ")).toList();
    assertEquals(1, lines.size(), run.log());
    assertTrue(lines.get(0).startsWith("dlinsar-spark: failed: Job aborted due to stage failure: Task 2 in stage 0.0")
        && lines.get(0).contains(": out of memory in a task (") && lines.get(0).contains("JAVA_OPTS=-Xmx"), lines.get(0));
    assertFalse(Files.exists(output), "no header");
    assertFalse(Files.exists(dir.resolve("exhausted.data")), "no data folder");
  }

  /**
   * A task that fails for good with an exception whose message alone says nothing (none at all,
   * or the bare path of a missing file, as java.nio words it) ends the run with a line naming
   * what failed, as bin/dlinsar words it. Before, the line ended in ": null" or in the bare path.
   */
  @Test
  void aTaskFailingWithoutAClearMessageIsNamedInTheLine() {
    Map<String, TaskFault> faults = new TreeMap<>();
    faults.put("IllegalStateException", (tile, attempt) -> {
      if (tile == 2) {
        throw new IllegalStateException();
      }
    });
    faults.put("/shared/stack.data/coh_VV_01Jan2020_13Jan2020.img: no such file or folder", (tile, attempt) -> {
      if (tile == 2) {
        throw new UncheckedIOException(new NoSuchFileException("/shared/stack.data/coh_VV_01Jan2020_13Jan2020.img"));
      }
    });
    faults.forEach((expected, fault) -> {
      Run run = spark(dir.resolve("unclear.dim"), fault, "--tile", "128");

      assertEquals(1, run.status(), run.log());
      List<String> lines = run.log().lines().filter(l -> l.startsWith("dlinsar-spark: ")).toList();
      assertEquals(1, lines.size(), run.log());
      assertTrue(lines.get(0).startsWith("dlinsar-spark: failed: Job aborted due to stage failure: Task 2 in stage 0.0")
          && lines.get(0).endsWith(" failed 2 times: " + expected), lines.get(0));
    });
  }

  /** The thread of the task attempt that outlives its job in the test below. */
  private static volatile Thread lateAttempt;

  /**
   * A task attempt Spark no longer waits for (here one of a job that failed for good; a
   * speculative copy that lost is another) goes on after the run has ended: Spark marks it killed
   * but does not stop it. Its tile is not written and the work folder the driver removed stays
   * removed. Before, the attempt wrote its tile when its work was done, making
   * the work folder again beside the failed run's output, with tile 1 in it.
   */
  @Test
  void aTaskThatOutlivesItsFailedJobLeavesNoTileFolder() throws InterruptedException, IOException {
    Path output = dir.resolve("outlived.dim");
    String outputName = output.toString(); // the fault is serialised with the task: no Path in it
    lateAttempt = null;
    TaskFault fault = (tile, attempt) -> {
      // stage 0 gathers the frame's Otsu thresholds, before the work folder is made
      if (TaskContext.get().stageId() == 0) {
        return;
      }
      if (tile == 0) {
        throw new IllegalStateException("tile 0 always fails");
      }
      if (tile == 1 && attempt == 0) {
        // its work goes on until the driver has left the run
        lateAttempt = Thread.currentThread();
        long deadline = System.nanoTime() + 60_000_000_000L;
        try {
          while (!workFolders(Path.of(outputName)).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };

    Run run = spark(output, fault, "--tile", "128");

    assertEquals(1, run.status(), run.log());
    assertTrue(run.log().lines().anyMatch(l -> l.startsWith("dlinsar-spark: failed: ")
        && l.endsWith("tile 0 always fails")), run.log());
    Thread late = lateAttempt;
    assertNotNull(late, "tile 1 started before the job failed");
    // the stopped executor's threads end with their tasks
    late.join(60_000);
    assertFalse(late.isAlive(), "the late attempt ended");
    assertEquals(List.of(), workFolders(output), "no tile folder after the run");
    assertFalse(Files.exists(output), "no header");
  }

  /**
   * A stack whose coherence band holds 0..255, run as a user runs bin/dlinsar-spark (its own JVM,
   * its log4j configuration, four attempts per task): DL-Mask's refusal fails the run on the
   * first attempt, and standard error holds that one line, naming the band, beside Spark's
   * start-up warnings: no stack frames, no retries. It held 555 lines of frames before, each
   * tile tried four times.
   */
  @Test
  void coherenceOf0To255FailsOnTheFirstAttemptInOneLine() throws IOException, InterruptedException {
    Path stack = dir.resolve("coh255");
    copyProduct(STACK, stack);
    Path coherence = stack.resolve("landslides-256.data/coh_VV_04Jan2021_16Jan2021.img");
    ByteBuffer samples = ByteBuffer.wrap(Files.readAllBytes(coherence)); // ENVI, big-endian float32
    for (int at = 0; at < samples.capacity(); at += Float.BYTES) {
      samples.putFloat(at, samples.getFloat(at) * 255);
    }
    Files.write(coherence, samples.array());
    Path output = dir.resolve("coh255.dim");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djava.security.manager"))
        .forEach(command::add);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), DlinsarSpark.class.getName(),
        GRAPH.toString(), "-Pinput=" + stack.resolve(STACK.getFileName()), "-Poutput=" + output,
        "--master", "local[2,4]", "--tile", "64"));
    Path stderr = dir.resolve("coh255.err");
    Process run = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile()).start();

    assertEquals(1, run.waitFor());
    String log = Files.readString(stderr);
    List<String> named = log.lines().filter(l -> l.contains("'coh_VV_04Jan2021_16Jan2021'")).toList();
    assertEquals(1, named.size(), log);
    assertTrue(named.get(0).startsWith("dlinsar-spark: failed: coherence band 'coh_VV_04Jan2021_16Jan2021'")
        && named.get(0).contains("1/255"), log);
    assertTrue(log.lines().noneMatch(l -> l.matches("\\s+at .*|Caused by.*| *\\.\\.\\. \\d+ more")),
        "no stack frames:\n" + log);
    assertTrue(log.lines().noneMatch(l -> l.contains(" ERROR ") || l.contains("Lost task")), "no retries:\n" + log);
    assertFalse(Files.exists(output), "no product");
  }

  /**
   * graphs/detect.xml: mask and gradient stack by tiles, DL-Detect on the driver with its
   * landslide scan's strips computed by Spark tasks, by both methods: the same band files and
   * detections (CSV) as on one machine. The run is a restart after a crash: a stale work folder
   * and detections file are there, and nothing of them survives.
   */
  @ParameterizedTest
  @ValueSource(strings = {"CLASSICAL", "DL"})
  void detectionAfterTheTilesGivesTheOneMachineDetections(String method) throws IOException {
    Path graph = dir.resolve("detect-" + method + ".xml");
    Files.writeString(graph, Files.readString(ROOT.resolve("graphs/detect.xml"))
        .replace("<method>DL</method>", "<method>" + method + "</method>"));
    Path oneMachine = dir.resolve("detect_single_" + method + ".dim");
    oneMachine(graph, oneMachine);
    Path output = dir.resolve("detect_spark_" + method + ".dim");
    // a killed run's work folder, and one of the fixed name earlier versions gave it
    for (String stale : List.of(".detect_spark_" + method + ".dim.tiles-0123456789abcdef0123456789abcdef",
        "detect_spark_" + method + ".dim.tiles")) {
      Path staleTiles = Files.createDirectories(dir.resolve(stale + "/3/crashed-attempt"));
      Files.writeString(staleTiles.resolve("grad_az.raw"), "left by a crashed run");
    }
    Path csv = dir.resolve("detect_spark_" + method + ".detections.csv");
    Files.writeString(csv, "id,class\n1,landslide\n2,landslide\n");

    Run run = spark(graph, output, TaskFault.NONE, "--tile", "96");

    assertEquals(0, run.status(), run.log());
    assertTrue(run.log().contains("by tiles [DL-Mask, Phase-Gradient-Stack], on the driver [DL-Detect (its parts by tasks), BandSelect]"),
        run.log());
    // DL joins the network's strip with the classical scan's: both ran as tasks
    int strips = method.equals("DL") ? 2 : 1;
    assertTrue(run.log().contains(" and " + strips + " step parts "),
        "the scan's one strip (per method) ran as a task: " + run.log());
    assertSameBands(oneMachine, output,
        List.of("detection_id.img", "grad_az.img", "grad_count.img", "grad_rg.img", "grad_stderr.img"));
    String expected = Files.readString(dir.resolve("detect_single_" + method + ".detections.csv"));
    assertTrue(expected.lines().count() > 2, "the stack's landslides are detected:\n" + expected);
    assertEquals(expected, Files.readString(csv));
    assertEquals(List.of(), workFolders(output), "the work folders are removed");
  }

  /**
   * graphs/detect-subsidence.xml on the mining stack, by both methods: the gradient stack's scan
   * strip (and, DL, each interferogram's bowl probability) computed by tasks give the one
   * machine's bowls, dated in the interferograms around each bowl.
   */
  @ParameterizedTest
  @ValueSource(strings = {"CLASSICAL", "DL"})
  void subsidenceByTasksGivesTheOneMachineBowls(String method) throws IOException {
    Path mining = ROOT.resolve("test-products/mining-256x192.dim");
    Path graph = dir.resolve("bowls-" + method + ".xml");
    Files.writeString(graph, Files.readString(ROOT.resolve("graphs/detect-subsidence.xml"))
        .replace("<method>DL</method>", "<method>" + method + "</method>"));
    Path oneMachine = dir.resolve("bowls_single_" + method + ".dim");
    oneMachine(graph, mining, oneMachine);
    Path output = dir.resolve("bowls_spark_" + method + ".dim");

    Run run = spark(graph, mining, output, TaskFault.NONE, "--tile", "128");

    assertEquals(0, run.status(), run.log());
    long interferograms;
    try (Stream<Path> bands = Files.list(mining.resolveSibling("mining-256x192.data"))) {
      interferograms = bands.map(b -> b.getFileName().toString())
          .filter(n -> n.startsWith("i_ifg_") && n.endsWith(".img")).count();
    }
    // DL: DDNet's part per interferogram; then the gradient stack's scan, one strip on this
    // frame (the bowls are dated where they are, not by a task per interferogram)
    long perInterferogram = method.equals("DL") ? 1 : 0;
    assertTrue(run.log().contains(" and " + (perInterferogram * interferograms + 1)
        + " step parts "), "one task part per interferogram for DDNet, one per strip: "
        + run.log());
    String expected = Files.readString(dir.resolve("bowls_single_" + method + ".detections.csv"));
    assertTrue(expected.lines().count() > 2, "the stack's bowls are detected:\n" + expected);
    assertEquals(expected, Files.readString(dir.resolve("bowls_spark_" + method + ".detections.csv")));
    assertSameBands(oneMachine, output, List.of("detection_id.img"));
  }

  /**
   * The detection-first chain (graphs/detection-first.xml with DL-Mask OTSU, which runs by
   * tiles): the detection scan's strip and each Local-SBAS patch computed by tasks, unwrapping on
   * demand in them, give the one machine's velocities, time series and every band file, with
   * tasks of every stage killed on their first attempt. The product records bin/dlinsar's
   * Processing_Graph (the same nodes, ids, sources and parameters; DL-Mask as the graph gives
   * it, not as its tiles ran) and, in DL_InSAR_Spark, how Spark ran it: Read and Write were
   * missing, the driver's steps had other ids and source keys, DL-Detect's source was a product
   * name no node carries, and nothing said Spark ran it.
   */
  @Test
  void theDetectionFirstChainGivesTheOneMachineVelocitiesAndTimeSeries() throws IOException {
    Path graph = chainGraph();
    Path oneMachine = chainOnOneMachine();
    Path output = dir.resolve("chain_spark.dim");

    TaskFault failOnce = (index, attempt) -> {
      if (index == 1 && attempt == 0) {
        throw new IllegalStateException("killed on purpose: tile, patch or strip 1, first attempt");
      }
    };

    Run run = spark(graph, output, failOnce, "--tile", "96");

    assertEquals(0, run.status(), run.log());
    List<String> bands = bandFiles(oneMachine).stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(bands.contains("velocity.img") && bands.contains("detection_id.img"), bands.toString());
    assertSameBands(oneMachine, output, bands);
    String series = Files.readString(dir.resolve("chain_single.timeseries.csv"));
    assertTrue(series.lines().count() > 10, series);
    assertEquals(series, Files.readString(dir.resolve("chain_spark.timeseries.csv")));
    String detections = Files.readString(dir.resolve("chain_single.detections.csv"));
    assertEquals(detections, Files.readString(dir.resolve("chain_spark.detections.csv")));
    long patches = detections.lines().count() - 1;
    assertTrue(run.log().contains(" and " + (2 + patches) + " step parts "),
        "the scan's strips (network and classical) and one Local-SBAS patch per detection ran as"
            + " tasks: " + run.log());

    List<String> expected = processingGraph(oneMachine);
    assertEquals(List.of("read", "mask", "gradient", "detect", "unwrap", "sbas", "select", "write"),
        expected.stream().filter(l -> l.startsWith("id=") && !l.contains("Simulate")).map(l -> l.substring(3))
            .toList());
    assertEquals(expected, processingGraph(output));
    // counted from the patches' own patterns: the driver's cache, which no patch used, read 0
    int patterns = networkPatterns(oneMachine);
    assertTrue(patterns > 10, patterns + " network patterns");
    assertEquals(patterns, networkPatterns(output));
    Product product = ProductIO.readProduct(output.toFile());
    try {
      MetadataElement spark = product.getMetadataRoot().getElement("DL_InSAR_Spark");
      assertEquals("local[2,2]", spark.getAttributeString("master"));
      assertEquals(96, spark.getAttributeInt("tile_size"));
      assertEquals(4, spark.getAttributeInt("halo"));
      assertEquals(9, spark.getAttributeInt("tiles"));
      assertEquals("mask,gradient", spark.getAttributeString("nodes_by_tiles"));
      assertEquals("detect,unwrap,sbas,select", spark.getAttributeString("nodes_on_driver"));
      assertEquals(2 + patches, spark.getAttributeInt("step_parts"));
      assertTrue(spark.getAttributeString("software").startsWith("dlinsar-spark 0."), spark.getAttributeString("software"));
      MetadataElement statistics = spark.getElement("frame_statistics");
      assertEquals("mask", statistics.getAttributeString("node"));
      assertEquals(19, statistics.getAttributeString("otsu_thresholds").split(",").length);
    } finally {
      product.dispose();
    }
  }

  /** The Local_SBAS element's network_patterns of the product {@code dim}. */
  private static int networkPatterns(Path dim) throws IOException {
    Product product = ProductIO.readProduct(dim.toFile());
    try {
      return product.getMetadataRoot().getElement("Local_SBAS").getAttributeInt("network_patterns");
    } finally {
      product.dispose();
    }
  }

  /**
   * The product's Processing_Graph, one line per node attribute, source and parameter, without
   * what differs between two runs of a graph: processing times and the product's own name.
   */
  private static List<String> processingGraph(Path dim) throws IOException {
    Product product = ProductIO.readProduct(dim.toFile());
    try {
      List<String> lines = new ArrayList<>();
      for (MetadataElement node : product.getMetadataRoot().getElement("Processing_Graph").getElements()) {
        lines.add(node.getName());
        for (MetadataElement part : List.of(node, node.getElement("sources"), node.getElement("parameters"))) {
          for (org.esa.snap.core.datamodel.MetadataAttribute a : part.getAttributes()) {
            if (!a.getName().equals("processingTime")) {
              String value = a.getData().getElemString().replace(dim.toString(), "<output>");
              lines.add((part == node ? "" : part.getName() + ".") + a.getName() + "=" + value);
            }
          }
        }
      }
      return lines;
    } finally {
      product.dispose();
    }
  }

  /** graphs/detection-first.xml with DL-Mask (its first node with a method) OTSU, which runs by tiles. */
  private static Path chainGraph() throws IOException {
    Path graph = dir.resolve("chain-otsu.xml");
    if (!Files.exists(graph)) {
      Files.writeString(graph, Files.readString(ROOT.resolve("graphs/detection-first.xml"))
          .replaceFirst("<method>DL</method>", "<method>OTSU</method>"));
    }
    return graph;
  }

  /** {@link #chainGraph()} run by bin/dlinsar, once for the tests that compare with it. */
  private static synchronized Path chainOnOneMachine() throws IOException {
    Path oneMachine = dir.resolve("chain_single.dim");
    if (!Files.exists(oneMachine)) {
      oneMachine(chainGraph(), oneMachine);
    }
    return oneMachine;
  }

  /**
   * graphs/detection-first.xml (DL-Mask DL by tiles, with the frame's amplitude references) with a
   * gradient window of 3, whose halo (66 px with the mask network's 64) would start the tiles'
   * reads off the network's stride: read regions aligned to it give the one machine's masks, so
   * the same band files (masks included), detections (scores too) and time series to the byte.
   */
  @Test
  void theChainWithItsMaskNetworkGivesTheOneMachineDetectionsAndVelocities() throws IOException {
    Path graph = dir.resolve("detection-first-window3.xml");
    String shipped = Files.readString(ROOT.resolve("graphs/detection-first.xml"));
    Files.writeString(graph, shipped.replace("<window>7</window>", "<window>3</window>"));
    assertTrue(Files.readString(graph).contains("<window>3</window>"), "the window is set");
    Path oneMachine = dir.resolve("dl_single.dim");
    oneMachine(graph, oneMachine);
    Path output = dir.resolve("dl_spark.dim");

    Run run = spark(graph, output, TaskFault.NONE, "--tile", "128");

    assertEquals(0, run.status(), run.log());
    assertTrue(run.log().contains("(halo 66)"), run.log());
    assertFalse(boxes(dir.resolve("dl_single.detections.csv")).isEmpty());
    assertEquals(Files.readAllLines(dir.resolve("dl_single.detections.csv")),
        Files.readAllLines(dir.resolve("dl_spark.detections.csv")));
    assertEquals(Files.readAllLines(dir.resolve("dl_single.timeseries.csv")),
        Files.readAllLines(dir.resolve("dl_spark.timeseries.csv")));
    // the masks too, and with them every band the chain writes
    List<String> bands = bandFiles(oneMachine).stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(bands.stream().anyMatch(b -> b.startsWith("mask_ifg_")) && bands.contains("velocity.img"),
        bands.toString());
    assertSameBands(oneMachine, output, bands);
  }

  /**
   * graphs/mask.xml (DL-Mask DL) with the user's amplitude references, one left NaN (computed over
   * its band): the tiles' DL-Mask gets the user's, only the NaN one from the frame's statistics,
   * so the masks are bin/dlinsar's (one tile: the network's inference tiles are the frame's). A
   * list of the wrong length is refused as bin/dlinsar refuses it, and nothing is written.
   */
  @Test
  void amplitudeReferencesTheGraphGivesReachTheTilesAndAWrongCountIsRefused() throws IOException {
    List<String> references = new ArrayList<>(java.util.Collections.nCopies(19, "1.5"));
    references.set(3, "NaN");
    Path graph = maskGraph("mask-refs.xml", String.join(",", references));
    Path oneMachine = dir.resolve("refs_single.dim");
    oneMachine(graph, oneMachine);
    Path output = dir.resolve("refs_spark.dim");

    Run run = spark(graph, output, TaskFault.NONE, "--tile", "256");

    assertEquals(0, run.status(), run.log());
    List<String> bands = bandFiles(oneMachine).stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(19, bands.size(), bands.toString());
    assertSameBands(oneMachine, output, bands);

    Path wrongCount = dir.resolve("refs_short.dim");
    Run refused = spark(maskGraph("mask-refs-short.xml", String.join(",", references.subList(0, 18))), wrongCount,
        TaskFault.NONE, "--tile", "256");
    assertTrue(refused.status() != 0 && refused.log().contains("'amplitudeReferences' holds 18 values"),
        refused.log());
    assertFalse(Files.exists(wrongCount), "no product");
  }

  /**
   * A BandSelect that keeps 12 of the 19 interferograms before DL-Mask, then a gradient stack:
   * the frame's statistics (OTSU's thresholds, DL's amplitude references) are taken on the 12
   * the mask reads, so Spark writes bin/dlinsar's bands to the byte (DL on one tile: the
   * network's inference tiles are the frame's). They were taken on the input's 19 before, and
   * DL-Mask refused them: "'coherenceThresholds' holds 19 values; expected ... 12".
   */
  @ParameterizedTest
  @ValueSource(strings = {"OTSU", "DL"})
  void aBandSelectBeforeTheMaskGivesItTheStatisticsOfTheInterferogramsItKeeps(String method) throws IOException {
    Path graph = dir.resolve("select-" + method + ".xml");
    Files.writeString(graph, String.join("\n",
        "<graph id=\"g\"><version>1.0</version>",
        "<node id=\"read\"><operator>Read</operator><sources/><parameters><file>${input}</file></parameters></node>",
        "<node id=\"select\"><operator>BandSelect</operator><sources><sourceProduct refid=\"read\"/></sources>",
        "<parameters><bandNamePattern>(i_ifg|q_ifg|coh)_VV_(04Jan|05Mar|09Feb|10Apr|16Jan|17Mar)2021_.*"
            + "</bandNamePattern></parameters></node>",
        "<node id=\"mask\"><operator>DL-Mask</operator><sources><sourceProduct refid=\"select\"/></sources>",
        "<parameters><method>" + method + "</method></parameters></node>",
        "<node id=\"gradient\"><operator>Phase-Gradient-Stack</operator><sources><sourceProduct refid=\"mask\"/>",
        "</sources><parameters><window>3</window></parameters></node>",
        "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"gradient\"/></sources>",
        "<parameters><file>${output}</file></parameters></node></graph>"));
    Path oneMachine = dir.resolve("select_single_" + method + ".dim");
    oneMachine(graph, oneMachine);
    Path output = dir.resolve("select_spark_" + method + ".dim");

    Run run = spark(graph, output, TaskFault.NONE, "--tile", method.equals("DL") ? "256" : "96");

    assertEquals(0, run.status(), run.log());
    List<String> bands = bandFiles(oneMachine).stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(12, bands.stream().filter(b -> b.startsWith("mask_ifg_")).count(), bands.toString());
    assertSameBands(oneMachine, output, bands);
  }

  /** graphs/mask.xml with DL-Mask's {@code amplitudeReferences} set to {@code references}. */
  private static Path maskGraph(String name, String references) throws IOException {
    Path graph = dir.resolve(name);
    Files.writeString(graph, Files.readString(ROOT.resolve("graphs/mask.xml")).replaceFirst("<method>DL</method>",
        "<method>DL</method><amplitudeReferences>" + references + "</amplitudeReferences>"));
    return graph;
  }

  /** Each detection's id and box (x0, y0, x1, y1) from a detections CSV. */
  private static List<String> boxes(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().skip(1).map(line -> {
      String[] f = line.split(",");
      return f[0] + ":" + f[3] + "," + f[4] + "," + f[5] + "," + f[6];
    }).toList();
  }

  /** Each detection's velocity (mm/year) from a time-series CSV. */
  private static Map<String, Double> velocities(Path csv) throws IOException {
    Map<String, Double> velocities = new TreeMap<>();
    for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
      String[] f = line.split(",");
      velocities.put(f[0], Double.parseDouble(f[3]));
    }
    return velocities;
  }

  /**
   * Local-SBAS's patches handed to Spark, each task holding one: a patch of the whole frame
   * (margin 512: 256 x 256 pixels of 19 interferograms and 11 dates, 14 MiB) in local[1000], whose
   * 1000 tasks at once no test heap's quarter holds, is refused before any of its tasks runs, in
   * one line naming the patch, the driver's heap (local mode's executor) and what to give; no
   * product, tile folder or time series. Before, the driver handed the patches out unchecked.
   */
  @Test
  void patchesAnExecutorsTasksCannotHoldAreRefusedBeforeAnyIsHandedOut() throws IOException {
    Path detections = detectionsFile("large.detections.geojson", new int[] {100, 100, 140, 140});
    Path graph = dir.resolve("sbas-large.xml");
    Files.writeString(graph, String.join("\n",
        "<graph id=\"g\"><version>1.0</version>",
        "<node id=\"read\"><operator>Read</operator><sources/><parameters><file>${input}</file></parameters></node>",
        "<node id=\"gradient\"><operator>Phase-Gradient-Stack</operator><sources><sourceProduct refid=\"read\"/>",
        "</sources><parameters><window>3</window></parameters></node>",
        "<node id=\"sbas\"><operator>Local-SBAS</operator><sources><sourceProduct refid=\"gradient\"/></sources>",
        "<parameters><margin>512</margin><detectionsFile>" + detections + "</detectionsFile>",
        "<timeSeriesFile>${output}</timeSeriesFile></parameters></node>",
        "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"sbas\"/></sources>",
        "<parameters><file>${output}</file></parameters></node></graph>"));
    Path output = dir.resolve("sbas-large.dim");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);

    int status = DlinsarSpark.run(new String[] {graph.toString(), "-Pinput=" + STACK, "-Poutput=" + output,
        "--master", "local[1000]"}, sink, sink);

    String message = log.toString(StandardCharsets.UTF_8);
    assertEquals(1, status, message);
    List<String> refused = message.lines().filter(l -> l.startsWith("dlinsar-spark: failed: ")).toList();
    assertEquals(1, refused.size(), message);
    assertTrue(refused.get(0).matches("dlinsar-spark: failed: Local-SBAS scope=PATCHES: the patch of detection 1"
        + " \\(256 x 256 pixels, its box and a margin of 512\\) holds 14 MiB while it is solved \\(19"
        + " interferograms, 11 dates\\); the driver, local mode's executor \\(a task each\\), solves 1000 at once,"
        + " of which a quarter of its [0-9.]+ [GM]iB Java heap holds [0-9]+; give the driver at least -Xmx65g"
        + " \\(bin/dlinsar-spark: JAVA_OPTS=-Xmx65g; spark-submit: --driver-memory 65g\\), or at most [0-9]+"
        + " tasks at once per executor \\(--master local\\[[0-9]+\\], or spark.task.cpus=[0-9]+\\)"), refused.get(0));
    assertFalse(Files.exists(output), "no product");
    assertFalse(Files.exists(dir.resolve("sbas-large.data")), "no data folder");
    assertEquals(List.of(), workFolders(output), "no tile folder");
    assertFalse(Files.exists(dir.resolve("sbas-large.timeseries.csv")), "no time series");
  }

  /**
   * Read -> BandSelect -> Local-SBAS (its detections from a file) -> Write: the one tiled step
   * computes no band of its own, it only selects the input's. The tile stage is skipped (there is
   * nothing to write by tiles; the record says 0 tiles) and the product, the time series included,
   * is bin/dlinsar's.
   * Before, every tile task wrote no file and failed renaming its attempt's folder: "File
   * .../0.0.tmp does not exist".
   */
  @Test
  void aTileStageThatComputesNoBandIsSkippedAndGivesTheOneMachineProduct() throws IOException {
    Path detections = detectionsFile("select-sbas.detections.geojson", new int[] {100, 100, 140, 140});
    Path graph = dir.resolve("select-sbas.xml");
    Files.writeString(graph, String.join("\n",
        "<graph id=\"g\"><version>1.0</version>",
        "<node id=\"read\"><operator>Read</operator><sources/><parameters><file>${input}</file></parameters></node>",
        "<node id=\"select\"><operator>BandSelect</operator><sources><sourceProduct refid=\"read\"/></sources>",
        "<parameters><bandNamePattern>(i_ifg|q_ifg|coh)_.*</bandNamePattern></parameters></node>",
        "<node id=\"sbas\"><operator>Local-SBAS</operator><sources><sourceProduct refid=\"select\"/></sources>",
        "<parameters><margin>16</margin><detectionsFile>" + detections + "</detectionsFile>",
        "<timeSeriesFile>${output}</timeSeriesFile></parameters></node>",
        "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"sbas\"/></sources>",
        "<parameters><file>${output}</file></parameters></node></graph>"));
    Path oneMachine = dir.resolve("select_sbas_single.dim");
    oneMachine(graph, oneMachine);
    Path output = dir.resolve("select_sbas_spark.dim");

    Run run = spark(graph, output, TaskFault.NONE, "--tile", "96");

    assertEquals(0, run.status(), run.log());
    assertTrue(run.log().contains("from 0 tiles of 96 px") && run.log().contains(" and 1 step parts "), run.log());
    List<String> bands = bandFiles(oneMachine).stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(bands.contains("velocity.img") && bands.contains("i_ifg_VV_04Jan2021_16Jan2021.img")
        && !bands.contains("elevation.img"), bands.toString());
    assertSameBands(oneMachine, output, bands);
    String series = Files.readString(dir.resolve("select_sbas_single.timeseries.csv"));
    assertTrue(series.lines().count() > 2, series);
    assertEquals(series, Files.readString(dir.resolve("select_sbas_spark.timeseries.csv")));
    assertEquals(List.of(), workFolders(output), "no work folder left");
    Product product = ProductIO.readProduct(output.toFile());
    try {
      MetadataElement spark = product.getMetadataRoot().getElement("DL_InSAR_Spark");
      assertEquals(0, spark.getAttributeInt("tiles"));
      assertEquals("select", spark.getAttributeString("nodes_by_tiles"));
      assertEquals("sbas", spark.getAttributeString("nodes_on_driver"));
    } finally {
      product.dispose();
    }
  }

  /**
   * Read -> BandSelect -> DL-Unwrap -> Local-SBAS -> Write, both given detections of which one
   * reaches over the frame's edge: DL-Unwrap's and Local-SBAS's lines (the clipped box, the
   * patches) are bin/dlinsar's, each said once. Before, every Local-SBAS task rebuilt DL-Unwrap
   * and said its lines again: three "reaches over the edge" lines of DL-Unwrap for one.
   */
  @Test
  void theDriverStepsRebuiltInTasksRepeatNoneOfTheirLines() throws IOException {
    Path detections = detectionsFile("edge.detections.geojson", new int[] {40, 40, 70, 70},
        new int[] {230, 150, 270, 180});
    Path graph = selectUnwrapSbas("select-unwrap-sbas.xml", detections,
        "<timeSeriesFile>${output}</timeSeriesFile></parameters></node>",
        "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"sbas\"/></sources>",
        "<parameters><file>${output}</file></parameters></node></graph>");
    Path oneMachine = dir.resolve("edge_single.dim");
    Path output = dir.resolve("edge_spark.dim");

    List<String> expected = logged(() -> oneMachine(graph, oneMachine));
    Run[] run = new Run[1];
    List<String> lines = logged(() -> run[0] = spark(graph, output, TaskFault.NONE, "--tile", "128"));

    assertEquals(0, run[0].status(), run[0].log());
    assertTrue(run[0].log().contains(" and 2 step parts "), run[0].log());
    assertEquals(2, expected.stream().filter(l -> l.contains("reaches over the edge")).count(), expected.toString());
    assertEquals(1, expected.stream().filter(l -> l.startsWith("DL-Unwrap: 2 detection(s) from")).count(),
        expected.toString());
    assertEquals(expected, lines);
    assertEquals(Files.readString(dir.resolve("edge_single.timeseries.csv")),
        Files.readString(dir.resolve("edge_spark.timeseries.csv")));
  }

  /**
   * The tiled steps' warnings are bin/dlinsar's, each said once for the frame: a stack of 1985
   * (dates outside 1991-2100) whose one interferogram has no data and another data only in a
   * corner, on 4 tiles. Before, every tile task (and every task that rebuilt the frame) said
   * Phase-Gradient-Stack's dates line again, and each tile said DL-Mask's and
   * Phase-Gradient-Stack's no-data lines of its own pixels: the corner's interferogram named
   * "without data" three times, wrongly for the frame, the empty one four times.
   */
  @Test
  void theTiledStepsSayTheirWarningsOnceForTheFrameAsOnOneMachine() throws IOException {
    Path stack = dir.resolve("era/stack.dim");
    ByteArrayOutputStream simulated = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(simulated, true, StandardCharsets.UTF_8);
    assertEquals(0, Launcher.run(new String[] {"simulate", "--width", "128", "--height", "128", "--dates", "5",
        "--start-date", "1985-01-01", "-o", stack.toString()}, sink, sink), simulated.toString(StandardCharsets.UTF_8));
    Path data = dir.resolve("era/stack.data");
    List<String> pairs;
    try (Stream<Path> files = Files.list(data)) {
      pairs = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("i_ifg_") && n.endsWith(".img"))
          .map(n -> n.substring("i_ifg_".length(), n.length() - ".img".length())).sorted().toList();
    }
    String empty = pairs.get(0);
    String corner = pairs.get(1);
    for (String part : List.of("i_ifg_", "q_ifg_")) {
      Path file = data.resolve(part + empty + ".img");
      Files.write(file, new byte[(int) Files.size(file)]);
      // data only where x and y are under 40: in the first of the 4 tiles of 64 px
      file = data.resolve(part + corner + ".img");
      ByteBuffer samples = ByteBuffer.wrap(Files.readAllBytes(file));
      for (int y = 0; y < 128; y++) {
        for (int x = 0; x < 128; x++) {
          if (x >= 40 || y >= 40) {
            samples.putFloat((y * 128 + x) * Float.BYTES, 0f);
          }
        }
      }
      Files.write(file, samples.array());
    }

    List<String> expected = warned(() -> oneMachine(GRAPH, stack, dir.resolve("era_single.dim")));
    Run[] run = new Run[1];
    List<String> lines = warned(() -> run[0] = spark(GRAPH, stack, dir.resolve("era_spark.dim"), TaskFault.NONE,
        "--tile", "64"));

    assertEquals(0, run[0].status(), run[0].log());
    assertTrue(run[0].log().contains("from 4 tiles of 64 px"), run[0].log());
    assertEquals(1, expected.stream().filter(l -> l.startsWith("Phase-Gradient-Stack: product 'stack_mask': acquisition dates")).count(),
        expected.toString());
    // each names the product it reads: the stack, then DL-Mask's
    for (String operator : List.of("DL-Mask: product 'stack'", "Phase-Gradient-Stack: product 'stack_mask'")) {
      List<String> noData = expected.stream().filter(l -> l.startsWith(operator + ": 1 of ")).toList();
      assertEquals(1, noData.size(), expected.toString());
      assertTrue(noData.get(0).contains("i_ifg_" + empty) && !noData.get(0).contains(corner), noData.get(0));
    }
    assertEquals(expected, lines);
  }

  /**
   * DL-Unwrap's no-data line is bin/dlinsar's, said once, by the driver: a stack whose two
   * interferograms have no data, unwrapped around two detections only as Local-SBAS's tasks read
   * them (the product keeps no Unw_Phase_ifg_ band, so the driver's DL-Unwrap computes no pixel).
   * Before, the tasks rebuilt DL-Unwrap with its lines dropped and dlinsar-spark said nothing.
   */
  @Test
  void dlUnwrapSaysItsNoDataLineOnceForTheFrameAsOnOneMachine() throws IOException {
    Path stack = dir.resolve("empty/stack.dim");
    ByteArrayOutputStream simulated = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(simulated, true, StandardCharsets.UTF_8);
    assertEquals(0, Launcher.run(new String[] {"simulate", "--width", "128", "--height", "128", "--dates", "5",
        "-o", stack.toString()}, sink, sink), simulated.toString(StandardCharsets.UTF_8));
    Path data = dir.resolve("empty/stack.data");
    List<String> pairs;
    try (Stream<Path> files = Files.list(data)) {
      pairs = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("i_ifg_") && n.endsWith(".img"))
          .map(n -> n.substring("i_ifg_".length(), n.length() - ".img".length())).sorted().toList();
    }
    for (String pair : pairs.subList(0, 2)) {
      for (String part : List.of("i_ifg_", "q_ifg_")) {
        Path file = data.resolve(part + pair + ".img");
        Files.write(file, new byte[(int) Files.size(file)]);
      }
    }
    Path detections = detectionsFile("empty.detections.geojson", new int[] {20, 20, 40, 40},
        new int[] {85, 80, 105, 100});
    Path graph = selectUnwrapSbas("unwrap-sbas-no-unw.xml", detections,
        "</parameters></node>",
        "<node id=\"keep\"><operator>BandSelect</operator><sources><sourceProduct refid=\"sbas\"/></sources>",
        "<parameters><bandNamePattern>velocity</bandNamePattern></parameters></node>",
        "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"keep\"/></sources>",
        "<parameters><file>${output}</file></parameters></node></graph>");

    List<String> expected = warned(() -> oneMachine(graph, stack, dir.resolve("empty_single.dim")));
    Run[] run = new Run[1];
    List<String> lines = warned(() -> run[0] = spark(graph, stack, dir.resolve("empty_spark.dim"), TaskFault.NONE,
        "--tile", "64"));

    assertEquals(0, run[0].status(), run[0].log());
    assertTrue(run[0].log().contains(" and 2 step parts "), run[0].log());
    List<String> noData = expected.stream().filter(l -> l.startsWith("DL-Unwrap: product 'stack_subset': 2 of ")).toList();
    assertEquals(1, noData.size(), expected.toString());
    assertTrue(noData.get(0).contains("i_ifg_" + pairs.get(0)) && noData.get(0).contains("i_ifg_" + pairs.get(1)),
        noData.get(0));
    assertEquals(expected, lines);
  }

  /** The WARNING lines of the operators that watch for no data, and Local-SBAS's, while {@code work} runs, sorted. */
  private static List<String> warned(Runnable work) {
    return logged(work, (level, message) -> level.intValue() >= java.util.logging.Level.WARNING.intValue()
        && (message.startsWith("DL-Mask") || message.startsWith("Phase-Gradient-Stack")
            || message.startsWith("DL-Unwrap") || message.startsWith("Local-SBAS")));
  }

  /** DL-Unwrap's and Local-SBAS's log lines while {@code work} runs, sorted. */
  private static List<String> logged(Runnable work) {
    return logged(work, (level, message) -> (message.startsWith("DL-Unwrap") || message.startsWith("Local-SBAS"))
        && !message.startsWith("Local-SBAS: wrote "));
  }

  /** The operators' log lines {@code kept} while {@code work} runs, sorted. */
  private static List<String> logged(Runnable work,
      java.util.function.BiPredicate<java.util.logging.Level, String> kept) {
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler handler = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        String message = record.getMessage();
        if (message != null && kept.test(record.getLevel(), message)) {
          lines.add(message);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    // the operators' logger: Spark replaces the root logger's handlers as it starts
    java.util.logging.Logger operators = java.util.logging.Logger.getLogger("org.esa.snap.core.gpf");
    operators.addHandler(handler);
    try {
      work.run();
    } finally {
      operators.removeHandler(handler);
    }
    return lines.stream().sorted().toList();
  }

  @Test
  void refusesAGraphWhoseFirstStepCannotRunByTilesNamingIt() throws IOException {
    Path graph = dir.resolve("detect-only.xml");
    Files.writeString(graph, String.join("\n",
        "<graph id=\"g\"><version>1.0</version>",
        "<node id=\"read\"><operator>Read</operator><sources/><parameters><file>${input}</file></parameters></node>",
        "<node id=\"detect\"><operator>DL-Detect</operator><sources><sourceProduct refid=\"read\"/></sources></node>",
        "<node id=\"write\"><operator>Write</operator><sources><sourceProduct refid=\"detect\"/></sources>",
        "<parameters><file>${output}</file></parameters></node></graph>"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);

    int status = DlinsarSpark.run(new String[] {graph.toString(), "-Pinput=" + STACK,
        "-Poutput=" + dir.resolve("detect-only.dim")}, sink, sink);

    String message = log.toString(StandardCharsets.UTF_8);
    assertEquals(2, status, message);
    assertTrue(message.contains("starts with DL-Detect") && message.contains("bin/dlinsar"), message);
    assertEquals(1, message.lines().count(), message);
  }

  @Test
  void takesFileUrisAndRefusesASchemeWithoutConnectorSayingWhatToAdd() {
    ClusterFiles files = ClusterFiles.of(new SparkConf(false));
    TileGraph graph = TileGraph.read(GRAPH, Map.of("input", STACK.toUri().toString(),
        "output", dir.resolve("uri.dim").toUri().toString()), files);
    assertEquals(dir.resolve("uri.dim").toUri().toString(), graph.output());
    assertEquals(STACK.toAbsolutePath().normalize().toFile(),
        ClusterFiles.localFile(STACK.toUri().toString()).getAbsoluteFile());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TileGraph.read(GRAPH,
        Map.of("input", "s3a://bucket/stacks/stack.dim", "output", dir.resolve("s3.dim").toString()), files));
    assertTrue(e.getMessage().contains("s3a://bucket/stacks/stack.dim") && e.getMessage().contains("hadoop-aws"),
        e.getMessage());
  }

  /**
   * The detection-first chain with its stack and its outputs on another file system than this
   * machine's (a Hadoop file system of its own scheme, whose paths are not local paths): the
   * tasks read the stack's band files where they are, the tiles and the product go there too, and
   * every band file, the detections and the time series equal those of one machine on local files.
   */
  @Test
  void readsAndWritesOnAnotherFileSystemWithTheSameResults() throws IOException {
    Path root = dir.resolve("rooted");
    copyProduct(STACK, root.resolve("stacks"));
    Files.createDirectories(root.resolve("results"));
    Path oneMachine = chainOnOneMachine();
    onRooted(root, chainGraph().toString(), "-Pinput=rooted:///stacks/" + STACK.getFileName(),
        "-Poutput=rooted:///results/chain.dim", "--master", "local[2,2]", "--tile", "96");

    Path output = root.resolve("results/chain.dim");
    assertSameBands(oneMachine, output, bandFiles(oneMachine).stream().map(p -> p.getFileName().toString()).toList());
    for (String file : List.of("detections.csv", "timeseries.csv")) {
      assertEquals(Files.readString(dir.resolve("chain_single." + file)),
          Files.readString(root.resolve("results/chain." + file)), file);
    }
    // the GeoJSON's provenance names each its own product and time; the rest is the same
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode single = (com.fasterxml.jackson.databind.node.ObjectNode)
        json.readTree(dir.resolve("chain_single.detections.geojson").toFile());
    com.fasterxml.jackson.databind.node.ObjectNode remote = (com.fasterxml.jackson.databind.node.ObjectNode)
        json.readTree(root.resolve("results/chain.detections.geojson").toFile());
    assertEquals("chain_single.dim", single.get("provenance").get("product").asText());
    assertEquals("chain.dim", remote.get("provenance").get("product").asText());
    for (com.fasterxml.jackson.databind.node.ObjectNode file : List.of(single, remote)) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) file.get("provenance")).remove(List.of("product", "created"));
    }
    assertEquals(single, remote);
    try (Stream<Path> left = Files.list(root.resolve("results"))) {
      assertEquals(List.of("chain.data", "chain.detections.csv", "chain.detections.geojson", "chain.dim",
          "chain.timeseries.csv"), left.map(p -> p.getFileName().toString()).sorted().toList(),
          "the product and its files, no work folder or temporary left");
    }
    // another graph's product in its place takes its files away, as on this machine
    onRooted(root, GRAPH.toString(), "-Pinput=rooted:///stacks/" + STACK.getFileName(),
        "-Poutput=rooted:///results/chain.dim", "--master", "local[2,2]");
    try (Stream<Path> left = Files.list(root.resolve("results"))) {
      assertEquals(List.of("chain.data", "chain.dim"), left.map(p -> p.getFileName().toString()).sorted()
          .toList(), "the gradient stack in the chain's place, without the chain's detections and series");
    }
  }

  /** Runs bin/dlinsar-spark with {@code args}, the scheme {@code rooted:} set to the files under {@code root}. */
  private static void onRooted(Path root, String... args) {
    System.setProperty("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl", RootedFileSystem.class.getName());
    System.setProperty("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl.disable.cache", "true");
    System.setProperty("spark.hadoop." + RootedFileSystem.ROOT, root.toString());
    try {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
      assertEquals(0, DlinsarSpark.run(args, sink, sink, TaskFault.NONE), log.toString(StandardCharsets.UTF_8));
    } finally {
      System.clearProperty("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl");
      System.clearProperty("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl.disable.cache");
      System.clearProperty("spark.hadoop." + RootedFileSystem.ROOT);
    }
  }

  /** Copies a BEAM-DIMAP product (header and data folder) into {@code folder}. */
  private static void copyProduct(Path dim, Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.copy(dim, folder.resolve(dim.getFileName()));
    Path data = dim.resolveSibling(dim.getFileName().toString().replace(".dim", ".data"));
    try (Stream<Path> files = Files.walk(data)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, folder.resolve(data.getFileName()).resolve(data.relativize(file).toString()));
      }
    }
  }
}
