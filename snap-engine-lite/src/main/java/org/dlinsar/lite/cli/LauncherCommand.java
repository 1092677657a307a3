package org.dlinsar.lite.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of {@code dlinsar} contributed by another module, found through
 * {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/org.dlinsar.lite.cli.LauncherCommand}). {@code dlinsar <name> args...}
 * runs it, and {@code dlinsar -h} lists it under "Commands:".
 */
public interface LauncherCommand {

  /** @return the word that selects the command, e.g. {@code simulate}; it takes precedence over an operator alias */
  String name();

  /** @return one line saying what the command does */
  String description();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command name; not modified
   * @param out standard output (results, help)
   * @param err standard error (progress)
   * @return the exit status: 0 on success
   * @throws UsageException for bad arguments: the launcher prints "Error: name: message" (the
   *     command's name, unless the message starts with it) and exits with 2
   * @throws Exception for any other failure: the launcher prints "Error: name: message" and exits with 1
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
