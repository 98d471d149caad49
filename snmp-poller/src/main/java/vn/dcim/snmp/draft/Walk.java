package vn.dcim.snmp.draft;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agent answered, OID by OID: read from a recording ({@code .snmprec}: {@code OID|tag|value}), from the
 * output of {@code snmpwalk -On} ({@code .1.3.6… = INTEGER: 5}) or from the product's own walk. A line that is
 * neither is counted and skipped, never a failure of the whole file: a walk pasted from a terminal often
 * carries a prompt or a wrapped line.
 */
public record Walk(List<Value> values, int skippedLines) {
    /** Lines read from one file at most: a large PDU answers a few thousand objects, a file of millions is not a walk. */
    public static final int MAX_LINES = 200_000;
    private static final Pattern OID = Pattern.compile("\\.?\\d+(\\.\\d+)+");
    private static final Pattern SNMPWALK = Pattern.compile("^(\\.?\\d+(?:\\.\\d+)+)\\s*=\\s*(?:([A-Za-z0-9-]+):\\s*)?(.*)$");
    private static final Pattern TICKS = Pattern.compile("^\\((\\d+)\\).*");

    /** One answered object; {@code type} in the words of snmpwalk: integer, string, oid, gauge, counter, counter64, timeticks, ipaddress. */
    public record Value(String oid, String type, String text) {
        public boolean numeric() {
            return number().isPresent();
        }

        /** The value as a number: an integer type, or a text that is a plain number ("23.5"). */
        public Optional<Double> number() {
            if (type.equals("string")) {
                String t = text.strip();
                return t.matches("-?\\d{1,15}(\\.\\d{1,9})?") ? Optional.of(Double.parseDouble(t)) : Optional.empty();
            }
            if (type.equals("oid") || type.equals("ipaddress")) {
                return Optional.empty();
            }
            try {
                return Optional.of(Double.parseDouble(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** Reads snmprec or snmpwalk -On text; which one is told line by line. */
    public static Walk parse(String text) {
        List<Value> out = new ArrayList<>();
        int skipped = 0;
        int lines = 0;
        for (String raw : text.split("\\R")) {
            if (++lines > MAX_LINES) {
                skipped++;
                continue;
            }
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Value v = snmprec(line);
            if (v == null) {
                v = snmpwalk(line);
            }
            if (v == null) {
                skipped++;
            } else {
                out.add(v);
            }
        }
        out.sort((a, b) -> compare(a.oid(), b.oid()));
        return new Walk(List.copyOf(out), skipped);
    }

    public Optional<String> valueOf(String oid) {
        return values.stream().filter(v -> v.oid().equals(oid)).map(Value::text).findFirst();
    }

    public Optional<String> sysObjectId() {
        return valueOf("1.3.6.1.2.1.1.2.0").map(s -> s.replaceFirst("^\\.", ""));
    }

    public Optional<String> sysDescr() {
        return valueOf("1.3.6.1.2.1.1.1.0");
    }

    private static Value snmprec(String line) {
        String[] p = line.split("\\|", 3);
        if (p.length != 3 || !OID.matcher(p[0]).matches()) {
            return null;
        }
        String oid = p[0].replaceFirst("^\\.", "");
        String tag = p[1].toLowerCase(Locale.ROOT);
        // snmpsim's variation modules (":" suffix, e.g. 2:numeric) keep the base tag before the colon
        String base = tag.replaceAll("[^0-9].*$", "");
        boolean hex = tag.startsWith(base + "x");
        String value = p[2];
        if (hex) {
            try {
                value = new String(HexFormat.of().parseHex(value.strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String type = switch (base) {
            case "2" -> "integer";
            case "4" -> "string";
            case "6" -> "oid";
            case "64" -> "ipaddress";
            case "65" -> "counter";
            case "66" -> "gauge";
            case "67" -> "timeticks";
            case "70" -> "counter64";
            default -> null;
        };
        return type == null ? null : new Value(oid, type, value);
    }

    private static Value snmpwalk(String line) {
        Matcher m = SNMPWALK.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String oid = m.group(1).replaceFirst("^\\.", "");
        String kind = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
        String value = m.group(3).strip();
        if (value.startsWith("No Such") || value.startsWith("No more variables")) {
            return null;
        }
        return switch (kind) {
            case "INTEGER" -> new Value(oid, "integer", enumNumber(value));
            case "GAUGE32", "UNSIGNED32" -> new Value(oid, "gauge", firstNumber(value));
            case "COUNTER32" -> new Value(oid, "counter", firstNumber(value));
            case "COUNTER64" -> new Value(oid, "counter64", firstNumber(value));
            case "TIMETICKS" -> {
                Matcher t = TICKS.matcher(value);
                yield new Value(oid, "timeticks", t.matches() ? t.group(1) : firstNumber(value));
            }
            case "OID" -> new Value(oid, "oid", value.replaceFirst("^\\.", ""));
            case "IPADDRESS" -> new Value(oid, "ipaddress", value);
            case "HEX-STRING" -> new Value(oid, "string", hexText(value));
            case "STRING", "" -> new Value(oid, "string", unquote(value));
            default -> new Value(oid, "string", unquote(value));
        };
    }

    /** snmpwalk prints a named enumeration as {@code onLine(2)} without -Oe: the number is what the agent sent. */
    private static String enumNumber(String v) {
        Matcher m = Pattern.compile("^[A-Za-z][\\w-]*\\((-?\\d+)\\)$").matcher(v);
        return m.matches() ? m.group(1) : firstNumber(v);
    }

    /** "123 Volts" (snmpwalk with the MIB's DISPLAY-HINT/UNITS) is 123. */
    private static String firstNumber(String v) {
        Matcher m = Pattern.compile("^-?\\d+").matcher(v.strip());
        return m.find() ? m.group() : v;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static String hexText(String v) {
        try {
            return new String(HexFormat.of().parseHex(v.replaceAll("\\s+", "")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return v;
        }
    }

    /** OIDs in the order an agent walks them: arc by arc, numerically. */
    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Long.compare(arc(x[i]), arc(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static long arc(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
