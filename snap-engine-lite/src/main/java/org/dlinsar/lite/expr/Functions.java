package org.dlinsar.lite.expr;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * The jexp functions a valid-pixel expression uses (snap-engine 14.x, snap-core
 * {@code jexp/impl/Functions}): {@code nan}, {@code inf}, {@code feq}/{@code fneq} (eps 1e-6 or
 * given), {@code bit_set}, and the common arithmetic ones.
 */
final class Functions {

  private static final double EPS = 1e-6;

  private Functions() {
  }

  static Term call(String name, List<Term> args, Function<String, IllegalArgumentException> error) {
    int n = args.size();
    Term a = n > 0 ? args.get(0) : null;
    Term b = n > 1 ? args.get(1) : null;
    switch (name + "/" + n) {
      case "nan/1":
        return (c, i, x, y) -> Term.of(Double.isNaN(a.eval(c, i, x, y)));
      case "inf/1":
        return (c, i, x, y) -> Term.of(Double.isInfinite(a.eval(c, i, x, y)));
      case "feq/2":
        return (c, i, x, y) -> Term.of(feq(a.eval(c, i, x, y), b.eval(c, i, x, y), EPS));
      case "fneq/2":
        return (c, i, x, y) -> Term.of(!feq(a.eval(c, i, x, y), b.eval(c, i, x, y), EPS));
      case "feq/3":
        return (c, i, x, y) -> Term.of(feq(a.eval(c, i, x, y), b.eval(c, i, x, y), args.get(2).eval(c, i, x, y)));
      case "fneq/3":
        return (c, i, x, y) -> Term.of(!feq(a.eval(c, i, x, y), b.eval(c, i, x, y), args.get(2).eval(c, i, x, y)));
      case "bit_set/2":
        return (c, i, x, y) -> Term.of((((long) a.eval(c, i, x, y) >> (long) b.eval(c, i, x, y)) & 1L) != 0);
      case "min/2":
        return (c, i, x, y) -> Math.min(a.eval(c, i, x, y), b.eval(c, i, x, y));
      case "max/2":
        return (c, i, x, y) -> Math.max(a.eval(c, i, x, y), b.eval(c, i, x, y));
      case "pow/2":
        return (c, i, x, y) -> Math.pow(a.eval(c, i, x, y), b.eval(c, i, x, y));
      case "atan2/2":
        return (c, i, x, y) -> Math.atan2(a.eval(c, i, x, y), b.eval(c, i, x, y));
      default:
        break;
    }
    DoubleUnaryOperator unary = n == 1 ? unary(name) : null;
    if (unary == null) {
      throw error.apply("unknown function '" + name + "' with " + n + " arguments");
    }
    return (c, i, x, y) -> unary.applyAsDouble(a.eval(c, i, x, y));
  }

  private static DoubleUnaryOperator unary(String name) {
    return switch (name) {
      case "abs" -> Math::abs;
      case "sqrt" -> Math::sqrt;
      case "sq" -> v -> v * v;
      case "exp" -> Math::exp;
      case "exp10" -> v -> Math.pow(10, v);
      case "log" -> Math::log;
      case "log10" -> Math::log10;
      case "floor" -> Math::floor;
      case "ceil" -> Math::ceil;
      case "round" -> v -> Math.round(v);
      case "rint" -> Math::rint;
      case "sign" -> Math::signum;
      case "sin" -> Math::sin;
      case "cos" -> Math::cos;
      case "tan" -> Math::tan;
      case "deg" -> Math::toDegrees;
      case "rad" -> Math::toRadians;
      default -> null;
    };
  }

  /** jexp's ExtMath.feq: equal, or at most eps apart. */
  private static boolean feq(double a, double b, double eps) {
    return a == b || Math.abs(a - b) <= eps;
  }
}
