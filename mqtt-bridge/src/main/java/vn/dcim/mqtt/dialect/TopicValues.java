package vn.dcim.mqtt.dialect;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The value of a topic-only expression (one that reads neither {@code payload} nor {@code text}: a dialect's
 * source, accept or fields condition) kept per topic, so that a device
 * publishing every few seconds on the same topic costs one JSONata evaluation, not one a message
 * (jsonata-java spends ~5–10 µs on even a short expression).
 *
 * <p>Bounded: at most {@code cap} topics; when full it is cleared, so a flood of random topics costs
 * re-evaluations, never memory. The expression is evaluated on {@code {topic, levels}} only, so what is
 * kept can depend on nothing else even if {@link #isTopicOnly} were fooled.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class TopicValues {
    /** Stands for an undefined result (a map holds no null). */
    private static final Object UNDEFINED = new Object();

    /**
     * Conservative textual check (jsonata-java's syntax tree is not public): the words payload and text
     * appear nowhere (not even in a string), nor what can reach the whole input without naming
     * it: {@code $} or {@code $$} alone, wildcards {@code *}/{@code **}, the parent {@code %}, an empty
     * call (a function taking its argument from the context), and the functions that take an object
     * from the context or look fields up by a computed name ($lookup, $each, $sift, $string, $boolean,
     * $not, $eval).
     */
    /**
     * {@code learned} may be read: the kept values serve only messages on topics nothing was learned about (a
     * learned topic is evaluated one part at a time with what was learned), where it is absent as it is from
     * {@code {topic, levels}}; Zigbee2MQTT's source reads the base topic it learned and its default base's stays kept.
     */
    private static final Pattern NAMES_MORE = Pattern.compile("payload|text");
    private static final Pattern READS_MORE = Pattern.compile(
            "\\$\\$|\\$(?![A-Za-z_])|\\*|%|\\(\\s*\\)|\\$(lookup|each|sift|string|boolean|not|eval)\\b");

    private final int cap;
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    /** True when {@code expression} can read only the message's topic and levels. */
    static boolean isTopicOnly(Expression expression) {
        return expression != null && !NAMES_MORE.matcher(expression.text()).find()
                && !READS_MORE.matcher(withoutLiterals(expression.text())).find();
    }

    /**
     * The expression without its string and regular-expression literals (a {@code $} ending a regex or
     * a {@code *} inside a string reads nothing). A {@code /} starts a regex only where an operand is
     * expected (after {@code ( , [ : = ?} or at the start); anywhere else it is a division and is kept,
     * so a doubtful case stays in the text and is judged by the check.
     */
    static String withoutLiterals(String e) {
        StringBuilder out = new StringBuilder(e.length());
        char previous = '(';
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            char end = c == '"' || c == '\'' ? c : c == '/' && "(,[:=?".indexOf(previous) >= 0 ? '/' : 0;
            if (end == 0) {
                out.append(c);
                if (!Character.isWhitespace(c)) {
                    previous = c;
                }
                continue;
            }
            int j = i + 1;
            while (j < e.length() && e.charAt(j) != end) {
                j += e.charAt(j) == '\\' ? 2 : 1;
            }
            i = j;
            if (end == '/') {
                while (i + 1 < e.length() && Character.isLetter(e.charAt(i + 1))) {
                    i++;
                }
            }
            out.append(' ');
            previous = 'x';
        }
        return out.toString();
    }

    /** What {@code expression} gives for {@code topic}: kept, else evaluated on {@code {topic, levels}} (its exceptions pass, nothing kept). */
    Object get(String topic, List<String> levels, Expression expression, DialectLimits limits) {
        return get(topic, t -> expression.evaluate(Map.of("topic", t, "levels", levels), limits));
    }

    Object get(String topic, Function<String, Object> evaluate) {
        Object v = values.get(topic);
        if (v == null) {
            Object computed = evaluate.apply(topic);
            v = computed == null ? UNDEFINED : computed;
            if (values.size() >= cap) {
                values.clear();
            }
            values.put(topic, v);
        }
        return v == UNDEFINED ? null : v;
    }

    int size() {
        return values.size();
    }
}
