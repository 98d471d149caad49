package vn.dcim.snmp.cli;

import java.util.Map;

import static vn.dcim.core.text.JsonText.quote;

/** One flat JSON object per line, for tools that read poll-once's output. */
final class JsonLine {
    private JsonLine() {
    }

    static String of(Map<String, ?> fields) {
        StringBuilder b = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(quote(k)).append(':');
            if (v instanceof Number n) {
                double d = n.doubleValue();
                b.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
            } else if (v instanceof Iterable<?> items) {
                b.append('[');
                boolean first = true;
                for (Object o : items) {
                    b.append(first ? "" : ",").append(quote(String.valueOf(o)));
                    first = false;
                }
                b.append(']');
            } else {
                b.append(quote(String.valueOf(v)));
            }
        });
        return b.append('}').toString();
    }
}
