package org.dlinsar.lite.cli;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * gpt's command line, parsed: the operator alias or graph file, {@code -P}, {@code -S},
 * {@code -D}, {@code -t}, {@code -f}, {@code -p}, {@code -c}, {@code -q}, {@code -x}, {@code -e},
 * {@code -h}, {@code --diag}, {@code -iformat}, {@code -oformat}, {@code --version} and the positional source files; gpt's {@code -m}
 * and {@code -v}, which serve its Velocity templates, are refused (see {@link #velocityOption}).
 */
final class LauncherArguments {

  static final String DEFAULT_TARGET = "target.dim";
  static final String DEFAULT_FORMAT = "BEAM-DIMAP";

  /** gpt's parameters that give the region every source is read as, not operator parameters. */
  static final List<String> SOURCE_REGION_PARAMETERS = List.of("pixelRegion", "geometryRegion");

  String target;
  /** The {@code -f} format; null derives it from {@code -t}'s extension, as gpt does. */
  String formatName;
  boolean help;
  boolean version;
  boolean diagnostics;
  boolean inputFormats;
  boolean outputFormats;
  boolean stackTrace;
  boolean clearCacheAfterRowWrite;
  Integer threads;
  Long tileCacheBytes;
  File parameterFile;
  final Map<String, String> parameters = new LinkedHashMap<>();
  final Map<String, String> namedSources = new LinkedHashMap<>();
  final Map<String, String> systemProperties = new LinkedHashMap<>();
  final List<String> positional = new ArrayList<>();
  /** The -S and positional source files in argument order; gpt fills one map in that order. */
  private final List<SourceArgument> sourceArguments = new ArrayList<>();

  /** A {@code -S<key>=<file>} ({@code position} -1) or the positional argument {@code position}. */
  private record SourceArgument(String key, String file, int position) {}

  private LauncherArguments() {}

  /**
   * @param args the command line; not modified
   * @throws UsageException naming the option if one is unknown, lacks its value or has a bad one
   */
  static LauncherArguments parse(List<String> args) throws UsageException {
    LauncherArguments parsed = new LauncherArguments();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("-P") && arg.length() > 2) {
        parsed.parameters.put(key(arg), value(arg));
      } else if (arg.startsWith("-S") && arg.length() > 2) {
        parsed.namedSources.put(key(arg), file(arg));
        parsed.sourceArguments.add(new SourceArgument(key(arg), file(arg), -1));
      } else if (arg.startsWith("-D") && arg.length() > 2) {
        parsed.systemProperties.put(key(arg), value(arg));
      } else {
        switch (arg) {
          case "-h", "--help" -> parsed.help = true;
          case "--version" -> parsed.version = true;
          case "--diag" -> parsed.diagnostics = true;
          case "-iformat" -> parsed.inputFormats = true;
          case "-oformat" -> parsed.outputFormats = true;
          case "-m", "-v" -> throw velocityOption(arg);
          case "-e" -> parsed.stackTrace = true;
          case "-x" -> parsed.clearCacheAfterRowWrite = true;
          case "-t" -> parsed.target = nonBlank(next(args, ++i, arg), arg);
          case "-f" -> parsed.formatName = next(args, ++i, arg);
          case "-p" -> parsed.parameterFile = new File(next(args, ++i, arg));
          case "-q" -> parsed.threads = threadCount(args, ++i);
          case "-c" -> parsed.tileCacheBytes = bytes(cacheSize(args, ++i));
          default -> {
            if (arg.startsWith("-") && arg.length() > 1) {
              throw new UsageException("Unknown option '" + arg + "'; run dlinsar -h for the options");
            }
            parsed.sourceArguments.add(new SourceArgument(null, arg, parsed.positional.size()));
            parsed.positional.add(arg);
          }
        }
      }
    }
    return parsed;
  }

  /**
   * gpt's {@code -v <dir>} runs the Velocity templates in that folder to write text files beside
   * the target, and {@code -m <file>} gives them metadata; the headless engine has no Velocity,
   * so either would be silently ignored, and files the user asked for left unwritten.
   */
  private static UsageException velocityOption(String option) {
    String what = option.equals("-v") ? "runs the Velocity templates in <dir> to write text files beside the target"
        : "gives metadata to the Velocity templates of -v";
    return new UsageException("Option '" + option + "' is not supported headless: in gpt it " + what
        + ", and this launcher has no Velocity engine; run gpt for templates");
  }

  /** @return the {@code -t} target, or target.dim */
  File targetFile() {
    return new File(target == null ? DEFAULT_TARGET : target);
  }

  /**
   * gpt's target format: {@code -f}, else the one of {@code -t}'s extension: BEAM-DIMAP for
   * {@code .dim} or none (gpt's default).
   *
   * @throws UsageException naming the extension if it is another without {@code -f}: gpt would
   *     pick its writer, and only BEAM-DIMAP is written headless
   */
  String targetFormatName() throws UsageException {
    if (formatName != null) {
      return formatName;
    }
    String name = targetFile().getName();
    int dot = name.lastIndexOf('.');
    String extension = dot <= 0 ? "" : name.substring(dot);
    if (extension.isEmpty() || extension.equalsIgnoreCase(".dim")) {
      return DEFAULT_FORMAT;
    }
    throw new UsageException("No writer for the extension '" + extension + "' of target " + targetFile()
        + ": the headless engine writes " + DEFAULT_FORMAT + " (.dim) only; give -t <name>.dim");
  }

  /**
   * @return the {@code -p} file read, with gpt's variables (see {@link ParameterFile})
   *     substituted, or null without {@code -p}
   * @throws IOException naming the file if it cannot be read or is malformed XML
   */
  ParameterFile readParameterFile() throws IOException {
    return parameterFile == null ? null : ParameterFile.read(parameterFile, parameterFileVariables());
  }

  /**
   * @return the parameters of the {@code -p} properties file overridden by the {@code -P} ones
   * @throws IOException naming the parameter file if it cannot be read
   */
  Map<String, String> allParameters() throws IOException {
    return allParameters(readParameterFile());
  }

  /**
   * @param file the {@code -p} file read, or null
   * @return its properties (none for an XML file) overridden by the {@code -P} parameters
   */
  Map<String, String> allParameters(ParameterFile file) {
    Map<String, String> all = new LinkedHashMap<>();
    if (file != null) {
      all.putAll(file.properties());
    }
    all.putAll(parameters);
    return all;
  }

  /** gpt's variables of a parameter file but {@code system.*}: the run's and the target's names. */
  private Map<String, String> parameterFileVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    if (!positional.isEmpty()) {
      variables.put(Launcher.isGraphPath(positional.get(0)) ? "graphFile" : "operatorName", positional.get(0));
    }
    File file = targetFile();
    String name = file.getName();
    int dot = name.lastIndexOf('.');
    variables.put("targetFile", file.getPath());
    variables.put("targetDir", file.getParent() == null ? "." : file.getParent());
    variables.put("targetName", name);
    variables.put("targetBaseName", dot > 0 ? name.substring(0, dot) : name);
    try {
      variables.put("targetFormat", targetFormatName());
    } catch (UsageException e) {
      // left as written; a run that writes the target reports the extension
    }
    return variables;
  }

  /**
   * gpt's source keys: the positional files as {@code sourceProduct} (the first),
   * {@code sourceProduct.1}, {@code sourceProduct1}, {@code sourceProduct.2}, ... and the
   * {@code -S} sources, put in argument order as gpt does, so that on equal keys the later
   * argument wins.
   *
   * @param from index of the first positional argument that is a source file
   * @return source file paths by key, sorted by key as gpt's {@code CommandLineArgs} keeps them (a
   *     TreeMap: {@code sourceProduct.10} before {@code sourceProduct.2}); operators receive their
   *     sources in this order
   */
  Map<String, String> sourcePaths(int from) {
    Map<String, String> paths = new TreeMap<>();
    for (SourceArgument source : sourceArguments) {
      int index = source.position() - from;
      if (source.key() != null) {
        paths.put(source.key(), source.file());
      } else if (index >= 0) {
        if (index == 0) {
          paths.put("sourceProduct", source.file());
        }
        paths.put("sourceProduct." + (index + 1), source.file());
        paths.put("sourceProduct" + (index + 1), source.file());
      }
    }
    return paths;
  }

  /**
   * gpt's {@code -PpixelRegion=x,y,w,h} or {@code -PgeometryRegion=<WKT>}: the sources are read
   * as that region of theirs.
   *
   * @param parameters parameter texts by name; not modified
   * @return the region parameter given, by name, or an empty map
   * @throws UsageException if both are given, which gpt refuses too
   */
  static Map<String, String> sourceRegion(Map<String, String> parameters) throws UsageException {
    Map<String, String> region = new LinkedHashMap<>();
    for (String name : SOURCE_REGION_PARAMETERS) {
      if (parameters.containsKey(name)) {
        region.put(name, parameters.get(name));
      }
    }
    if (region.size() > 1) {
      throw new UsageException("Parameters pixelRegion and geometryRegion are both given; give one region"
          + " to read the sources as");
    }
    return region;
  }

  /** The name of {@code -P}, {@code -S} or {@code -D}, trimmed as gpt trims it. */
  private static String key(String arg) throws UsageException {
    int eq = arg.indexOf('=');
    if (eq < 0 || arg.substring(2, eq).isBlank()) {
      throw new UsageException("Option '" + arg + "' must read " + arg.substring(0, 2) + "<name>=<value>");
    }
    return arg.substring(2, eq).trim();
  }

  /** The value of {@code -P}, {@code -S} or {@code -D}, trimmed as gpt trims it. */
  private static String value(String arg) {
    return arg.substring(arg.indexOf('=') + 1).trim();
  }

  /** The file of {@code -S<name>=<file>}; an empty one would otherwise fail later as a missing file. */
  private static String file(String arg) throws UsageException {
    String file = value(arg);
    if (file.isBlank()) {
      throw new UsageException("Source option '" + arg + "' names no file; write " + arg + "<file>");
    }
    return file;
  }

  private static String next(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size() || args.get(i).startsWith("-")) {
      throw new UsageException("Option '" + option + "' needs a value");
    }
    return args.get(i);
  }

  private static String nonBlank(String value, String option) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException("Option '" + option + "' needs a file name, got an empty one");
    }
    return value;
  }

  /** The text of {@code -c}'s value: a negative size is a wrong value, not a missing one. */
  private static String cacheSize(List<String> args, int i) throws UsageException {
    return i < args.size() && args.get(i).matches("-\\d+[KkMmGg]?") ? args.get(i) : next(args, i, "-c");
  }

  /**
   * gpt's {@code -c} value: bytes, with an optional K, M or G suffix; 0 disables the cache, and a
   * negative size is refused, as gpt refuses it.
   */
  private static long bytes(String text) throws UsageException {
    String digits = text.trim().toUpperCase(java.util.Locale.ROOT);
    long factor = 1;
    if (digits.endsWith("K") || digits.endsWith("M") || digits.endsWith("G")) {
      factor = 1L << (10 * ("KMG".indexOf(digits.charAt(digits.length() - 1)) + 1));
      digits = digits.substring(0, digits.length() - 1);
    }
    try {
      long size = Math.multiplyExact(Long.parseLong(digits), factor);
      if (size < 0) {
        throw new UsageException("Option '-c' takes a tile cache size of 0 (no cache) or more bytes, got '"
            + text + "'");
      }
      return size;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UsageException("Option '-c' takes a tile cache size in bytes, optionally with K, M or G, got '"
          + text + "'");
    }
  }

  /**
   * The value of {@code -q}, or null for 0 or less, which gpt ignores, keeping the default; a
   * negative number is such a count, not a missing value.
   */
  private static Integer threadCount(List<String> args, int i) throws UsageException {
    String text = i < args.size() && args.get(i).matches("-\\d+") ? args.get(i) : next(args, i, "-q");
    try {
      int value = Integer.parseInt(text.trim());
      return value >= 1 ? value : null;
    } catch (NumberFormatException e) {
      throw new UsageException("Option '-q' takes the number of threads, an integer (0 or less keeps the default);"
          + " got '" + text + "'");
    }
  }
}
