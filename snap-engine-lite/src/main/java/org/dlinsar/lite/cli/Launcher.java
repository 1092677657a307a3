package org.dlinsar.lite.cli;

import java.util.Locale;
import org.dlinsar.lite.FileFaults;
import org.dlinsar.lite.ModuleProperties;
import org.dlinsar.lite.OpenFileLimit;
import org.dlinsar.lite.Parallelism;
import org.dlinsar.lite.TileCacheSize;
import org.dlinsar.lite.dimap.RunTargets;
import org.dlinsar.lite.graph.OperatorInfo;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@code dlinsar} launcher, SNAP's gpt without SNAP: {@code dlinsar <alias> ...} runs an
 * operator, {@code dlinsar <graph.xml> ...} a processing graph, {@code dlinsar <command> ...} a
 * {@link LauncherCommand} of another module, {@code dlinsar -h} lists them all.
 *
 * <p>Exit status: 0 on success, 1 when processing fails (missing or unreadable source, bad
 * parameter value, malformed graph, failed write), 2 for a command line that cannot be run
 * (unknown option, operator or parameter). A failure prints one line, "Error: message", on
 * standard error ("Error: command: message" for a command's, whatever failed in it); {@code -e}
 * adds the stack trace.
 *
 * <p>A run holds each product it writes from the check of its target to the run's end
 * ({@link RunTargets}): another run on the same target meanwhile fails at once.
 */
public final class Launcher {

  static final int OK = 0;
  static final int PROCESSING_ERROR = 1;
  static final int USAGE_ERROR = 2;

  private Launcher() {}

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    // one line per log record on the terminal instead of JUL's two; a stack trace only with -e
    LogLines.install(Arrays.asList(args).contains("-e"));
    StopSignals.install(outcomes());
    StopSignals.exit(run(args, System.out, System.err, true));
  }

  /**
   * Runs the command line without exiting the JVM.
   *
   * @param args the command line; not modified
   * @param out receives help texts
   * @param err receives progress and the error line
   * @return the exit status (0, 1 or 2, or a {@link LauncherCommand}'s own)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /** As above; {@code exits}: the JVM exits once it returns (main), so a failure is told as {@link RunOutcome#failedBeforeExit}. */
  static int run(String[] args, PrintStream out, PrintStream err, boolean exits) {
    List<RunOutcome> outcomes = outcomes();
    RunTargets.open(placingTold(outcomes));
    outcomes.forEach(RunOutcome::starting);
    int status = PROCESSING_ERROR;
    try {
      status = runCommandLine(args, out, err);
    } finally {
      try {
        for (RunOutcome outcome : outcomes) {
          if (status == OK) {
            outcome.succeeded();
          } else if (exits) {
            outcome.failedBeforeExit();
          } else {
            outcome.failed();
          }
        }
      } finally {
        // only once the files beside them are kept or restored may another run take the targets
        if (exits) {
          RunTargets.closeForExit(status == OK);
        } else {
          RunTargets.close(status == OK);
        }
      }
    }
    return status;
  }

  /**
   * Tells each outcome of a product being placed and, after its renames, placed; an outcome
   * told of the placing is told it ended even when a later one refused it.
   */
  static RunTargets.Placing placingTold(List<RunOutcome> outcomes) {
    return new RunTargets.Placing() {
      @Override
      public void placing(Path dimFile) throws IOException {
        for (int i = 0; i < outcomes.size(); i++) {
          try {
            outcomes.get(i).placing(dimFile);
          } catch (IOException | RuntimeException e) {
            for (RunOutcome told : outcomes.subList(0, i)) {
              told.placed(dimFile, false);
            }
            throw e;
          }
        }
      }

      @Override
      public void placed(Path dimFile, boolean inPlace) {
        outcomes.forEach(outcome -> outcome.placed(dimFile, inPlace));
      }
    };
  }

  private static List<RunOutcome> outcomes() {
    List<RunOutcome> outcomes = new ArrayList<>();
    ServiceLoader.load(RunOutcome.class).forEach(outcomes::add);
    return outcomes;
  }

  private static int runCommandLine(String[] args, PrintStream out, PrintStream err) {
    List<String> argList = Arrays.asList(args);
    boolean stackTrace = argList.contains("-e");
    String command = argList.isEmpty() ? null : commandNamed(argList.get(0));
    try {
      return dispatch(argList, out, err);
    } catch (UsageException e) {
      return fail(err, e, stackTrace, USAGE_ERROR, command);
    } catch (Exception | OutOfMemoryError e) {
      return fail(err, e, stackTrace, PROCESSING_ERROR, command);
    } catch (ServiceConfigurationError e) {
      // A class path with a stale or broken plugin jar: say which service, not a stack trace.
      err.println("Error: broken installation: " + e.getMessage() + " (rebuild with mvn clean package)");
      if (stackTrace) {
        e.printStackTrace(err);
      }
      return PROCESSING_ERROR;
    } catch (Error e) {
      // a native library that will not load, a class missing from the class path, a bug
      return fail(err, e, stackTrace, PROCESSING_ERROR, command);
    }
  }

  private static int dispatch(List<String> args, PrintStream out, PrintStream err) throws Exception {
    List<LauncherCommand> commands = commands();
    if (args.isEmpty()) {
      // gpt without arguments prints its usage
      UsageText.printGeneral(out, commands, OperatorInfo.all());
      return OK;
    }
    // -e, the stack trace, is the launcher's for every command, as for operators and graphs, before
    // the command too; so is -h, which asks for the command's help there
    int at = 0;
    while (at < args.size() && List.of("-e", "-h", "--help").contains(args.get(at))) {
      at++;
    }
    for (LauncherCommand command : commands) {
      if (at < args.size() && command.name().equals(args.get(at))) {
        EngineProperties.check(Map.of());
        List<String> rest = new ArrayList<>(args.subList(at + 1, args.size()));
        if (args.subList(0, at).stream().anyMatch(arg -> !arg.equals("-e"))) {
          rest.add("--help");
        }
        return command.run(rest.stream().filter(arg -> !arg.equals("-e")).toList(), out, err);
      }
      if (args.get(0).startsWith("-") && args.indexOf(command.name()) > 0) {
        // another launcher option first: the command would be read as an operator's argument
        throw new UsageException("the command " + command.name() + " comes after '" + args.get(0)
            + "': give the command first (dlinsar " + command.name() + " ...), then its options;"
            + " run dlinsar " + command.name() + " --help");
      }
    }
    LauncherArguments parsed = LauncherArguments.parse(args);
    if (parsed.version) {
      out.println("dlinsar " + ModuleProperties.buildVersion());
      return OK;
    }
    EngineProperties.check(parsed.systemProperties);
    EngineProperties.apply(parsed.systemProperties);
    if (parsed.threads != null) {
      System.setProperty(Parallelism.PROPERTY, String.valueOf(parsed.threads));
    }
    if (parsed.tileCacheBytes != null) {
      // SNAP's property is in megabytes: round up, so that any positive size caches
      long megabytes = (parsed.tileCacheBytes + (1L << 20) - 1) >> 20;
      System.setProperty(TileCacheSize.PROPERTY, String.valueOf(megabytes));
    }
    if (!parsed.help && (parsed.diagnostics || parsed.outputFormats || parsed.inputFormats)) {
      // as gpt: after -D, -c and -q are applied, instead of the run; -h wins, then in this order
      if (parsed.diagnostics) {
        Diagnostics.print(out, OperatorInfo.all());
      } else if (parsed.outputFormats) {
        Diagnostics.printOutputFormats(out);
      } else {
        Diagnostics.printInputFormats(out);
      }
      return OK;
    }
    if (parsed.positional.isEmpty()) {
      if (parsed.help) {
        UsageText.printGeneral(out, commands, OperatorInfo.all());
        return OK;
      }
      throw new UsageException("No operator or graph given; run dlinsar -h for the usage");
    }
    String name = parsed.positional.get(0);
    OperatorInfo operator = isGraphPath(name) ? null : OperatorInfo.find(name);
    if (operator != null) {
      if (parsed.help) {
        UsageText.printOperator(out, operator);
        return OK;
      }
      new OperatorRunner(operator, parsed).run(new ConsoleProgressMonitor(err));
      return OK;
    }
    if (!isGraphPath(name) && !new File(name).exists()) {
      throw new UsageException("Unknown operator '" + name + "'; run dlinsar -h for the list of operators");
    }
    if (parsed.help) {
      UsageText.printGeneral(out, commands, OperatorInfo.all());
      return OK;
    }
    new GraphRunner(new File(name), parsed, err).run(ConsoleProgressMonitor.forGraphs(err));
    return OK;
  }

  /** A name is taken as a graph file when it is one, ends in .xml, or has a path separator. */
  static boolean isGraphPath(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".xml") || name.contains("/") || name.contains(File.separator);
  }

  /** {@code word} when it selects a command (which takes precedence over an operator), else null. */
  private static String commandNamed(String word) {
    try {
      return commands().stream().map(LauncherCommand::name).filter(word::equals).findFirst().orElse(null);
    } catch (ServiceConfigurationError e) {
      return null; // dispatch meets it again and says so
    }
  }

  private static List<LauncherCommand> commands() {
    List<LauncherCommand> commands = new ArrayList<>();
    ServiceLoader.load(LauncherCommand.class).forEach(commands::add);
    return commands;
  }

  /**
   * The one error line. A command's line starts with its name whatever failed in it, as its usage
   * faults, warnings and progress lines do, so that a log of several commands says which failed.
   */
  private static int fail(PrintStream err, Throwable e, boolean stackTrace, int status, String command) {
    if (StopSignals.stoppedWith() != 0) {
      // what failed was stopped on purpose: no error line, the signal's status
      return StopSignals.stoppedWith();
    }
    String message = OutOfMemory.isCauseOf(e) ? OutOfMemory.message(Runtime.getRuntime().maxMemory())
        : e instanceof Error ? e.getClass().getName() + ": " + oneLine(e) : oneLine(e);
    if (OpenFileLimit.isCauseOf(e)) {
      message += "; " + OpenFileLimit.remedy();
    }
    if (command != null && !message.startsWith(command + ": ")) {
      message = command + ": " + message;
    }
    err.println("Error: " + message);
    if (stackTrace) {
      e.printStackTrace(err);
    }
    return status;
  }

  /**
   * The exception's message on one line; the cause's when it has none of its own; its class's
   * name when neither has one; a file system exception's path with what is wrong with it.
   */
  public static String oneLine(Throwable e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String message = t instanceof FileSystemException fs ? fileProblem(fs)
        : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** The file and what is wrong with it: these exceptions' messages are the bare path. */
  private static String fileProblem(FileSystemException e) {
    return e.getReason() != null ? e.getMessage() : FileFaults.withFile(e);
  }
}
