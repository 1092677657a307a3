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
 * Compares compiled classes with the listed API: every public class must be listed with the same
 * kind, and every public or protected member it declares must be listed for it (same erased
 * signature, access, static-ness and constant value) or override a method of a supertype
 * (listed for a stand-in supertype, or declared by a supertype outside the stand-in, such as
 * {@link Object}).
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
    return type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : "class";
  }
}
