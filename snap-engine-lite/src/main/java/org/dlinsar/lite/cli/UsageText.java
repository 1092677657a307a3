package org.dlinsar.lite.cli;

import java.util.Locale;
import org.dlinsar.lite.graph.OperatorInfo;
import org.dlinsar.lite.graph.ParameterInfo;
import org.dlinsar.lite.graph.SourceInfo;
import org.esa.snap.core.gpf.annotations.Parameter;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The help texts of {@code dlinsar -h} and {@code dlinsar <alias> -h}, laid out as gpt's. */
final class UsageText {

  private UsageText() {}

  /** Prints the usage, the options, the contributed commands and every non-internal operator. */
  static void printGeneral(PrintStream out, List<LauncherCommand> commands, List<OperatorInfo> operators) {
    out.println("Usage:");
    out.println("  dlinsar <alias> [options] <source-file-1> <source-file-2> ...");
    out.println("  dlinsar <graph.xml> [options] <source-file-1> <source-file-2> ...");
    out.println("  dlinsar <command> [arguments]");
    out.println("  dlinsar <alias> -h");
    out.println();
    out.println("Runs an operator or a processing graph headless, as SNAP's gpt does.");
    out.println();
    out.println("Options:");
    out.println("  -h                  Displays this help, or with <alias> the operator's help.");
    out.println("  --version           Displays the version of this build (and its git commit).");
    out.println("  -iformat            Displays the input formats: BEAM-DIMAP and the reader plug-ins found.");
    out.println("  -oformat            Displays the output formats: BEAM-DIMAP only.");
    out.println("  --diag              Displays the version, Java, processors, memory, tile cache and");
    out.println("                      parallelism (after -c, -q, -D) and the operators found, as gpt's.");
    out.println("  -e                  Displays the full stack trace when an error occurs.");
    out.println("  -t <file>           The target file; missing folders are created. Default value is '"
        + LauncherArguments.DEFAULT_TARGET + "'.");
    out.println("                      Ignored for a graph that has its own Write node.");
    out.println("  -f <format>         The target format. Default: from the -t extension, '"
        + LauncherArguments.DEFAULT_FORMAT + "' for .dim or none;");
    out.println("                      only " + LauncherArguments.DEFAULT_FORMAT + " is written headless.");
    out.println("  -p <file>           A Java properties file of operator parameters or graph variables, or an");
    out.println("                      XML file of an operator's parameters (<parameters><name>value</name>...);");
    out.println("                      -P options override its entries. Substituted in it, as in gpt:");
    out.println("                      ${system.<property>}, ${operatorName}, ${graphFile}, ${targetFile},");
    out.println("                      ${targetDir}, ${targetName}, ${targetBaseName}, ${targetFormat};");
    out.println("                      not gpt's other Velocity forms ($name, ${parameters...}, directives).");
    out.println("  -c <cache-size>     The tile cache size in bytes; K, M or G may follow, 0 disables it.");
    out.println("                      Default: 512M, at most a quarter of the Java heap.");
    out.println("  -q <int>            The number of threads computing tiles. Default (and for 0 or less):");
    out.println("                      all cores.");
    out.println("  -x                  Clears the tile cache after each row of tiles written.");
    out.println("  -P<name>=<value>    Sets the operator parameter or graph variable <name>.");
    out.println("  -S<name>=<file>     Sets the source product <name> to the product in <file>.");
    out.println("  -D<name>=<value>    Sets the system property <name>, e.g. -Dsnap.jai.tileCacheSize=<megabytes>.");
    out.println("  Not supported headless: gpt's -v <dir> and -m <file> (Velocity templates and their");
    out.println("  metadata); either is refused naming it.");
    if (!commands.isEmpty()) {
      out.println();
      out.println("Commands:");
      commands.stream()
          .sorted(Comparator.comparing(LauncherCommand::name))
          .forEach(command -> out.println(row(command.name(), command.description())));
    }
    out.println();
    out.println("Operators:");
    for (OperatorInfo operator : operators) {
      if (!operator.isInternal()) {
        out.println(row(operator.alias(), operator.description()));
      }
    }
  }

  /** Prints an operator's description, source options and parameter options. */
  static void printOperator(PrintStream out, OperatorInfo operator) {
    out.println("Usage:");
    out.println("  dlinsar " + operator.alias() + " [options]"
        + (operator.sources().isEmpty() ? "" : " <source-file-1> <source-file-2> ..."));
    out.println();
    out.println("Description:");
    out.println("  " + operator.description());
    if (!operator.sources().isEmpty()) {
      out.println();
      out.println("Source Options:");
      for (SourceInfo source : operator.sources()) {
        String option = source.multiple() ? "  -S" + source.name() + "<n>=<file>" : "  -S" + source.name() + "=<file>";
        out.println(option);
        if (!source.description().isBlank()) {
          out.println("      " + source.description());
        }
        out.println(source.multiple()
            ? "      Takes the positional source files, in order."
            : source.optional() ? "      This is an optional source." : "      This is a mandatory source.");
      }
    }
    if (!operator.parameters().isEmpty()) {
      out.println();
      out.println("Parameter Options:");
      operator.parameters().stream()
          .sorted(Comparator.comparing(ParameterInfo::name))
          .forEach(parameter -> printParameter(out, parameter));
    }
  }

  private static void printParameter(PrintStream out, ParameterInfo parameter) {
    Parameter p = parameter.annotation();
    out.println("  -P" + parameter.name() + "=<" + parameter.typeName() + ">");
    if (!p.description().isBlank()) {
      out.println("      " + p.description());
    }
    if (p.valueSet().length > 0) {
      out.println("      Value must be one of "
          + List.of(p.valueSet()).stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")) + ".");
    }
    if (!p.interval().isBlank()) {
      out.println("      Valid interval is " + p.interval() + ".");
    }
    if (!p.pattern().isBlank()) {
      out.println("      Pattern for valid values is '" + p.pattern() + "'.");
    }
    if (!p.unit().isBlank()) {
      out.println("      Unit is '" + p.unit() + "'.");
    }
    if (!p.defaultValue().isEmpty()) {
      out.println("      Default value is '" + p.defaultValue() + "'.");
    }
    if (p.notNull()) {
      out.println("      This is a mandatory parameter.");
    }
  }

  private static String row(String name, String description) {
    return String.format(Locale.ROOT, "  %-22s %s", name, description);
  }
}
