package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dlinsar-spark reads its options as bin/dlinsar's commands read theirs ({@link
 * org.dlinsar.cli.CommandOptions}): a value after its option or joined by '=', and every fault one
 * line (exit 2) naming the option and pointing to {@code dlinsar-spark --help}. Its own parser took
 * only the spaced form and said "unexpected argument" for a missing value and a joined one alike.
 */
class DlinsarSparkOptionsTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final String GRAPH = ROOT.resolve("graphs/gradient-stack.xml").toString();

  private static List<String> line(String options) {
    List<String> args = new ArrayList<>(List.of(GRAPH));
    args.addAll(List.of(options.split(" ")));
    return args;
  }

  @Test
  void aValueJoinedByEqualsReadsAsOneAfterTheOption() throws Exception {
    DlinsarSpark.Options spaced = DlinsarSpark.options(
        line("-Pinput=a.dim -Poutput=b=c.dim --master local[2,4] --tile 128"));

    assertEquals(new DlinsarSpark.Options(Path.of(GRAPH), Map.of("input", "a.dim", "output", "b=c.dim"),
        "local[2,4]", 128), spaced);
    assertEquals(spaced, DlinsarSpark.options(line("-Pinput=a.dim -Poutput=b=c.dim --master=local[2,4] --tile=128")));
  }

  /** A command line with one fault, and the line dlinsar-spark prints for it. */
  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(line("--tile abc"), "--tile must be an integer from 64 to 16384, got 'abc'"),
        Arguments.of(line("--tile=32"), "--tile must be an integer from 64 to 16384, got '32'"),
        Arguments.of(line("-Pinput=a.dim --master"), "option --master needs a value"),
        Arguments.of(line("--tile= -Pinput=a.dim"), "option --tile needs a value"),
        Arguments.of(line("--colour=red"), "unknown option '--colour'"),
        Arguments.of(line("-Pinput"), "unknown option '-Pinput'"),
        Arguments.of(line("-Pinput=a.dim other.xml"), "unexpected argument 'other.xml'"),
        Arguments.of(List.of("-Pinput=a.dim", "--tile", "64"), "give the graph file"));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aFaultIsOneUsageLineNamingTheOptionAndTheHelp(List<String> args, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = DlinsarSpark.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, status, printed);
    assertEquals("dlinsar-spark: " + message + "; run dlinsar-spark --help\n", printed);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpWinsOverWhatElseIsGiven() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(out, true, StandardCharsets.UTF_8);

    assertEquals(0, DlinsarSpark.run(new String[] {"--colour", "--help"}, sink, sink));
    assertEquals(DlinsarSpark.USAGE + "\n", out.toString(StandardCharsets.UTF_8));
  }
}
