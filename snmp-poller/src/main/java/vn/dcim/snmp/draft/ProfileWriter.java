package vn.dcim.snmp.draft;

import vn.dcim.snmp.profile.MetricKind;
import vn.dcim.snmp.profile.Profile;
import vn.dcim.snmp.profile.ProfileException;
import vn.dcim.snmp.profile.ProfileReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the kept candidates of a draft as a profile file in the form of the shipped ones (docs/profiles.md), one
 * metric a line, and reads it back as the poller does before anyone saves it: a draft that would not load is
 * refused here, not found missing after a restart. Every text that came from a device or an operator is
 * written as a double-quoted scalar, so nothing in a walk can change the file's structure.
 */
public final class ProfileWriter {
    private ProfileWriter() {
    }

    /**
     * @param kept   the candidates the operator kept, as they set them
     * @param header comment lines (who drafted it, from what)
     * @return the YAML text, already read back by {@link ProfileReader}
     * @throws ProfileException when it would not load (no metric kept, a bad OID)
     */
    public static String yaml(ProfileDraft draft, String description, List<ProfileDraft.Candidate> kept, List<String> header) {
        if (kept.isEmpty()) {
            throw new ProfileException(draft.name() + ": keep at least one value");
        }
        StringBuilder y = new StringBuilder();
        header.forEach(h -> y.append("# ").append(h.replaceAll("[\\r\\n]", " ")).append('\n'));
        y.append("name: ").append(draft.name()).append('\n');
        y.append("description: ").append(quote(description == null || description.isBlank() ? draft.description() : description.strip())).append('\n');
        y.append("match:\n");
        if (draft.sysObjectId().matches("\\d+(\\.\\d+)+") && draft.sysObjectId().startsWith("1.3.6.1.4.1.")) {
            y.append("  sysObjectId: [").append(draft.sysObjectId()).append("]\n");
        }
        // the subtrees of what is read: a device of this model answers them even where its sysObjectID differs
        y.append("  probe: [").append(String.join(", ", probes(kept))).append("]\n");
        y.append("metrics:\n");
        for (ProfileDraft.Candidate c : kept) {
            y.append("  - {name: ").append(quote(c.metric()));
            if (!c.mibName().isBlank()) {
                y.append(", mibName: ").append(quote(c.mibName()));
            }
            y.append(c.column() ? ", column: " + c.oid() : ", oid: " + c.oid() + ".0");
            if (c.kind() == MetricKind.state) {
                y.append(", kind: state, states: {");
                List<String> states = new ArrayList<>();
                for (Map.Entry<Long, String> s : c.states().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                    states.add(s.getKey() + ": {text: " + quote(s.getValue()) + ", severity: " + severity(s.getValue()) + "}");
                }
                y.append(String.join(", ", states)).append('}');
            } else {
                if (c.kind() == MetricKind.counter) {
                    y.append(", kind: counter");
                }
                if (!c.unit().isBlank()) {
                    y.append(", unit: ").append(quote(c.unit()));
                }
                if (c.divisor() != 1) {
                    y.append(", divisor: ").append(number(c.divisor()));
                }
                if (c.multiplier() != 1) {
                    y.append(", multiplier: ").append(number(c.multiplier()));
                }
            }
            y.append("}\n");
        }
        String text = y.toString();
        Profile read = ProfileReader.read(draft.name() + ".yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        if (read.metrics().size() != kept.size()) {
            throw new ProfileException(draft.name() + ": wrote " + kept.size() + " metrics, read back " + read.metrics().size());
        }
        return text;
    }

    /** The tables (a column's parent) and scalar groups the kept metrics sit in, at most 8. */
    static List<String> probes(List<ProfileDraft.Candidate> kept) {
        List<String> out = new ArrayList<>();
        for (ProfileDraft.Candidate c : kept) {
            String p = c.column() ? c.oid().substring(0, c.oid().lastIndexOf('.')) : c.oid();
            if (out.stream().noneMatch(x -> p.equals(x) || p.startsWith(x + ".")) && out.size() < 8) {
                out.removeIf(x -> x.startsWith(p + "."));
                out.add(p);
            }
        }
        return out;
    }

    /** A state's severity from its name, as the shipped profiles grade them; the operator changes it in the file. */
    static String severity(String text) {
        return SEVERITIES.of(text);
    }

    /** "no…" and "not…" (noAlarm, notPresent) first: a state that names a fault only to deny it is normal. */
    private static final FirstMatch SEVERITIES = FirstMatch.of("normal",
            FirstMatch.rule("^no|normal|ok|online|on-line|closed", "normal"),
            FirstMatch.rule("fail|fault|critical|alarm|onbattery|lost|error|broken|short|leak|smoke|fire", "critical"),
            FirstMatch.rule("warn|low|high|bypass|unknown|test|overload|degrad", "warning"));

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A value as a person reads it: at most 3 decimals, no trailing zeros. */
    public static String shown(double d) {
        return new java.math.BigDecimal(d).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
