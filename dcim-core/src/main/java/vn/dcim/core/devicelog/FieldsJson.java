package vn.dcim.core.devicelog;

import vn.dcim.core.text.JsonText;

import java.util.Map;

/** The structured fields of an entry as a JSON object (strings, numbers, nested maps); no library needed on the receiving path. */
public final class FieldsJson {
    private FieldsJson() {
    }

    public static String of(Map<String, ?> fields) {
        StringBuilder b = new StringBuilder();
        write(b, fields);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                JsonText.quote(b, String.valueOf(e.getKey()));
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else {
            JsonText.quote(b, String.valueOf(v));
        }
    }
}
