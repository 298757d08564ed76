package jp.dsnet.themes.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code conditional.hide} expression of a form field, evaluated on the server so that a field
 * keeps its rules whenever Tasklist shows it. Camunda Forms write these in FEEL; this reads the
 * part of FEEL the forms use: variable names, string/number/boolean/null literals, {@code =},
 * {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code and}, {@code or}, {@code not(...)}
 * and parentheses. Anything else parses to {@link #isSupported() unsupported}, which
 * {@code ModelValidationTest} refuses, so a form cannot silently escape its checks.
 */
public final class HideCondition {

  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:(\"(?:[^\"\\\\]|\\\\.)*\")|(-?\\d+(?:\\.\\d+)?)|(!=|<=|>=|=|<|>|\\(|\\))|([A-Za-z_][A-Za-z0-9_]*))");

  private final String expression;
  private final Node root;

  private HideCondition(String expression, Node root) {
    this.expression = expression;
    this.root = root;
  }

  /** Parses a {@code hide} expression; never throws: what it cannot read is {@link #isSupported() unsupported}. */
  public static HideCondition parse(String expression) {
    try {
      Parser parser = new Parser(tokens(expression.startsWith("=") ? expression.substring(1) : expression));
      Node root = parser.or();
      if (parser.position != parser.tokens.size()) {
        return new HideCondition(expression, null);
      }
      return new HideCondition(expression, root);
    } catch (IllegalArgumentException unsupported) {
      return new HideCondition(expression, null);
    }
  }

  public boolean isSupported() {
    return root != null;
  }

  public String expression() {
    return expression;
  }

  /**
   * True when the field is hidden for these values. As in FEEL, a comparison of different types
   * is null, and only a true result hides the field. An unsupported expression hides nothing.
   */
  public boolean hides(Function<String, Object> variables) {
    return root != null && Boolean.TRUE.equals(root.eval(variables));
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (text.substring(at).isBlank()) {
        break;
      }
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException("cannot read '" + text.substring(at) + "'");
      }
      tokens.add(m.group().trim());
      at = m.end();
    }
    return tokens;
  }

  private interface Node {
    Object eval(Function<String, Object> variables);
  }

  private static final class Parser {
    private final List<String> tokens;
    private int position;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    Node or() {
      Node left = and();
      while (accept("or")) {
        Node a = left;
        Node b = and();
        left = v -> logic(a.eval(v), b.eval(v), true);
      }
      return left;
    }

    Node and() {
      Node left = comparison();
      while (accept("and")) {
        Node a = left;
        Node b = comparison();
        left = v -> logic(a.eval(v), b.eval(v), false);
      }
      return left;
    }

    Node comparison() {
      Node left = operand();
      String op = peek();
      if (op != null && List.of("=", "!=", "<", "<=", ">", ">=").contains(op)) {
        position++;
        Node right = operand();
        return v -> compare(op, left.eval(v), right.eval(v));
      }
      return left;
    }

    Node operand() {
      String token = next();
      if (token.equals("(")) {
        Node inner = or();
        expect(")");
        return inner;
      }
      if (token.equals("not")) {
        expect("(");
        Node inner = or();
        expect(")");
        return v -> inner.eval(v) instanceof Boolean b ? !b : null;
      }
      if (token.startsWith("\"")) {
        String literal = token.substring(1, token.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        return v -> literal;
      }
      if (Character.isDigit(token.charAt(0)) || token.startsWith("-")) {
        BigDecimal number = new BigDecimal(token);
        return v -> number;
      }
      switch (token) {
        case "true":
          return v -> Boolean.TRUE;
        case "false":
          return v -> Boolean.FALSE;
        case "null":
          return v -> null;
        case "and", "or", "=", "!=", "<", "<=", ">", ">=", ")":
          throw new IllegalArgumentException("unexpected '" + token + "'");
        default:
          if (position < tokens.size() && "(".equals(tokens.get(position))) {
            throw new IllegalArgumentException("function " + token + "() is not supported");
          }
          return v -> v.apply(token);
      }
    }

    private String peek() {
      return position < tokens.size() ? tokens.get(position) : null;
    }

    private String next() {
      if (position >= tokens.size()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return tokens.get(position++);
    }

    private boolean accept(String token) {
      if (token.equals(peek())) {
        position++;
        return true;
      }
      return false;
    }

    private void expect(String token) {
      if (!accept(token)) {
        throw new IllegalArgumentException("expected '" + token + "'");
      }
    }
  }

  /** FEEL's three-valued and/or. */
  private static Object logic(Object a, Object b, boolean or) {
    if (or) {
      if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
        return true;
      }
      return Boolean.FALSE.equals(a) && Boolean.FALSE.equals(b) ? false : null;
    }
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return false;
    }
    return Boolean.TRUE.equals(a) && Boolean.TRUE.equals(b) ? true : null;
  }

  private static Object compare(String op, Object left, Object right) {
    Object a = normalize(left);
    Object b = normalize(right);
    if (op.equals("=") || op.equals("!=")) {
      Boolean equal;
      if (a == null || b == null) {
        equal = a == b;
      } else if (a.getClass() != b.getClass()) {
        return null;
      } else {
        equal = a instanceof BigDecimal x ? x.compareTo((BigDecimal) b) == 0 : Objects.equals(a, b);
      }
      return op.equals("=") ? equal : !equal;
    }
    if (!(a instanceof BigDecimal x) || !(b instanceof BigDecimal y)) {
      return null;
    }
    int c = x.compareTo(y);
    return switch (op) {
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }

  /** Values as FEEL sees them: numbers as decimals, a submitted "true"/"false" text as the Boolean it stands for. */
  private static Object normalize(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.valueOf(s);
    }
    return value;
  }

  @Override
  public String toString() {
    return expression;
  }
}
