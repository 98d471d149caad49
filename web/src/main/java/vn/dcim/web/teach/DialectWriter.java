package vn.dcim.web.teach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a taught dialect as a file a person can read and edit later, in the form of the shipped ones: a
 * value at the top of a JSON object unscaled goes into the {@code fields} table (read in plain Java, no
 * JSONata); a nested value or a scaled one into a {@code readings} expression, as a bare value (the whole
 * payload's text: {@code 23.4}, {@code ON}) is. Every text the
 * administrator typed is written as a JSON string (a YAML double-quoted scalar), so nothing typed can
 * change the file's structure.
 */
final class DialectWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A pick resolved against the captured message: where its value is; {@code bare}: the message is a bare
     * value of that type ({@code number}, {@code boolean}), read from the whole payload's text.
     */
    record Resolved(Lesson.Pick pick, List<Object> segments, @Nullable String bare) {
        boolean inFieldsTable() {
            return bare == null && segments.size() == 1 && segments.get(0) instanceof String && pick.factor() == 1;
        }
    }

    /** A bare number: read only when the text is one (a device that later sends something else gives no reading). */
    private static final String BARE_NUMBER = "$contains($string(payload), /^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$/) ? $number(payload)";

    private DialectWriter() {
    }

    /**
     * @param filter the topic filter the dialect listens to
     * @param first  whether it must be tried before the shipped dialects (one of them listens to this topic)
     * @param header comment lines: who taught it, when, from which message
     */
    static String yaml(String name, String description, String filter, boolean first, int sourceLevel, List<Resolved> picks,
                       List<String> header) {
        StringBuilder y = new StringBuilder();
        header.forEach(h -> y.append("# ").append(h.replaceAll("[\\r\\n]", " ")).append('\n'));
        y.append("dialect: ").append(name).append('\n');
        y.append("description: ").append(quote(description)).append('\n');
        if (first) {
            y.append("# a shipped dialect listens to this topic too: this one is tried before it\n");
            y.append("first: true\n");
        }
        y.append("topics:\n  - ").append(quote(filter)).append('\n');
        y.append("source: levels[").append(sourceLevel).append("]\n");
        List<Resolved> table = picks.stream().filter(Resolved::inFieldsTable).toList();
        List<Resolved> rest = picks.stream().filter(r -> !r.inFieldsTable()).toList();
        if (!table.isEmpty()) {
            y.append("fields:\n  map:\n");
            for (Resolved r : table) {
                Lesson.Pick p = r.pick();
                y.append("    ").append(quote((String) r.segments().get(0))).append(": {metric: ").append(p.metric());
                if (!"0".equals(p.instanceOr0())) {
                    y.append(", instance: ").append(quote(p.instanceOr0()));
                }
                if (p.unit() != null && !p.unit().isBlank()) {
                    y.append(", unit: ").append(quote(p.unit().trim()));
                }
                y.append("}\n");
            }
        }
        if (!rest.isEmpty()) {
            y.append("readings: |\n  [\n");
            List<String> lines = new ArrayList<>();
            for (Resolved r : rest) {
                Lesson.Pick p = r.pick();
                String unit = p.unit() == null || p.unit().isBlank() ? "" : ", \"unit\": " + quote(p.unit().trim());
                String head = "{\"metric\": " + quote(p.metric()) + ", \"instance\": " + quote(p.instanceOr0());
                if (MessageTree.Bare.SWITCH.equals(r.bare())) {
                    // ON / OFF as Tasmota and ESPHome say it, on / off or true / false as others do
                    lines.add("    ($v := $lowercase($string(payload)); " + head + ", \"value\": $v in [\"on\", \"true\"] ? 1 : $v in [\"off\", \"false\"] ? 0, "
                            + "\"text\": $v in [\"on\", \"true\"] ? \"on\" : $v in [\"off\", \"false\"] ? \"off\"" + unit + "})");
                } else {
                    String value = r.bare() != null ? BARE_NUMBER + scaled(p.factor()) : jsonataPath(r.segments()) + scaled(p.factor());
                    lines.add("    " + head + ", \"value\": " + value + unit + "}");
                }
            }
            y.append(String.join(",\n", lines)).append("\n  ]\n");
        }
        return y.toString();
    }

    /** {@code payload.`ENERGY`.`Power`}, {@code payload.`sensors`[1].`t`}: names in backquotes, so any name is a name. */
    static String jsonataPath(List<Object> segments) {
        StringBuilder b = new StringBuilder("payload");
        for (Object s : segments) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                b.append(".`").append(s).append('`');
            }
        }
        return b.toString();
    }

    /**
     * The scale as JSONata arithmetic: a tenth, a hundredth… as a division ({@code / 10}), which gives the
     * decimal a device means (2291 / 10 = 229.1) where a multiplication by 0.1 gives 229.10000000000002.
     */
    static String scaled(double factor) {
        if (factor == 1) {
            return "";
        }
        double inverse = 1 / factor;
        if (Math.abs(factor) < 1 && Math.abs(inverse - Math.rint(inverse)) < 1e-9 * Math.abs(inverse)) {
            return " / " + number(Math.rint(inverse));
        }
        return " * " + number(factor);
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s == null ? "" : s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
