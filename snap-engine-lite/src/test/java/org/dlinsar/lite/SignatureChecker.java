package org.dlinsar.lite;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.dlinsar.lite.ApiSignatures.ListedClass;
import org.dlinsar.lite.ApiSignatures.ListedMember;

/**
 * Compares compiled classes with the listed API: every public class must be listed, and every
 * public or protected member it declares must be listed for it or override a method of a supertype
 * (listed for a stand-in supertype, or declared by a supertype outside the stand-in, such as
 * {@link Object}).
 *
 * <p>What is compared, and why. A plugin is compiled against the stand-in and linked against SNAP,
 * so every difference the JVM checks when it links or runs the plugin must be absent:
 * <ul>
 *   <li>a class's kind (class, interface, annotation type, enum): a call compiled for a class
 *       fails on an interface and the reverse ({@link IncompatibleClassChangeError}), and a
 *       {@code switch} over an enum needs {@link Enum}'s {@code ordinal()};
 *   <li>a class's {@code abstract} and {@code final} (and {@code static} of a member class): a
 *       plugin that instantiates a class SNAP has abstract gets {@link InstantiationError}, one
 *       that extends a class SNAP has final gets {@link VerifyError};
 *   <li>a class's supertypes: every listed supertype ({@code extends}, {@code implements}) must be
 *       a supertype of the stand-in class, unless the header marks it
 *       {@code [stand-in omits ...]} (a type the stand-in does not declare); and every public
 *       supertype of the stand-in class must be a supertype of SNAP's (listed, or a supertype of a
 *       listed one): a plugin that passes a {@code Product} where SNAP's has no such supertype fails
 *       verification, and the plugin could not pass it where SNAP's has one the stand-in lacks;
 *   <li>a member's access, {@code static}, erased type and constant value, and its
 *       {@code final} and {@code abstract}: a plugin subclass overriding a method SNAP has final
 *       fails to load ({@link VerifyError}), one writing a field SNAP has final gets
 *       {@link IllegalAccessError}, and one that leaves unimplemented a method SNAP has abstract
 *       gets {@link AbstractMethodError} when SNAP calls it; for that reason too, a listed abstract
 *       method must be declared by the stand-in unless its line is marked {@code [opt]} or
 *       {@code [stand-in: may omit]}.
 * </ul>
 * The modifiers are compared both ways, though only the stand-in being less restrictive than SNAP
 * (not final where SNAP's is, concrete where SNAP's is abstract) breaks a plugin at link time. A
 * stand-in more restrictive than SNAP (final where SNAP's is not, abstract where SNAP implements
 * it) links, but makes plugin authors work around or re-implement what SNAP provides, and the list
 * then no longer describes the stand-in's contract; either way the list or the stand-in is wrong,
 * and the check names which way. The modifier {@code abstract} of an interface's or annotation
 * type's class is implicit and not compared; {@code synchronized}, {@code native},
 * {@code strictfp}, {@code transient} and {@code volatile} do not affect linking and are not
 * compared.
 */
final class SignatureChecker {

  private final ApiSignatures api;
  private final Predicate<Class<?>> inStandIn;

  /**
   * @param inStandIn which classes belong to the checked stand-in (their supertypes' members
   *     count only as listed); other supertypes (the JDK) count with all their methods
   */
  SignatureChecker(ApiSignatures api, Predicate<Class<?>> inStandIn) {
    this.api = api;
    this.inStandIn = inStandIn;
  }

  /** One line per offending class or member; empty when everything matches. */
  List<String> check(Collection<Class<?>> classes) {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : classes) {
      if (Modifier.isPublic(type.getModifiers()) && !type.isSynthetic() && !type.isAnonymousClass()
          && !type.isLocalClass()) {
        checkClass(type, problems);
      }
    }
    return problems;
  }

  private void checkClass(Class<?> type, List<String> problems) {
    ListedClass listed = api.get(type.getName());
    if (listed == null) {
      problems.add("public " + kindOf(type) + " " + type.getName() + " is not listed");
      return;
    }
    if (!listed.kind().equals(kindOf(type))) {
      problems.add(type.getName() + " is a " + kindOf(type) + ", listed as " + listed.kind());
    }
    checkClassModifiers(type, listed, problems);
    checkSupertypes(type, listed, problems);
    checkAbstractMethodsDeclared(type, listed, problems);
    for (Field field : type.getDeclaredFields()) {
      if (visible(field) && !field.isSynthetic()) {
        checkField(type, field, listed, problems);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor) && !constructor.isSynthetic()) {
        checkConstructor(type, constructor, listed, problems);
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
        checkMethod(type, method, listed, problems);
      }
    }
  }

  private static void checkClassModifiers(Class<?> type, ListedClass listed, List<String> problems) {
    int modifiers = type.getModifiers();
    if (!type.isInterface()) {
      compareModifier(type.getName(), "abstract", Modifier.isAbstract(modifiers),
          listed.modifiers().contains("abstract"), problems);
      compareModifier(type.getName(), "final", Modifier.isFinal(modifiers), listed.modifiers().contains("final"),
          problems);
    }
    if (type.isMemberClass()) {
      boolean isStatic = Modifier.isStatic(modifiers);
      if (isStatic != listed.modifiers().contains("static")) {
        problems.add(type.getName() + " is " + (isStatic ? "a static nested class" : "an inner class") + ", listed "
            + (isStatic ? "not " : "") + "static");
      }
    }
  }

  /**
   * Every listed supertype not marked omitted must be a supertype of {@code type}, and every public
   * supertype of {@code type} must be one of SNAP's: a listed supertype or a supertype of one.
   */
  private void checkSupertypes(Class<?> type, ListedClass listed, List<String> problems) {
    Set<String> actual = new LinkedHashSet<>();
    for (Class<?> supertype : supertypes(type)) {
      actual.add(supertype.getName());
    }
    for (String supertype : listed.supertypes()) {
      if (!actual.contains(supertype) && !listed.omittedSupertypes().contains(supertype)) {
        problems.add(type.getName() + " is not a " + supertype + ", listed as its supertype");
      }
    }
    Set<String> snap = snapSupertypes(listed);
    for (Class<?> supertype : supertypes(type)) {
      if (supertype != Object.class && Modifier.isPublic(supertype.getModifiers())
          && !snap.contains(supertype.getName())) {
        problems.add(type.getName() + " is a " + supertype.getName() + ", which SNAP's is not (not listed as"
            + " its supertype, nor as a supertype of one)");
      }
    }
  }

  /**
   * The supertypes SNAP's class has by the list: its listed supertypes (omitted ones too), theirs
   * where they are listed, and all supertypes of those outside the stand-in that load here (the JDK).
   */
  private Set<String> snapSupertypes(ListedClass listed) {
    Set<String> all = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(listed.supertypes());
    if (listed.kind().equals("@interface")) {
      pending.add("java.lang.annotation.Annotation");
    }
    while (!pending.isEmpty()) {
      String name = pending.poll();
      if (!all.add(name)) {
        continue;
      }
      ListedClass listedSupertype = api.get(name);
      if (listedSupertype != null) {
        pending.addAll(listedSupertype.supertypes());
        continue;
      }
      try {
        Class<?> outside = Class.forName(name, false, SignatureChecker.class.getClassLoader());
        if (!inStandIn.test(outside)) {
          supertypes(outside).forEach(supertype -> pending.add(supertype.getName()));
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // A SNAP type the stand-in leaves out (ExtensibleObject, GeoTools types): nothing to add.
      }
    }
    return all;
  }

  /**
   * Every listed abstract method must be declared by the stand-in class unless its line lets the
   * stand-in omit it: a plugin class extending or implementing the stand-in's would otherwise
   * compile without it and fail with {@link AbstractMethodError} when SNAP calls it.
   */
  private static void checkAbstractMethodsDeclared(Class<?> type, ListedClass listed, List<String> problems) {
    for (ListedMember member : listed.members()) {
      if (member.kind().equals("method") && member.isAbstract() && !member.mayOmit()
          && Arrays.stream(type.getDeclaredMethods()).noneMatch(method -> method.getName().equals(member.name())
              && typeNames(method.getParameterTypes()).equals(member.parameterTypes()))) {
        problems.add(type.getName() + " does not declare the listed abstract method " + member.line()
            + " (a plugin implementing it here would fail in SNAP with AbstractMethodError)");
      }
    }
  }

  private static void compareModifier(String where, String modifier, boolean actual, boolean listed,
      List<String> problems) {
    if (actual != listed) {
      problems.add(where + " is " + (actual ? "" : "not ") + modifier + ", listed " + (listed ? "" : "not ")
          + modifier + (actual ? " (more restrictive than SNAP)" : " (less restrictive than SNAP: breaks plugins)"));
    }
  }

  private void checkField(Class<?> type, Field field, ListedClass listed, List<String> problems) {
    ListedMember member = find(listed, "field", field.getName(), null);
    String where = type.getName() + "." + field.getName();
    if (member == null) {
      problems.add("field " + where + " is not listed");
      return;
    }
    compare(where, field, field.getType().getTypeName(), member, problems);
    if (member.constantValue() != null) {
      try {
        field.setAccessible(true);
        Object value = field.get(null);
        if (!sameConstant(value, member.constantValue())) {
          problems.add("field " + where + " = " + value + ", listed = " + member.constantValue());
        }
      } catch (ReflectiveOperationException | RuntimeException | ExceptionInInitializerError e) {
        problems.add("field " + where + " cannot be read to check its value: " + e);
      }
    }
  }

  private void checkConstructor(Class<?> type, Constructor<?> constructor, ListedClass listed,
      List<String> problems) {
    List<String> parameters = typeNames(constructor.getParameterTypes());
    String where = type.getName() + "(" + String.join(", ", parameters) + ")";
    ListedMember member = find(listed, "constructor", "<init>", parameters);
    if (member == null) {
      problems.add("constructor " + where + " is not listed");
    } else {
      compare(where, constructor, "void", member, problems);
    }
  }

  private void checkMethod(Class<?> type, Method method, ListedClass listed, List<String> problems) {
    List<String> parameters = typeNames(method.getParameterTypes());
    String where = type.getName() + "." + method.getName() + "(" + String.join(", ", parameters) + ")";
    ListedMember member = find(listed, "method", method.getName(), parameters);
    if (member != null) {
      compare(where, method, method.getReturnType().getTypeName(), member, problems);
    } else if (Modifier.isStatic(method.getModifiers()) || !overridesAnySignature(type, method)) {
      problems.add("method " + where + " is not listed and overrides no listed method of a supertype");
    }
  }

  private void compare(String where, Member member, String actualType, ListedMember listed, List<String> problems) {
    int modifiers = member.getModifiers();
    String access = Modifier.isPublic(modifiers) ? "public" : "protected";
    if (!access.equals(listed.access())) {
      problems.add(where + " is " + access + ", listed " + listed.access());
    }
    if (Modifier.isStatic(modifiers) != listed.isStatic()) {
      problems.add(where + " is " + (Modifier.isStatic(modifiers) ? "static" : "not static")
          + ", listed " + (listed.isStatic() ? "static" : "not static"));
    }
    if (!actualType.equals(listed.type())) {
      problems.add(where + " has type " + actualType + ", listed " + listed.type());
    }
    compareModifier(where, "final", Modifier.isFinal(modifiers), listed.isFinal(), problems);
    compareModifier(where, "abstract", Modifier.isAbstract(modifiers), listed.isAbstract(), problems);
  }

  /**
   * Whether {@code method} overrides a supertype method, directly or, for an override of a
   * generic method, through the bridge method the compiler generated beside it.
   */
  private boolean overridesAnySignature(Class<?> type, Method method) {
    if (overridesSupertype(type, method.getName(), method.getParameterTypes())) {
      return true;
    }
    for (Method bridge : type.getDeclaredMethods()) {
      if (bridge.isBridge() && bridge.getName().equals(method.getName())
          && bridge.getParameterCount() == method.getParameterCount()
          && overridesSupertype(type, bridge.getName(), bridge.getParameterTypes())) {
        return true;
      }
    }
    return false;
  }

  private boolean overridesSupertype(Class<?> type, String name, Class<?>[] parameterTypes) {
    List<String> parameters = typeNames(parameterTypes);
    for (Class<?> supertype : supertypes(type)) {
      if (inStandIn.test(supertype)) {
        ListedClass listed = api.get(supertype.getName());
        ListedMember member = listed == null ? null : find(listed, "method", name, parameters);
        if (member != null && !member.isStatic()) {
          return true;
        }
      } else {
        try {
          Method inherited = supertype.getDeclaredMethod(name, parameterTypes);
          int modifiers = inherited.getModifiers();
          if (!Modifier.isStatic(modifiers) && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))) {
            return true;
          }
        } catch (NoSuchMethodException e) {
          // Not declared there; try the next supertype.
        }
      }
    }
    return false;
  }

  /** All superclasses and superinterfaces of {@code type}, nearest first, Object last. */
  private static Set<Class<?>> supertypes(Class<?> type) {
    Set<Class<?>> all = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      Class<?> current = pending.poll();
      if (current.getSuperclass() != null && all.add(current.getSuperclass())) {
        pending.add(current.getSuperclass());
      }
      for (Class<?> implemented : current.getInterfaces()) {
        if (all.add(implemented)) {
          pending.add(implemented);
        }
      }
    }
    all.remove(Object.class);
    all.add(Object.class);
    return all;
  }

  private static ListedMember find(ListedClass listed, String kind, String name, List<String> parameters) {
    for (ListedMember member : listed.members()) {
      if (member.kind().equals(kind) && member.name().equals(name)
          && (parameters == null || member.parameterTypes().equals(parameters))) {
        return member;
      }
    }
    return null;
  }

  private static boolean sameConstant(Object value, String listed) {
    if (value instanceof Number) {
      try {
        return ((Number) value).doubleValue() == Double.parseDouble(listed);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return Objects.equals(String.valueOf(value), listed);
  }

  private static boolean visible(Member member) {
    return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
  }

  private static List<String> typeNames(Class<?>[] types) {
    return Arrays.stream(types).map(Class::getTypeName).toList();
  }

  private static String kindOf(Class<?> type) {
    return type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum" : "class";
  }
}
