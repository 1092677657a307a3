package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dlinsar.lite.signaturefixture.Child;
import org.dlinsar.lite.signaturefixture.Generic;
import org.dlinsar.lite.signaturefixture.Listed;
import org.dlinsar.lite.signaturefixture.Loose;
import org.dlinsar.lite.signaturefixture.Mode;
import org.dlinsar.lite.signaturefixture.Partial;
import org.dlinsar.lite.signaturefixture.Shape;
import org.dlinsar.lite.signaturefixture.Unlisted;
import org.junit.jupiter.api.Test;

class SignatureCheckerTest {

  private static final String FIXTURE = "org.dlinsar.lite.signaturefixture.";

  private static final List<String> LISTING = List.of(
      "# fixture listing",
      "public class " + FIXTURE + "Listed",
      "  public static final int LIMIT = 3;",
      "  public static final java.lang.String WORD = \"word\";   // the class has \"wrong\"",
      "  public " + FIXTURE + "Listed();",
      "  public int size();",
      "  public int count();",
      "  public void tool();",
      "  protected void hook(java.lang.String[], java.util.List<java.lang.String>);",
      "  protected void exposed();",
      "public class " + FIXTURE + "Child extends " + FIXTURE + "Listed implements java.lang.Comparable<" + FIXTURE
          + "Child>",
      "  public " + FIXTURE + "Child();",
      "public class " + FIXTURE + "Generic<T extends java.lang.Number>",
      "  public " + FIXTURE + "Generic();",
      "  public T first();                      // erased: java.lang.Number",
      "  public final void put(T, T...);",
      "public class " + FIXTURE + "Shape",
      "public abstract class " + FIXTURE + "Loose implements java.io.Closeable",
      "  public final int count;",
      "  public " + FIXTURE + "Loose();",
      "  public final void fixed();",
      "  public abstract void hook();",
      "  public abstract void missing();",
      "  public abstract void optional();              [stand-in: may omit]",
      "public final class " + FIXTURE + "Mode",
      "  public static final " + FIXTURE + "Mode ON;",
      "  public static " + FIXTURE + "Mode[] values();",
      "  public static " + FIXTURE + "Mode valueOf(java.lang.String);",
      "public abstract class " + FIXTURE + "Partial implements java.io.Closeable, a.Gone   [stand-in omits a.Gone]",
      "  protected " + FIXTURE + "Partial();",
      "  public final void close();",
      "  public abstract void run();");

  private final SignatureChecker checker = new SignatureChecker(ApiSignatures.parse(LISTING),
      type -> type.getName().startsWith(FIXTURE));

  @Test
  void reportsEveryWrongMemberOfAListedClass() {
    List<String> problems = checker.check(List.of(Listed.class));

    assertEquals(List.of(
        "field " + FIXTURE + "Listed.WORD = wrong, listed = word",
        "constructor " + FIXTURE + "Listed(int) is not listed",
        FIXTURE + "Listed.count() has type long, listed int",
        "method " + FIXTURE + "Listed.extra() is not listed and overrides no listed method of a supertype",
        FIXTURE + "Listed.tool() is static, listed not static",
        FIXTURE + "Listed.exposed() is public, listed protected"),
        problems.stream().sorted(this::byListingOrder).toList());
  }

  @Test
  void acceptsOverridesOfListedSupertypeMethodsJdkInterfacesAndObject() {
    assertEquals(List.of(), checker.check(List.of(Child.class)));
  }

  @Test
  void comparesTypeVariablesByTheirErasure() {
    assertEquals(List.of(), checker.check(List.of(Generic.class)));
  }

  @Test
  void reportsUnlistedPublicClassesAndWrongKinds() {
    List<String> problems = checker.check(List.of(Unlisted.class, Shape.class));

    assertEquals(List.of("public class " + FIXTURE + "Unlisted is not listed",
        FIXTURE + "Shape is a interface, listed as class"), problems.subList(0, 2));
  }

  @Test
  void reportsModifiersSupertypesAndAbstractMethodsLessRestrictiveThanListed() {
    List<String> problems = checker.check(List.of(Loose.class));

    assertEquals(List.of(
        FIXTURE + "Loose is not abstract, listed abstract (less restrictive than SNAP: breaks plugins)",
        FIXTURE + "Loose is not a java.io.Closeable, listed as its supertype",
        FIXTURE + "Loose is a java.io.Serializable, which SNAP's is not (not listed as its supertype, nor as a"
            + " supertype of one)",
        FIXTURE + "Loose does not declare the listed abstract method public abstract void missing() (a plugin"
            + " implementing it here would fail in SNAP with AbstractMethodError)",
        FIXTURE + "Loose.count is not final, listed final (less restrictive than SNAP: breaks plugins)",
        FIXTURE + "Loose.fixed() is not final, listed final (less restrictive than SNAP: breaks plugins)",
        FIXTURE + "Loose.hook() is not abstract, listed abstract (less restrictive than SNAP: breaks plugins)"),
        problems);
  }

  @Test
  void reportsAStandInMoreRestrictiveThanListed() {
    List<String> listing = List.of(
        "public class " + FIXTURE + "Partial implements java.io.Closeable",
        "  protected " + FIXTURE + "Partial();",
        "  public void close();",
        "  public void run();");
    SignatureChecker strict = new SignatureChecker(ApiSignatures.parse(listing),
        type -> type.getName().startsWith(FIXTURE));

    assertEquals(List.of(
        FIXTURE + "Partial is abstract, listed not abstract (more restrictive than SNAP)",
        FIXTURE + "Partial.close() is final, listed not final (more restrictive than SNAP)",
        FIXTURE + "Partial.run() is abstract, listed not abstract (more restrictive than SNAP)"),
        strict.check(List.of(Partial.class)).stream().sorted().toList());
  }

  @Test
  void acceptsSupertypesTheListingMarksOmitted() {
    assertEquals(List.of(), checker.check(List.of(Partial.class)));
  }

  @Test
  void reportsAnEnumListedAsAClass() {
    List<String> problems = checker.check(List.of(Mode.class));

    assertEquals(FIXTURE + "Mode is a enum, listed as class", problems.get(0));
    assertTrue(problems.contains(FIXTURE + "Mode is a java.lang.Enum, which SNAP's is not (not listed as its"
        + " supertype, nor as a supertype of one)"), problems.toString());
  }

  @Test
  void ignoresClassesThatAreNotPublic() throws ClassNotFoundException {
    Class<?> hidden = Class.forName(FIXTURE + "Hidden");

    assertTrue(checker.check(List.of(hidden)).isEmpty());
  }

  private int byListingOrder(String a, String b) {
    List<String> order = List.of("WORD", "(int)", "count", "extra", "tool", "exposed");
    return Integer.compare(rank(order, a), rank(order, b));
  }

  private static int rank(List<String> order, String problem) {
    for (int i = 0; i < order.size(); i++) {
      if (problem.contains(order.get(i))) {
        return i;
      }
    }
    return order.size();
  }
}
