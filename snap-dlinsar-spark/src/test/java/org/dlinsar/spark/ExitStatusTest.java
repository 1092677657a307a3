package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dlinsar.lite.cli.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pipeline branches on the exit status: the same graph refused by bin/dlinsar and by
 * bin/dlinsar-spark gives the same status (1: the input, the output or a value), and 2 is left to
 * the command line and to graphs only the Spark runner cannot run (CONTRACT section 7). The Spark
 * runner gave 2 for every refusal before Spark started.
 */
class ExitStatusTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path STACK = ROOT.resolve("test-products/landslides-256.dim");
  private static final String MASK = "<method>DL</method>";

  @TempDir
  Path dir;

  private record Run(int status, String log) {
    List<String> errors(String prefix) {
      return log.lines().filter(line -> line.startsWith(prefix)).toList();
    }
  }

  private static Run launcher(String... args) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
    return new Run(Launcher.run(args, sink, sink), log.toString(StandardCharsets.UTF_8));
  }

  private static Run spark(String... args) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
    return new Run(DlinsarSpark.run(args, sink, sink), log.toString(StandardCharsets.UTF_8));
  }

  /** graphs/mask.xml with OTSU (no network to load), edited; then the variables given. */
  static Stream<Arguments> refusals() {
    String stack = STACK.toString();
    return Stream.of(
        Arguments.of("missing input", (UnaryOperator<String>) g -> g, List.of("-Pinput=" + ROOT.resolve("none.dim"))),
        Arguments.of("output over the input", (UnaryOperator<String>) g -> g,
            List.of("-Pinput=" + stack, "-Poutput=" + stack)),
        Arguments.of("unset variable", (UnaryOperator<String>) g -> g, List.of()),
        Arguments.of("unknown parameter",
            (UnaryOperator<String>) g -> g.replace("</method>", "</method><noSuch>1</noSuch>"),
            List.of("-Pinput=" + stack)),
        Arguments.of("value outside the value set", (UnaryOperator<String>) g -> g.replace("OTSU", "BOGUS"),
            List.of("-Pinput=" + stack)),
        Arguments.of("unknown operator",
            (UnaryOperator<String>) g -> g.replace("<operator>DL-Mask</operator>", "<operator>No-Such</operator>"),
            List.of("-Pinput=" + stack)),
        Arguments.of("malformed XML", (UnaryOperator<String>) g -> g.replace("</graph>", ""),
            List.of("-Pinput=" + stack)),
        Arguments.of("format other than BEAM-DIMAP",
            (UnaryOperator<String>) g -> g.replace(">BEAM-DIMAP<", ">GeoTIFF<"), List.of("-Pinput=" + stack)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aRefusalBothRunnersMakeExitsAsBinDlinsarExits(String what, UnaryOperator<String> edit, List<String> given)
      throws IOException {
    String mask = Files.readString(ROOT.resolve("graphs/mask.xml")).replace(MASK, "<method>OTSU</method>");
    Path graph = Files.writeString(dir.resolve("graph.xml"), edit.apply(mask));
    List<String> variables = given.stream().anyMatch(v -> v.startsWith("-Poutput="))
        ? given : Stream.concat(given.stream(), Stream.of("-Poutput=" + dir.resolve("out.dim"))).toList();
    String[] args = Stream.concat(Stream.of(graph.toString()), variables.stream()).toArray(String[]::new);

    Run oneMachine = launcher(args);
    Run spark = spark(args);

    assertEquals(1, oneMachine.status(), oneMachine.log());
    assertEquals(1, spark.status(), what + ": " + spark.log());
    assertEquals(1, spark.errors("dlinsar-spark: ").size(), spark.log());
    assertTrue(Files.notExists(dir.resolve("out.data")), "nothing written");
  }

  /** A graph file that is not there is a missing input to both runners, not a usage fault. */
  @Test
  void aGraphFileThatIsNotThereExitsAsBinDlinsarExits() {
    String missing = dir.resolve("missing.xml").toString();

    Run oneMachine = launcher(missing, "-Pinput=" + STACK);
    Run spark = spark(missing, "-Pinput=" + STACK);

    assertEquals(1, oneMachine.status(), oneMachine.log());
    assertEquals(1, spark.status(), spark.log());
    assertEquals(List.of("dlinsar-spark: Cannot read graph " + missing + ": no such file"),
        spark.errors("dlinsar-spark: "), spark.log());
  }

  /** Graphs bin/dlinsar runs and the Spark runner cannot: a command to change, exit 2 (CONTRACT section 7). */
  @Test
  void aGraphOnlyTheSparkRunnerCannotRunExitsTwo() throws IOException {
    String mask = Files.readString(ROOT.resolve("graphs/mask.xml"));
    // two DL-Masks that need the frame's statistics; and a file system without its connector
    Path twoMasks = Files.writeString(dir.resolve("two.xml"), mask
        .replace("<sourceProduct refid=\"mask\"/>", "<sourceProduct refid=\"mask2\"/>")
        .replace("  <node id=\"select\">", "  <node id=\"mask2\"><operator>DL-Mask</operator><sources>"
            + "<sourceProduct refid=\"mask\"/></sources><parameters><method>OTSU</method></parameters></node>\n"
            + "  <node id=\"select\">"));

    Run statistics = spark(twoMasks.toString(), "-Pinput=" + STACK, "-Poutput=" + dir.resolve("two.dim"));
    Run connector = spark(ROOT.resolve("graphs/mask.xml").toString(), "-Pinput=s3a://bucket/stack.dim",
        "-Poutput=" + dir.resolve("s3.dim"));

    assertEquals(2, statistics.status(), statistics.log());
    assertTrue(statistics.log().contains("gathers them for one DL-Mask step only"), statistics.log());
    assertEquals(2, connector.status(), connector.log());
    assertTrue(connector.log().contains("hadoop-aws"), connector.log());
  }
}
