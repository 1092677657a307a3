package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
  void rejectsAMemberBeforeAnyClassNamingTheLine() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ApiSignatures.parse(List.of("# header", "  public void orphan();")));

    assertEquals("signatures line 2 lists a member outside a class: public void orphan();", error.getMessage());
  }
}
