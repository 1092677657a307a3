package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dlinsar.lite.signaturefixture.Child;
import org.dlinsar.lite.signaturefixture.Generic;
import org.dlinsar.lite.signaturefixture.Listed;
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
      "public class " + FIXTURE + "Child extends " + FIXTURE + "Listed",
      "  public " + FIXTURE + "Child();",
      "public class " + FIXTURE + "Generic<T extends java.lang.Number>",
      "  public " + FIXTURE + "Generic();",
      "  public T first();                      // erased: java.lang.Number",
      "  public void put(T, T...);",
      "public class " + FIXTURE + "Shape");

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
