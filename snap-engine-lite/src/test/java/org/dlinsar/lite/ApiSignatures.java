package org.dlinsar.lite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API listed in {@code signatures.txt}: javap-like lines, one class header followed by its
 * members, with erased types.
 *
 * <p>Comments after {@code //} and lines starting with {@code #} are ignored. Markers in brackets
 * ({@code [opt]}, {@code [since 12]}) are dropped; a line marked {@code [JAI...]} or
 * {@code [GT...]} is left out, and a class header so marked leaves out its members too. Generic
 * arguments are erased and type variables replaced by their bound; varargs become arrays;
 * annotation {@code default} clauses and {@code throws} clauses are ignored.
 *
 * <p>A class header keeps its modifiers, its kind ({@code class}, {@code interface},
 * {@code @interface}, or {@code enum} for a {@code final class ... extends java.lang.Enum<...>}, as
 * javap writes an enum) and its direct supertypes ({@code extends} and {@code implements}, erased;
 * a note after them, such as {@code (marker in stand-in)} or {@code @Target(FIELD)}, ends the
 * list). A header marker {@code [stand-in omits a.B, c.D]} names listed supertypes that the stand-in
 * leaves out (types it does not declare, such as GeoTools- or UI-only interfaces); each must be one
 * of the header's supertypes. A member keeps its {@code final} and {@code abstract} modifiers.
 */
final class ApiSignatures {

  /**
   * One listed class.
   *
   * @param kind "class", "interface", "@interface" or "enum"
   * @param modifiers the listed modifiers among "abstract", "final" and "static"
   * @param supertypes the direct supertypes listed after {@code extends} and {@code implements}
   *     (erased binary names; for an interface, its superinterfaces)
   * @param omittedSupertypes those of {@code supertypes} the header marks as left out of the
   *     stand-in ({@code [stand-in omits ...]})
   */
  record ListedClass(String name, String kind, Set<String> modifiers, List<String> supertypes,
      Set<String> omittedSupertypes, List<ListedMember> members, String line) {
  }

  /**
   * One listed member.
   *
   * @param kind "field", "method" or "constructor"
   * @param access "public" or "protected"
   * @param isFinal whether the line says {@code final}
   * @param isAbstract whether the line says {@code abstract} (every method of a listed interface
   *     or annotation type but its static ones)
   * @param type the erased field or return type ("void" for constructors)
   * @param parameterTypes erased parameter types (empty for fields)
   * @param constantValue the listed value of a constant (strings unquoted), or null
   * @param mayOmit whether the line is marked optional for the stand-in ({@code [opt...]} or
   *     {@code [stand-in: may omit]})
   */
  record ListedMember(String kind, String name, String access, boolean isStatic, boolean isFinal,
      boolean isAbstract, String type, List<String> parameterTypes, String constantValue, boolean mayOmit,
      String line) {
  }

  private static final Pattern HEADER = Pattern.compile(
      "^(public|protected)\\s+((?:(?:abstract|static|final)\\s+)*)(class|interface|@interface)\\s+([\\w.$]+)(.*)$");
  private static final Pattern MARKER = Pattern.compile("\\[([A-Za-z][^\\]]*)\\]");
  private static final String OMITS = "stand-in omits ";
  private static final String NAME = "[\\w.$]+";
  private static final Pattern SUPERTYPES = Pattern.compile(
      "^\\s*(?:extends\\s+(" + NAME + "(?:\\s*,\\s*" + NAME + ")*))?\\s*(?:implements\\s+(" + NAME
          + "(?:\\s*,\\s*" + NAME + ")*))?(?:\\s.*)?$");
  private static final List<String> MODIFIERS = List.of("public", "protected", "private", "static", "final",
      "abstract", "synchronized", "native", "default", "transient", "volatile", "strictfp");

  private final Map<String, ListedClass> classes = new LinkedHashMap<>();

  private ApiSignatures() {
  }

  /**
   * Parses the lines of a signatures file.
   *
   * @throws IllegalArgumentException naming the line number of a member outside any class or a
   *     line that cannot be read
   */
  static ApiSignatures parse(List<String> lines) {
    ApiSignatures api = new ApiSignatures();
    ListedClass current = null;
    boolean currentOmitted = false;
    Map<String, String> typeVariables = Map.of();
    for (int number = 1; number <= lines.size(); number++) {
      String line = stripComment(lines.get(number - 1)).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean omitted = false;
      boolean mayOmit = false;
      Set<String> omittedSupertypes = new LinkedHashSet<>();
      Matcher marker = MARKER.matcher(line);
      while (marker.find()) {
        omitted |= marker.group(1).startsWith("JAI") || marker.group(1).startsWith("GT");
        mayOmit |= marker.group(1).startsWith("opt") || marker.group(1).contains("may omit");
        if (marker.group(1).startsWith(OMITS)) {
          for (String name : marker.group(1).substring(OMITS.length()).split(",")) {
            omittedSupertypes.add(name.trim());
          }
        }
      }
      line = MARKER.matcher(line).replaceAll("").trim();
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        currentOmitted = omitted;
        String rest = header.group(5);
        typeVariables = rest.startsWith("<") ? typeVariables(rest.substring(0, closing(rest, 0) + 1)) : Map.of();
        current = listedClass(header, omittedSupertypes, line, number);
        if (!omitted) {
          api.classes.put(current.name(), current);
        }
        continue;
      }
      if (current == null) {
        throw new IllegalArgumentException("signatures line " + number + " lists a member outside a class: " + line);
      }
      if (omitted || currentOmitted) {
        continue;
      }
      try {
        current.members().add(member(line, current.name(), typeVariables, mayOmit));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("cannot read signatures line " + number + ": " + line, e);
      }
    }
    return api;
  }

  private static ListedClass listedClass(Matcher header, Set<String> omittedSupertypes, String line, int number) {
    String rest = header.group(5);
    if (rest.startsWith("<")) {
      rest = rest.substring(closing(rest, 0) + 1);
    }
    Matcher supertypeText = SUPERTYPES.matcher(erase(rest));
    if (!supertypeText.matches()) {
      throw new IllegalArgumentException("cannot read the supertypes on signatures line " + number + ": " + line);
    }
    List<String> supertypes = new ArrayList<>();
    for (int group = 1; group <= 2; group++) {
      if (supertypeText.group(group) != null) {
        for (String name : supertypeText.group(group).split(",")) {
          supertypes.add(name.trim());
        }
      }
    }
    for (String name : omittedSupertypes) {
      if (!supertypes.contains(name)) {
        throw new IllegalArgumentException("signatures line " + number + " marks " + name
            + " as omitted, but the header does not list it as a supertype: " + line);
      }
    }
    Set<String> modifiers = new LinkedHashSet<>(tokens(header.group(2).trim()));
    modifiers.remove("");
    String kind = header.group(3).equals("class") && supertypes.contains("java.lang.Enum") ? "enum" : header.group(3);
    return new ListedClass(header.group(4), kind, Set.copyOf(modifiers), List.copyOf(supertypes),
        Set.copyOf(omittedSupertypes), new ArrayList<>(), line);
  }

  /** The listed class of this binary name, or null. */
  ListedClass get(String binaryName) {
    return classes.get(binaryName);
  }

  /** All listed classes in file order. */
  List<ListedClass> classes() {
    return List.copyOf(classes.values());
  }

  private static ListedMember member(String line, String className, Map<String, String> typeVariables,
      boolean mayOmit) {
    String text = line.endsWith(";") ? line.substring(0, line.length() - 1).trim() : line;
    int paren = text.indexOf('(');
    int equals = indexOutsideQuotes(text, '=');
    if (paren >= 0 && (equals < 0 || paren < equals)) {
      return method(text, paren, className, typeVariables, mayOmit);
    }
    String declaration = equals >= 0 ? text.substring(0, equals).trim() : text;
    String value = equals >= 0 ? unquote(text.substring(equals + 1).trim()) : null;
    List<String> tokens = tokens(erase(declaration));
    int first = firstNonModifier(tokens);
    return new ListedMember("field", tokens.get(tokens.size() - 1), access(tokens), tokens.contains("static"),
        tokens.contains("final"), false, type(tokens.get(first), typeVariables), List.of(), value, mayOmit, line);
  }

  private static ListedMember method(String text, int paren, String className, Map<String, String> typeVariables,
      boolean mayOmit) {
    int close = closingParen(text, paren);
    List<String> head = tokens(erase(text.substring(0, paren)));
    String name = head.get(head.size() - 1);
    List<String> parameters = new ArrayList<>();
    String parameterText = erase(text.substring(paren + 1, close)).trim();
    if (!parameterText.isEmpty()) {
      for (String parameter : parameterText.split(",")) {
        parameters.add(type(parameter.trim().split("\\s+")[0], typeVariables));
      }
    }
    int first = firstNonModifier(head);
    boolean constructor = first == head.size() - 1 && name.equals(className);
    return new ListedMember(constructor ? "constructor" : "method", constructor ? "<init>" : name, access(head),
        head.contains("static"), head.contains("final"), head.contains("abstract"),
        constructor ? "void" : type(head.get(first), typeVariables),
        List.copyOf(parameters), null, mayOmit, text);
  }

  private static Map<String, String> typeVariables(String declaration) {
    Map<String, String> variables = new LinkedHashMap<>();
    String inner = declaration.substring(1, declaration.length() - 1);
    for (String part : splitTopLevel(inner)) {
      String[] words = part.trim().split("\\s+", 3);
      String bound = words.length == 3 && words[1].equals("extends")
          ? erase(words[2]).split("&")[0].trim() : "java.lang.Object";
      variables.put(words[0], bound);
    }
    return variables;
  }

  private static String type(String raw, Map<String, String> typeVariables) {
    String type = raw.replace("...", "[]");
    String dims = "";
    while (type.endsWith("[]")) {
      dims += "[]";
      type = type.substring(0, type.length() - 2);
    }
    return typeVariables.getOrDefault(type, type) + dims;
  }

  private static int firstNonModifier(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!MODIFIERS.contains(tokens.get(i))) {
        return i;
      }
    }
    throw new IllegalArgumentException("no type or name");
  }

  private static String access(List<String> tokens) {
    return tokens.contains("protected") ? "protected" : "public";
  }

  private static List<String> tokens(String text) {
    return List.of(text.trim().split("\\s+"));
  }

  /** {@code text} without generic arguments ({@code <...>}, nested). */
  static String erase(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
      if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      depth += text.charAt(i) == '<' ? 1 : text.charAt(i) == '>' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced '<' in " + text);
  }

  private static int closingParen(String text, int open) {
    int close = text.indexOf(')', open);
    if (close < 0) {
      throw new IllegalArgumentException("no ')' in " + text);
    }
    return close;
  }

  private static String stripComment(String line) {
    boolean quoted = false;
    for (int i = 0; i + 1 < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == '/' && line.charAt(i + 1) == '/') {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static int indexOutsideQuotes(String text, char wanted) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return value;
  }
}
