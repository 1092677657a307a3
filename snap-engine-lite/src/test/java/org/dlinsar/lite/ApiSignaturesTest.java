package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.dlinsar.lite.ApiSignatures.ListedClass;
import org.dlinsar.lite.ApiSignatures.ListedMember;
import org.junit.jupiter.api.Test;

class ApiSignaturesTest {

  @Test
  void leavesOutJaiAndGeoToolsLinesAndClasses() {
    ApiSignatures api = ApiSignatures.parse(List.of(
        "public class a.B   [opt]",
        "  public void kept(int);                         [since 12]",
        "  public javax.media.jai.ROI roi();              [JAI]",
        "  public org.opengis.Crs crs();                  [GT] (opengis)",
        "  public a.Stx getStx();                         [JAI internally: Histogram]",
        "public interface a.Transform         [GT] (returns MathTransform2D)",
        "  public abstract void transform();"));

    assertEquals(List.of("kept"), api.get("a.B").members().stream().map(ListedMember::name).toList());
    assertNull(api.get("a.Transform"));
  }

  @Test
  void readsConstantsWithoutTheirComments() {
    ListedClass listed = ApiSignatures.parse(List.of(
        "public final class a.Unit",
        "  public static final java.lang.String METERS_PER_DAY = \"m/day\";  // not a // comment inside",
        "  public static final int NO_METADATA = 99999;",
        "  public static final java.util.TimeZone UTC_TIME_ZONE;   // = TimeZone.getTimeZone(\"UTC\")"))
        .get("a.Unit");

    assertEquals("m/day", listed.members().get(0).constantValue());
    assertEquals("99999", listed.members().get(1).constantValue());
    assertNull(listed.members().get(2).constantValue());
    assertEquals("java.util.TimeZone", listed.members().get(2).type());
  }

  @Test
  void erasesGenericsVarargsAndAnnotationDefaults() {
    ListedClass listed = ApiSignatures.parse(List.of(
        "public class a.Group<T extends a.Node> extends a.Node",
        "  public T[] toArray(T[]);",
        "  public static a.P create(java.lang.String, java.util.Map<java.lang.String, java.lang.Object>, a.P...)"
            + " throws a.OperatorException;",
        "public @interface a.Parameter       @Target(FIELD)",
        "  public abstract java.lang.Class<? extends a.Validator> validator() default a.Validator.class;"))
        .get("a.Group");

    assertEquals(List.of("a.Node[]"), listed.members().get(0).parameterTypes());
    assertEquals("a.Node[]", listed.members().get(0).type());
    assertEquals(List.of("java.lang.String", "java.util.Map", "a.P[]"), listed.members().get(1).parameterTypes());
    assertEquals(true, listed.members().get(1).isStatic());
  }

  @Test
  void recognisesConstructorsByTheClassName() {
    ListedMember constructor = ApiSignatures.parse(List.of(
        "public final class a.Tile$Pos      (nested in interface Tile => implicitly static)",
        "  public a.Tile$Pos(int, int);")).get("a.Tile$Pos").members().get(0);

    assertEquals("constructor", constructor.kind());
    assertEquals(List.of("int", "int"), constructor.parameterTypes());
  }

  @Test
  void readsClassModifiersKindsAndSupertypesUpToANote() {
    ApiSignatures api = ApiSignatures.parse(List.of(
        "public abstract class a.Node<T extends a.P> extends a.Base<T> implements a.I, java.util.List<T>"
            + "   [stand-in omits a.I] (a note, with words)",
        "  public final void fixed();",
        "  public abstract void open();                [stand-in: may omit]",
        "public static final class a.Outer$Mode extends java.lang.Enum<a.Outer$Mode>",
        "public interface a.J extends a.I, a.K           (nested notes end the list)",
        "public @interface a.Tag            @Target(FIELD)"));

    ListedClass node = api.get("a.Node");
    assertEquals("class", node.kind());
    assertEquals(Set.of("abstract"), node.modifiers());
    assertEquals(List.of("a.Base", "a.I", "java.util.List"), node.supertypes());
    assertEquals(Set.of("a.I"), node.omittedSupertypes());
    assertEquals(List.of(true, false), node.members().stream().map(ListedMember::isFinal).toList());
    assertEquals(List.of(false, true), node.members().stream().map(ListedMember::isAbstract).toList());
    assertEquals(List.of(false, true), node.members().stream().map(ListedMember::mayOmit).toList());
    assertEquals("enum", api.get("a.Outer$Mode").kind());
    assertEquals(Set.of("static", "final"), api.get("a.Outer$Mode").modifiers());
    assertEquals(List.of("a.I", "a.K"), api.get("a.J").supertypes());
    assertEquals(List.of(), api.get("a.Tag").supertypes());
  }

  @Test
  void rejectsAnOmittedSupertypeTheHeaderDoesNotList() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ApiSignatures.parse(List.of("public class a.B extends a.C   [stand-in omits a.D]")));

    assertEquals("signatures line 1 marks a.D as omitted, but the header does not list it as a supertype:"
        + " public class a.B extends a.C", error.getMessage());
  }

  @Test
  void rejectsAMemberBeforeAnyClassNamingTheLine() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ApiSignatures.parse(List.of("# header", "  public void orphan();")));

    assertEquals("signatures line 2 lists a member outside a class: public void orphan();", error.getMessage());
  }
}
