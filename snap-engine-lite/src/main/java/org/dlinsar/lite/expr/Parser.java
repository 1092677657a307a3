package org.dlinsar.lite.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Parses a band-maths expression with the operator precedence of SNAP's jexp parser (snap-engine
 * 14.x, snap-core {@code jexp/impl/ParserImpl}): conditional ({@code ?:}, {@code if then else}),
 * {@code ||}/{@code or}, {@code &&}/{@code and}, comparisons, {@code |}, {@code ^}, {@code &},
 * {@code + -}, {@code * / %}, unary {@code - + ! not ~}, then numbers, names, calls and
 * parentheses. Names are resolved by a {@link Symbols}; the functions are those of jexp that a
 * valid-pixel expression uses.
 */
final class Parser {

  /** Resolves a name to a symbol index (its samples are {@code columns[index]}), or fails. */
  interface Symbols {
    /**
     * @return the index, or -1 if unknown
     */
    int indexOf(String name);

    /** Whether the symbol's samples are integers (a raw integer band). */
    boolean isInt(int index);
  }

  private final Tokens tokens;
  private final Symbols symbols;

  private Parser(String text, Symbols symbols) {
    this.tokens = new Tokens(text);
    this.symbols = symbols;
  }

  /** @throws IllegalArgumentException naming what is wrong and where */
  static Term parse(String text, Symbols symbols) {
    Parser parser = new Parser(text, symbols);
    Term term = parser.conditional();
    if (parser.tokens.peek().kind() != Tokens.Kind.END) {
      throw parser.error("unexpected '" + parser.tokens.peek().text() + "'");
    }
    return term;
  }

  private Term conditional() {
    if (tokens.accept("if")) {
      Term test = conditional();
      expect("then");
      Term yes = conditional();
      expect("else");
      return choice(test, yes, conditional());
    }
    Term test = or();
    if (tokens.accept("?")) {
      Term yes = conditional();
      expect(":");
      return choice(test, yes, conditional());
    }
    return test;
  }

  private static Term choice(Term test, Term yes, Term no) {
    return (c, i, x, y) -> Term.truth(test.eval(c, i, x, y)) ? yes.eval(c, i, x, y) : no.eval(c, i, x, y);
  }

  private Term or() {
    Term left = and();
    while (tokens.accept("||") || tokens.accept("or")) {
      Term l = left;
      Term r = and();
      left = (c, i, x, y) -> Term.of(Term.truth(l.eval(c, i, x, y)) || Term.truth(r.eval(c, i, x, y)));
    }
    return left;
  }

  private Term and() {
    Term left = comparison();
    while (tokens.accept("&&") || tokens.accept("and")) {
      Term l = left;
      Term r = comparison();
      left = (c, i, x, y) -> Term.of(Term.truth(l.eval(c, i, x, y)) && Term.truth(r.eval(c, i, x, y)));
    }
    return left;
  }

  private Term comparison() {
    Term left = bitwise(2);
    while (true) {
      String op = tokens.peek().text();
      if (tokens.peek().kind() != Tokens.Kind.OPERATOR || !List.of("<", ">", "<=", ">=", "==", "!=").contains(op)) {
        return left;
      }
      tokens.take();
      Term l = left;
      Term r = bitwise(2);
      left = switch (op) {
        case "<" -> (c, i, x, y) -> Term.of(l.eval(c, i, x, y) < r.eval(c, i, x, y));
        case ">" -> (c, i, x, y) -> Term.of(l.eval(c, i, x, y) > r.eval(c, i, x, y));
        case "<=" -> (c, i, x, y) -> Term.of(l.eval(c, i, x, y) <= r.eval(c, i, x, y));
        case ">=" -> (c, i, x, y) -> Term.of(l.eval(c, i, x, y) >= r.eval(c, i, x, y));
        case "==" -> (c, i, x, y) -> Term.of(l.eval(c, i, x, y) == r.eval(c, i, x, y));
        default -> (c, i, x, y) -> Term.of(l.eval(c, i, x, y) != r.eval(c, i, x, y));
      };
    }
  }

  /** Levels 2, 1, 0: {@code |}, {@code ^}, {@code &}; below them addition. */
  private Term bitwise(int level) {
    String op = new String[] {"&", "^", "|"}[level];
    Term left = level == 0 ? additive() : bitwise(level - 1);
    while (tokens.accept(op)) {
      Term l = left;
      Term r = level == 0 ? additive() : bitwise(level - 1);
      left = integer(switch (op) {
        case "&" -> (c, i, x, y) -> (long) l.eval(c, i, x, y) & (long) r.eval(c, i, x, y);
        case "^" -> (c, i, x, y) -> (long) l.eval(c, i, x, y) ^ (long) r.eval(c, i, x, y);
        default -> (c, i, x, y) -> (long) l.eval(c, i, x, y) | (long) r.eval(c, i, x, y);
      });
    }
    return left;
  }

  private Term additive() {
    Term left = multiplicative();
    while (true) {
      if (tokens.accept("+")) {
        left = arithmetic(left, multiplicative(), Double::sum);
      } else if (tokens.accept("-")) {
        left = arithmetic(left, multiplicative(), (a, b) -> a - b);
      } else {
        return left;
      }
    }
  }

  private Term multiplicative() {
    Term left = unary();
    while (true) {
      if (tokens.accept("*")) {
        left = arithmetic(left, unary(), (a, b) -> a * b);
      } else if (tokens.accept("/")) {
        Term r = unary();
        boolean ints = left.isInt() && r.isInt();
        left = arithmetic(left, r, ints ? (a, b) -> (long) a / (long) b : (a, b) -> a / b);
      } else if (tokens.accept("%")) {
        Term r = unary();
        boolean ints = left.isInt() && r.isInt();
        left = arithmetic(left, r, ints ? (a, b) -> (long) a % (long) b : (a, b) -> a % b);
      } else {
        return left;
      }
    }
  }

  private static Term arithmetic(Term l, Term r, DoubleBinaryOperator op) {
    Term term = (c, i, x, y) -> op.applyAsDouble(l.eval(c, i, x, y), r.eval(c, i, x, y));
    return l.isInt() && r.isInt() ? integer(term) : term;
  }

  private Term unary() {
    if (tokens.accept("-")) {
      Term t = unary();
      Term negated = (c, i, x, y) -> -t.eval(c, i, x, y);
      return t.isInt() ? integer(negated) : negated;
    }
    if (tokens.accept("+")) {
      return unary();
    }
    if (tokens.accept("!") || tokens.accept("not")) {
      Term t = unary();
      return (c, i, x, y) -> Term.of(!Term.truth(t.eval(c, i, x, y)));
    }
    if (tokens.accept("~")) {
      Term t = unary();
      return integer((c, i, x, y) -> ~(long) t.eval(c, i, x, y));
    }
    return primary();
  }

  private Term primary() {
    Tokens.Token token = tokens.take();
    switch (token.kind()) {
      case NUMBER:
        return number(token);
      case NAME:
        return name(token);
      case OPERATOR:
        if (token.text().equals("(")) {
          Term inner = conditional();
          expect(")");
          return inner;
        }
        throw error("unexpected '" + token.text() + "'", token);
      default:
        throw error("expression ends too early", token);
    }
  }

  private Term number(Tokens.Token token) {
    String text = token.text();
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return constant(Long.parseLong(text.substring(2), 16), true);
      }
      boolean integral = text.chars().allMatch(Character::isDigit);
      return constant(Double.parseDouble(text), integral);
    } catch (NumberFormatException e) {
      throw error("bad number '" + text + "'", token);
    }
  }

  private Term name(Tokens.Token token) {
    String name = token.text();
    if (tokens.accept("(")) {
      List<Term> args = new ArrayList<>();
      if (!tokens.accept(")")) {
        do {
          args.add(conditional());
        } while (tokens.accept(","));
        expect(")");
      }
      return Functions.call(name, args, message -> error(message, token));
    }
    switch (name) {
      case "NaN":
        return constant(Double.NaN, false);
      case "PI":
        return constant(Math.PI, false);
      case "E":
        return constant(Math.E, false);
      case "X":
        return (c, i, x, y) -> x + 0.5;
      case "Y":
        return (c, i, x, y) -> y + 0.5;
      default:
        break;
    }
    if (name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false")) {
      return constant(Term.of(name.equalsIgnoreCase("true")), false);
    }
    int index = symbols.indexOf(name);
    if (index < 0) {
      throw error("unknown symbol '" + name + "'", token);
    }
    Term column = (c, i, x, y) -> c[index][i];
    return symbols.isInt(index) ? integer(column) : column;
  }

  private static Term constant(double value, boolean integral) {
    Term term = (c, i, x, y) -> value;
    return integral ? integer(term) : term;
  }

  private static Term integer(Term term) {
    return new Term() {
      @Override
      public double eval(double[][] columns, int i, int x, int y) {
        return term.eval(columns, i, x, y);
      }

      @Override
      public boolean isInt() {
        return true;
      }
    };
  }

  private void expect(String operator) {
    if (!tokens.accept(operator)) {
      throw error("expected '" + operator + "'", tokens.peek());
    }
  }

  private IllegalArgumentException error(String message) {
    return error(message, tokens.peek());
  }

  private static IllegalArgumentException error(String message, Tokens.Token at) {
    return new IllegalArgumentException(message + " at position " + at.position());
  }
}
