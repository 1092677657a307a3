package org.dlinsar.lite.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a band-maths expression into tokens as SNAP's jexp tokenizer does (snap-engine 14.x,
 * snap-core {@code jexp/impl/Tokenizer}): numbers, names (a letter, '_' or '$', then those, digits
 * or '.'), names quoted in single quotes ('' for a quote), and operators.
 */
final class Tokens {

  enum Kind { NUMBER, NAME, OPERATOR, END }

  record Token(Kind kind, String text, int position) {
    boolean is(String operator) {
      return kind == Kind.OPERATOR && text.equals(operator)
          || kind == Kind.NAME && text.equalsIgnoreCase(operator) && Character.isLetter(operator.charAt(0));
    }
  }

  private static final String[] OPERATORS = {"||", "&&", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "!", "~",
      "<", ">", "(", ")", ",", "?", ":", "&", "|", "^"};

  private final List<Token> tokens = new ArrayList<>();
  private int next;

  Tokens(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        i = number(text, i);
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_$.".indexOf(text.charAt(i)) >= 0)) {
          i++;
        }
        tokens.add(new Token(Kind.NAME, text.substring(start, i), start));
      } else if (c == '\'') {
        i = quoted(text, i);
      } else {
        i = operator(text, i);
      }
    }
    tokens.add(new Token(Kind.END, "", text.length()));
  }

  Token peek() {
    return tokens.get(next);
  }

  Token take() {
    Token token = tokens.get(next);
    if (token.kind() != Kind.END) {
      next++;
    }
    return token;
  }

  /** Takes the next token if it is {@code operator} (or the keyword). */
  boolean accept(String operator) {
    if (peek().is(operator)) {
      next++;
      return true;
    }
    return false;
  }

  private int number(String text, int start) {
    int i = start;
    if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
      i += 2;
      while (i < text.length() && Character.digit(text.charAt(i), 16) >= 0) {
        i++;
      }
    } else {
      while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
        i++;
      }
      if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
        i++;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
          i++;
        }
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
          i++;
        }
      }
    }
    tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
    return i;
  }

  private int quoted(String text, int start) {
    StringBuilder name = new StringBuilder();
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        name.append('\'');
        i += 2;
      } else if (c == '\'') {
        tokens.add(new Token(Kind.NAME, name.toString(), start));
        return i + 1;
      } else {
        name.append(c);
        i++;
      }
    }
    throw new IllegalArgumentException("unclosed quote at position " + start);
  }

  private int operator(String text, int start) {
    for (String operator : OPERATORS) {
      if (text.startsWith(operator, start)) {
        tokens.add(new Token(Kind.OPERATOR, operator, start));
        return start + operator.length();
      }
    }
    throw new IllegalArgumentException("unexpected character '" + text.charAt(start) + "' at position " + start);
  }
}
