package org.dlinsar.lite.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.FlagCoding;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

/** Valid-pixel expressions with the grammar and functions of SNAP's jexp (snap-core jexp/impl, 14.x). */
class ValidPixelExpressionTest {

  private final Product product = new Product("p", "T", 4, 1);
  private final Band v = product.addBand("v", ProductData.TYPE_FLOAT32);
  private final Band flags = product.addBand("flag bits", ProductData.TYPE_UINT8);

  ValidPixelExpressionTest() {
    v.setRasterData(ProductData.createInstance(new float[] {0f, 1.5f, Float.NaN, 4f}));
    flags.setRasterData(ProductData.createInstance(ProductData.TYPE_UINT8, new byte[] {0, 1, 2, 3}));
    flags.setScalingFactor(10);
  }

  private boolean[] eval(String expression) {
    v.setValidPixelExpression(expression);
    return ValidPixelExpression.evaluate(v, new Rectangle(0, 0, 4, 1));
  }

  @Test
  void precedenceAndKeywordsAsJexp() {
    assertArrayEquals(new boolean[] {true, false, false, true}, eval("v > 2 || v < 1 and not nan(v)"));
    assertArrayEquals(new boolean[] {false, true, false, false}, eval("if v > 1 && v < 2 then true else false"));
    assertArrayEquals(new boolean[] {true, true, true, false}, eval("v == 4 ? 0 : 1"));
    assertArrayEquals(new boolean[] {true, true, true, true}, eval("1 + 2 * 3 == 7 && -2 * -2 == 4"));
  }

  @Test
  void namesRawSamplesIntegerArithmeticAndPixelCentres() {
    assertArrayEquals(new boolean[] {false, false, true, true}, eval("'flag bits.raw' >= 2"));
    assertArrayEquals(new boolean[] {false, true, true, true}, eval("'flag bits' >= 10"));
    assertArrayEquals(new boolean[] {false, true, false, true}, eval("bit_set('flag bits.raw', 0)"));
    assertArrayEquals(new boolean[] {false, true, false, true}, eval("('flag bits.raw' & 0x1) != 0"));
    assertArrayEquals(new boolean[] {true, true, true, true}, eval("7 / 2 == 3 && 7.0 / 2 == 3.5"));
    assertArrayEquals(new boolean[] {false, false, true, false}, eval("feq(X, 2.5) && Y == 0.5"));
    assertArrayEquals(new boolean[] {true, false, true, true}, eval("fneq(v, 1.5000001)"));
  }

  @Test
  void masksAndFlagsAreNamesAsInSnap() {
    FlagCoding coding = new FlagCoding("flag bits");
    coding.addFlag("ODD", 1, "bit 0");
    coding.addFlag("THREE", 3, 3, "bits 0 and 1 both set");
    flags.setSampleCoding(coding);
    product.addMask("big", "v > 1", null, Color.RED, 0.5);

    assertArrayEquals(new boolean[] {false, true, false, true}, eval("'flag bits.ODD'"));
    assertArrayEquals(new boolean[] {false, false, false, true}, eval("'flag bits.THREE'"));
    assertArrayEquals(new boolean[] {false, true, false, true}, eval("big"));
    assertArrayEquals(new boolean[] {true, false, true, false}, eval("!big"));
  }

  @Test
  void errorsNameTheBandTheExpressionAndTheProblem() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> eval("w > 1"));
    assertTrue(unknown.getMessage().equals("valid-pixel expression 'w > 1' of band 'v': unknown symbol 'w' at position 0"),
        unknown.getMessage());
    IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class, () -> eval("v > (1"));
    assertTrue(syntax.getMessage().contains("expected ')'"), syntax.getMessage());
    IllegalArgumentException function = assertThrows(IllegalArgumentException.class, () -> eval("foo(v)"));
    assertTrue(function.getMessage().contains("unknown function 'foo'"), function.getMessage());
  }
}
