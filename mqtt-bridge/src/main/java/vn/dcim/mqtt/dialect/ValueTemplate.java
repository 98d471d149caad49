package vn.dcim.mqtt.dialect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The value templates Home Assistant discovery configs carry ({@code value_template},
 * {@code json_attributes_template}, {@code availability_template}), read as a small, safe subset of
 * Jinja: one {@code {{ ... }}} expression (with text around it, the text joined) made of
 * {@code value}, {@code value_json} with {@code .name}, {@code ['name']} and {@code [0]} steps,
 * number and string literals, {@code + - * / // %}, comparisons, {@code and or not},
 * {@code x if c else y}, and the filters {@code float int round abs default string lower upper
 * trim bool tojson is_defined multiply replace}, {@code float int round abs bool} also called as functions
 * ({@code float(value)}). Nothing else is run: a template that uses anything outside the subset
 * (statements, calls, other filters, other names such as {@code states()} or {@code now()}) is
 * <em>unsupported</em>: it gives no value and is counted, never an exception. A value the template
 * cannot make (a missing field, {@code float} of a non-number without a default) gives no value,
 * as Home Assistant then keeps no state.
 */
public final class ValueTemplate {
    /** Longest template read; a longer one is unsupported. */
    static final int MAX_LENGTH = 1000;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_KEPT = 2000;
    private static final LongAdder UNSUPPORTED = new LongAdder();
    private static final Map<String, Node> PARSED = new ConcurrentHashMap<>();
    /** Marks an unsupported template in the parse memory. */
    private static final Node UNREADABLE = (v, j) -> Undefined.VALUE;

    private ValueTemplate() {
    }

    /** Templates met that the subset does not read (since the start). */
    public static long unsupported() {
        return UNSUPPORTED.sum();
    }

    /**
     * The template's value for a message: {@code text} is the payload as text ({@code value}),
     * {@code json} the payload read as JSON ({@code value_json}, null when it is not JSON). Null:
     * no value. A number stays a number, a boolean a boolean; text stays text.
     */
    public static Object render(String template, String text, Object json) {
        if (template == null) {
            return null;
        }
        Node n = PARSED.get(template);
        if (n == null) {
            n = parse(template);
            if (PARSED.size() >= MAX_KEPT) {
                // a flood of distinct templates costs parsing again, never memory
                PARSED.clear();
            }
            PARSED.put(template, n);
        }
        if (n == UNREADABLE) {
            UNSUPPORTED.increment();
            return null;
        }
        try {
            // value_json is the payload read as JSON: an object or list as given, else a number or boolean sent as text
            Object out = n.eval(text, json != null ? json : scalar(text));
            return out == Undefined.VALUE ? null : out;
        } catch (NoValue e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static Object scalar(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1) {
            return t.substring(1, t.length() - 1);
        }
        if (t.matches("-?(0|[1-9][0-9]*)")) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return Double.parseDouble(t);
            }
        }
        return t.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?") ? (Object) Double.parseDouble(t) : null;
    }

    /** True when the subset reads the template. */
    public static boolean supported(String template) {
        return template != null && parse(template) != UNREADABLE;
    }

    private static Node parse(String template) {
        if (template.length() > MAX_LENGTH || template.contains("{%") || template.contains("{#")) {
            return UNREADABLE;
        }
        try {
            List<Node> parts = new ArrayList<>();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf("{{", i);
                if (open < 0) {
                    parts.add(literal(template.substring(i)));
                    break;
                }
                if (open > i) {
                    parts.add(literal(template.substring(i, open)));
                }
                int close = template.indexOf("}}", open + 2);
                if (close < 0) {
                    return UNREADABLE;
                }
                Parser p = new Parser(template.substring(open + 2, close));
                parts.add(p.whole());
                i = close + 2;
            }
            if (parts.isEmpty()) {
                return literal("");
            }
            // one expression with only blanks around it keeps its type; with text around, the text joined
            List<Node> meaningful = parts.stream().filter(n -> !(n instanceof Literal l && l.value() instanceof String s && s.isBlank())).toList();
            if (meaningful.size() == 1 && !(meaningful.get(0) instanceof Literal)) {
                return meaningful.get(0);
            }
            return (v, j) -> {
                StringBuilder b = new StringBuilder();
                for (Node n : parts) {
                    Object o = n.eval(v, j);
                    if (o == Undefined.VALUE) {
                        throw new NoValue();
                    }
                    b.append(show(o));
                }
                return b.toString().strip();
            };
        } catch (Unsupported e) {
            return UNREADABLE;
        }
    }

    private static Node literal(String s) {
        return new Literal(s);
    }

    @FunctionalInterface
    private interface Node {
        Object eval(String value, Object valueJson);
    }

    /** Two operands joined by an operator into the node that evaluates them. */
    @FunctionalInterface
    private interface Join {
        Node of(String op, Node left, Node right);
    }

    private record Literal(Object value) implements Node {
        @Override
        public Object eval(String v, Object j) {
            return value;
        }
    }

    /** Jinja's undefined: a missing field. It becomes "no value" unless a filter (default) replaces it. */
    private enum Undefined { VALUE }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class NoValue extends RuntimeException {
        NoValue() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent parser of one {{ }} expression; it builds closures, it never evaluates. */
    private static final class Parser {
        /** the keyword arguments of the filters read here: float and int's default, round's precision and method */
        private static final Set<String> KEYWORDS = Set.of("default", "precision", "method");
        private final List<String> tokens = new ArrayList<>();
        private int at;
        private int depth;

        Parser(String source) {
            tokenize(source);
        }

        Node whole() {
            Node n = conditional();
            if (at != tokens.size()) {
                throw new Unsupported();
            }
            return n;
        }

        private void tokenize(String s) {
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                        j++;
                    }
                    tokens.add(s.substring(i, j));
                    i = j;
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                    tokens.add(s.substring(i, j));
                    i = j;
                } else if (c == '\'' || c == '"') {
                    int j = s.indexOf(c, i + 1);
                    if (j < 0) {
                        throw new Unsupported();
                    }
                    tokens.add(s.substring(i, j + 1));
                    i = j + 1;
                } else {
                    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                    if (List.of("==", "!=", "<=", ">=", "//").contains(two)) {
                        tokens.add(two);
                        i += 2;
                    } else if ("+-*/%<>|.[](),=".indexOf(c) >= 0) {
                        tokens.add(String.valueOf(c));
                        i++;
                    } else {
                        throw new Unsupported();
                    }
                }
                if (tokens.size() > 200) {
                    throw new Unsupported();
                }
            }
        }

        private String peek() {
            return at < tokens.size() ? tokens.get(at) : null;
        }

        private boolean take(String t) {
            if (t.equals(peek())) {
                at++;
                return true;
            }
            return false;
        }

        private String next() {
            if (at >= tokens.size()) {
                throw new Unsupported();
            }
            return tokens.get(at++);
        }

        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw new Unsupported();
            }
        }

        /** a if c else b */
        private Node conditional() {
            enter();
            Node then = or();
            if (take("if")) {
                Node cond = or();
                Node otherwise = take("else") ? conditional() : new Literal(Undefined.VALUE);
                depth--;
                return (v, j) -> truthy(cond.eval(v, j)) ? then.eval(v, j) : otherwise.eval(v, j);
            }
            depth--;
            return then;
        }

        private Node or() {
            return leftToRight(this::and, List.of("or"), (op, l, r) -> (v, j) -> {
                Object a = l.eval(v, j);
                return truthy(a) ? a : r.eval(v, j);
            });
        }

        private Node and() {
            return leftToRight(this::not, List.of("and"), (op, l, r) -> (v, j) -> {
                Object a = l.eval(v, j);
                return !truthy(a) ? a : r.eval(v, j);
            });
        }

        private Node not() {
            if (take("not")) {
                enter();
                Node n = not();
                depth--;
                return (v, j) -> !truthy(n.eval(v, j));
            }
            return comparison();
        }

        private Node comparison() {
            Node left = additive();
            String op = peek();
            if (op != null && List.of("==", "!=", "<", ">", "<=", ">=").contains(op)) {
                at++;
                Node l = left;
                Node r = additive();
                return (v, j) -> compare(op, defined(l.eval(v, j)), defined(r.eval(v, j)));
            }
            return left;
        }

        private Node additive() {
            return leftToRight(this::multiplicative, List.of("+", "-"), Parser::arithmeticOf);
        }

        private Node multiplicative() {
            return leftToRight(this::unary, List.of("*", "/", "//", "%"), Parser::arithmeticOf);
        }

        /** {@code operand (op operand)…} with each op one of {@code ops}, joined left to right: a - b - c is (a - b) - c. */
        private Node leftToRight(Supplier<Node> operand, List<String> ops, Join join) {
            Node left = operand.get();
            while (ops.contains(String.valueOf(peek()))) {
                String op = next();
                left = join.of(op, left, operand.get());
            }
            return left;
        }

        private static Node arithmeticOf(String op, Node l, Node r) {
            return (v, j) -> arithmetic(op, defined(l.eval(v, j)), defined(r.eval(v, j)));
        }

        private Node unary() {
            if (take("-")) {
                enter();
                Node n = unary();
                depth--;
                return (v, j) -> arithmetic("-", 0L, defined(n.eval(v, j)));
            }
            if (take("+")) {
                return unary();
            }
            return filtered();
        }

        /** a postfix expression followed by filters (Jinja binds filters tighter than arithmetic) */
        private Node filtered() {
            Node n = postfix();
            while (true) {
                if (take("|")) {
                    n = filter(n, next());
                } else if ("is".equals(peek())) {
                    at++;
                    boolean negated = take("not");
                    String test = next();
                    if (!test.equals("defined") && !test.equals("undefined") && !test.equals("number")) {
                        throw new Unsupported();
                    }
                    Node subject = n;
                    n = (v, j) -> {
                        Object o = subject.eval(v, j);
                        boolean r = test.equals("defined") ? o != Undefined.VALUE
                                : test.equals("undefined") ? o == Undefined.VALUE : o instanceof Number;
                        return negated != r;
                    };
                } else {
                    return n;
                }
            }
        }

        private List<Node> arguments() {
            List<Node> args = new ArrayList<>();
            if (take("(")) {
                if (!take(")")) {
                    do {
                        // a keyword argument (float(default=0), round(precision=1, method='floor')) in the order
                        // Jinja's filters declare them: read as the positional one
                        if (at + 1 < tokens.size() && KEYWORDS.contains(tokens.get(at)) && "=".equals(tokens.get(at + 1))) {
                            at += 2;
                        }
                        args.add(conditional());
                    } while (take(","));
                    if (!take(")")) {
                        throw new Unsupported();
                    }
                }
            }
            if (args.size() > 2) {
                throw new Unsupported();
            }
            return args;
        }

        private Node filter(Node subject, String name) {
            return apply(subject, name, arguments());
        }

        /** A filter with its arguments: {@code x | round(1)}, or as a function of its subject, {@code round(x, 1)}. */
        private Node apply(Node subject, String name, List<Node> args) {
            Node first = args.isEmpty() ? null : args.get(0);
            return switch (name) {
                case "float" -> (v, j) -> {
                    Double d = toNumber(subject.eval(v, j));
                    return d != null ? (Object) d : fallback(first, v, j);
                };
                case "int" -> (v, j) -> {
                    Double d = toNumber(subject.eval(v, j));
                    return d != null ? (Object) (long) d.doubleValue() : fallback(first, v, j);
                };
                case "round" -> (v, j) -> {
                    Double d = toNumber(defined(subject.eval(v, j)));
                    if (d == null) {
                        throw new NoValue();
                    }
                    Object places = first == null ? 0L : first.eval(v, j);
                    int p = places instanceof Number n ? n.intValue() : 0;
                    if (p < 0 || p > 10 || d.isNaN() || d.isInfinite()) {
                        throw new NoValue();
                    }
                    // Jinja's round(precision, method): 'common' is Python's round (the binary value, half to even), 'ceil', 'floor'
                    Object method = args.size() > 1 ? args.get(1).eval(v, j) : "common";
                    if ("common".equals(method)) {
                        return new BigDecimal(d).setScale(p, RoundingMode.HALF_EVEN).doubleValue();
                    }
                    if (!"ceil".equals(method) && !"floor".equals(method)) {
                        throw new NoValue();
                    }
                    return BigDecimal.valueOf(d).setScale(p, "ceil".equals(method) ? RoundingMode.CEILING : RoundingMode.FLOOR).doubleValue();
                };
                case "multiply" -> (v, j) -> {
                    // Home Assistant's multiply(amount): a number times the amount (a raw count into its unit)
                    Double d = toNumber(defined(subject.eval(v, j)));
                    Double by = first == null ? null : toNumber(first.eval(v, j));
                    if (d == null || by == null) {
                        throw new NoValue();
                    }
                    return BigDecimal.valueOf(d).multiply(BigDecimal.valueOf(by)).doubleValue();
                };
                case "replace" -> (v, j) -> {
                    if (args.size() != 2) {
                        throw new NoValue();
                    }
                    return show(defined(subject.eval(v, j))).replace(show(args.get(0).eval(v, j)), show(args.get(1).eval(v, j)));
                };
                case "abs" -> (v, j) -> {
                    Double d = toNumber(defined(subject.eval(v, j)));
                    if (d == null) {
                        throw new NoValue();
                    }
                    return Math.abs(d);
                };
                case "default", "d" -> (v, j) -> {
                    Object o = subject.eval(v, j);
                    return o == Undefined.VALUE || o == null ? (first == null ? "" : first.eval(v, j)) : o;
                };
                case "string" -> (v, j) -> show(defined(subject.eval(v, j)));
                case "lower" -> (v, j) -> show(defined(subject.eval(v, j))).toLowerCase(Locale.ROOT);
                case "upper" -> (v, j) -> show(defined(subject.eval(v, j))).toUpperCase(Locale.ROOT);
                case "bool" -> (v, j) -> {
                    Object o = defined(subject.eval(v, j));
                    if (o instanceof Boolean) {
                        return o;
                    }
                    String s = show(o).strip().toLowerCase(Locale.ROOT);
                    if (List.of("true", "yes", "on", "enable", "1").contains(s)) {
                        return true;
                    }
                    if (List.of("false", "no", "off", "disable", "0", "none").contains(s)) {
                        return false;
                    }
                    return first == null ? Undefined.VALUE : first.eval(v, j);
                };
                case "tojson", "to_json", "is_defined" -> (v, j) -> defined(subject.eval(v, j));
                case "trim" -> (v, j) -> show(defined(subject.eval(v, j))).strip();
                default -> throw new Unsupported();
            };
        }

        private Node postfix() {
            Node n = primary();
            while (true) {
                if (take(".")) {
                    String name = next();
                    if (!isName(name)) {
                        throw new Unsupported();
                    }
                    Node subject = n;
                    n = (v, j) -> step(subject.eval(v, j), name);
                } else if (take("[")) {
                    Node key = conditional();
                    if (!take("]")) {
                        throw new Unsupported();
                    }
                    Node subject = n;
                    n = (v, j) -> step(subject.eval(v, j), key.eval(v, j));
                } else {
                    return n;
                }
            }
        }

        private Node primary() {
            String t = next();
            if (t.equals("(")) {
                Node n = conditional();
                if (!take(")")) {
                    throw new Unsupported();
                }
                return n;
            }
            if (Character.isDigit(t.charAt(0))) {
                try {
                    return new Literal(t.contains(".") ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t));
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
            }
            if (t.charAt(0) == '\'' || t.charAt(0) == '"') {
                return new Literal(t.substring(1, t.length() - 1));
            }
            return switch (t) {
                case "value" -> (v, j) -> v == null ? Undefined.VALUE : v;
                case "value_json" -> (v, j) -> j == null ? Undefined.VALUE : j;
                case "true", "True" -> new Literal(true);
                case "false", "False" -> new Literal(false);
                case "none", "None" -> new Literal(null);
                // Jinja's number filters also read as functions (rtl_433: {{ ((float(value) * 99)|round(0)) + 1 }})
                case "float", "int", "round", "abs", "bool" -> {
                    if (!"(".equals(peek())) {
                        throw new Unsupported();
                    }
                    List<Node> args = arguments();
                    if (args.isEmpty()) {
                        throw new Unsupported();
                    }
                    yield apply(args.get(0), t, args.subList(1, args.size()));
                }
                default -> throw new Unsupported();
            };
        }
    }

    private static boolean isName(String s) {
        return !s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_' || Character.isDigit(s.charAt(0)));
    }

    private static Object step(Object subject, Object key) {
        if (subject instanceof Map<?, ?> m && key instanceof String k) {
            return m.containsKey(k) ? m.get(k) : Undefined.VALUE;
        }
        if (subject instanceof List<?> l) {
            Integer i = key instanceof Number n ? Integer.valueOf(n.intValue())
                    : key instanceof String s && s.matches("[0-9]{1,6}") ? Integer.valueOf(s) : null;
            if (i != null) {
                int at = i < 0 ? l.size() + i : i;
                return at >= 0 && at < l.size() ? l.get(at) : Undefined.VALUE;
            }
        }
        return Undefined.VALUE;
    }

    private static Object defined(Object o) {
        if (o == Undefined.VALUE) {
            throw new NoValue();
        }
        return o;
    }

    private static Object fallback(Node first, String v, Object j) {
        if (first == null) {
            throw new NoValue();
        }
        return first.eval(v, j);
    }

    static Double toNumber(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof Boolean b) {
            return b ? 1d : 0d;
        }
        if (o instanceof String s) {
            String t = s.strip();
            if (t.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
                return Double.parseDouble(t);
            }
        }
        return null;
    }

    private static boolean truthy(Object o) {
        if (o == null || o == Undefined.VALUE) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (o instanceof List<?> l) {
            return !l.isEmpty();
        }
        return true;
    }

    private static boolean compare(String op, Object a, Object b) {
        if (op.equals("==") || op.equals("!=")) {
            boolean eq = a instanceof Number x && b instanceof Number y ? x.doubleValue() == y.doubleValue()
                    : java.util.Objects.equals(a, b);
            return op.equals("==") == eq;
        }
        Double x = a instanceof Number n ? n.doubleValue() : null;
        Double y = b instanceof Number n ? n.doubleValue() : null;
        if (x == null || y == null) {
            throw new NoValue();
        }
        return switch (op) {
            case "<" -> x < y;
            case ">" -> x > y;
            case "<=" -> x <= y;
            default -> x >= y;
        };
    }

    private static Object arithmetic(String op, Object a, Object b) {
        if (op.equals("+") && a instanceof String s && b instanceof String t) {
            return s + t;
        }
        if (!(a instanceof Number) || !(b instanceof Number)) {
            // Jinja refuses "12" * 2 as Python does: no value
            throw new NoValue();
        }
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        boolean integral = isIntegral(a) && isIntegral(b);
        double r = switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> {
                if (y == 0) {
                    throw new NoValue();
                }
                integral = false;
                yield x / y;
            }
            case "//" -> {
                if (y == 0) {
                    throw new NoValue();
                }
                yield Math.floor(x / y);
            }
            default -> {
                if (y == 0) {
                    throw new NoValue();
                }
                yield x - y * Math.floor(x / y);
            }
        };
        return integral ? (Object) (long) r : (Object) r;
    }

    private static boolean isIntegral(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof java.math.BigInteger;
    }

    /** How Jinja prints a value (Python's str: True/False, no trailing .0 lost). */
    private static String show(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue()) + ".0";
        }
        return String.valueOf(o);
    }
}
