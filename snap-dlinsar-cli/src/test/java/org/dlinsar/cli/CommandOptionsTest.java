package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.dlinsar.lite.cli.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four commands with options of their own read them alike ({@link CommandOptions}): an
 * option's value after it or joined by '=', and every fault one usage line (exit 2) naming the
 * option and pointing to the command's --help.
 */
class CommandOptionsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** A command, its parser, and one command line written both ways. */
  static Stream<Arguments> bothSpellings() {
    return Stream.of(
        Arguments.of(SimulateOptions.class,
            "--preset mining --width 64 --height 48 --dates 7 --interval-days 6 --pairs 3 --seed 5"
                + " --start-date 2020-02-29 --max-span-days 12 --output out/s.dim",
            "--preset=mining --width=64 --height=48 --dates=7 --interval-days=6 --pairs=3 --seed=5"
                + " --start-date=2020-02-29 --max-span-days=12 --output=out/s.dim"),
        Arguments.of(ImportOptions.class,
            "--format gamma --par a.par --dem a.hgt --dem-par a.dem_par --lt a.lt --max-span-days 60"
                + " --output x.dim folder",
            "--format=gamma --par=a.par --dem=a.hgt --dem-par=a.dem_par --lt=a.lt --max-span-days=60"
                + " --output=x.dim folder"),
        Arguments.of(ImportOptions.class,
            "--format geotiff --radar-frequency 1270 -o x.dim folder",
            "--format=geotiff --radar-frequency=1270 -o x.dim folder"),
        Arguments.of(DemoCommand.class, "--size 96 --dates 8 --seed 5 out", "--size=96 --dates=8 --seed=5 out"),
        Arguments.of(DemoCommand.class, "--input s.dim out", "--input=s.dim out"),
        Arguments.of(TrainingSetCommand.class,
            "--task mask --scenes 3 --seed 41 --size 32 --pairs-per-scene 2 --baselines --output set",
            "--task=mask --scenes=3 --seed=41 --size=32 --pairs-per-scene=2 --baselines --output=set"));
  }

  @ParameterizedTest
  @MethodSource("bothSpellings")
  void aValueJoinedByEqualsReadsAsOneAfterTheOption(Class<?> command, String spaced, String joined)
      throws Exception {
    Method parse = command.getDeclaredMethod("parse", List.class);
    Object expected = parse.invoke(null, List.of(spaced.split(" ")));

    assertEquals(expected, parse.invoke(null, List.of(joined.split(" "))));
    assertFalse(expected.toString().contains("help=true"), expected.toString());
  }

  /** A command line with one fault, and the one line the launcher must print for it. */
  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("simulate --width abc -o a.dim",
            "simulate: --width must be an integer from 8 to 100000, got 'abc'"),
        Arguments.of("simulate -o a.dim --seed", "simulate: option --seed needs a value"),
        Arguments.of("simulate --colour=red -o a.dim", "simulate: unknown option '--colour'"),
        Arguments.of("simulate -o a.dim stray", "simulate: unexpected argument 'stray'"),
        Arguments.of("import --format licsar --max-span-days=-1 -o x.dim f",
            "import: --max-span-days must be an integer of at least 0, got '-1'"),
        Arguments.of("import --format licsar -o x.dim f --dem", "import: option --dem needs a value"),
        Arguments.of("import --format=licsar --colour red -o x.dim f", "import: unknown option '--colour'"),
        Arguments.of("import --format licsar -o x.dim f g", "import: unexpected argument 'g'"),
        Arguments.of("demo --size abc out", "demo: --size must be an integer from 64 to 512, got 'abc'"),
        Arguments.of("demo out --size=", "demo: option --size needs a value"),
        Arguments.of("demo --colour=red out", "demo: unknown option '--colour'"),
        Arguments.of("demo out other", "demo: unexpected argument 'other'"),
        Arguments.of("training-set --task mask --size 20 -o set",
            "training-set: --size must be an integer from 32 to 4096, got '20'"),
        Arguments.of("training-set --task mask -o", "training-set: option -o needs a value"),
        Arguments.of("training-set --task=mask --colour red -o set", "training-set: unknown option '--colour'"),
        Arguments.of("training-set --task mask --baselines=yes -o set",
            "training-set: option --baselines takes no value"),
        Arguments.of("training-set --task mask -o set stray", "training-set: unexpected argument 'stray'"));
  }

  /**
   * -e and -h before a command are the launcher's, as after it; another launcher option there is
   * one line saying to give the command first. They read as unknown options of an operator named
   * 'simulate' ("Unknown option '--width'", with a stack trace for -e).
   */
  @Test
  void launcherOptionsBeforeACommand() {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertEquals(0, Launcher.run(new String[] {"-h", "simulate"}, o, e), err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--reference-date"), out.toString(StandardCharsets.UTF_8));
    out.reset();
    assertEquals(2, Launcher.run(new String[] {"-e", "simulate", "--colour", "red"}, o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Error: simulate: unknown option '--colour'"),
        err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(2, Launcher.run(new String[] {"-q", "1", "demo", "--input", "x.dim", "out"}, o, e));
    assertEquals("Error: the command demo comes after '-q': give the command first (dlinsar demo ...), then its"
        + " options; run dlinsar demo --help\n", err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("") + "\n");
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aFaultIsOneUsageLineNamingTheOptionAndTheCommandsHelp(String commandLine, String message) {
    String command = commandLine.substring(0, commandLine.indexOf(' '));

    int status = Launcher.run(commandLine.split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, status, printed);
    assertEquals("Error: " + message + "; run dlinsar " + command + " --help\n", printed);
  }
}
