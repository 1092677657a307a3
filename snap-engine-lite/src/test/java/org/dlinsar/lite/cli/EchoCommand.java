package org.dlinsar.lite.cli;

import java.io.PrintStream;
import java.util.List;

/** A contributed command for tests: prints its arguments, fails as asked. */
public class EchoCommand implements LauncherCommand {

  @Override
  public String name() {
    return "test-echo";
  }

  @Override
  public String description() {
    return "Prints its arguments (tests only).";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.contains("bad")) {
      throw new UsageException("test-echo does not take 'bad'");
    }
    out.println(String.join(" ", args));
    return args.contains("three") ? 3 : 0;
  }
}
