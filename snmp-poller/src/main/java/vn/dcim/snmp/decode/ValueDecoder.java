package vn.dcim.snmp.decode;

import org.snmp4j.smi.AssignableFromLong;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import vn.dcim.snmp.profile.MetricDef;
import vn.dcim.snmp.profile.MetricKind;
import vn.dcim.snmp.profile.StateMeaning;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what an agent answered into a value as the profile says: any integer type is accepted (many
 * agents send INTEGERs as Gauge32), strings with a leading number and unit ("70 F", "89.0 %") are
 * read, °F (by the text's unit or the agent's setting) is converted where the metric is in °C;
 * sentinels and garbage are refused with a reason.
 */
public final class ValueDecoder {
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("^\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*(°?\\s*[A-Za-z%]*)");

    private ValueDecoder() {
    }

    public static Decoded decode(MetricDef metric, Variable v) {
        return decode(metric, v, false);
    }

    /** {@code inFahrenheit}: the agent's unit setting says this row is in °F (the metric's fahrenheitWhen). */
    public static Decoded decode(MetricDef metric, Variable v, boolean inFahrenheit) {
        if (v == null || v instanceof Null || v.isException()) {
            return Decoded.rejected("no value (" + (v == null ? "missing" : v.getSyntaxString()) + ")");
        }
        if (v instanceof LenientInteger32 i && i.rejection() != null) {
            return Decoded.rejected(i.rejection());
        }
        double raw;
        String unitSuffix = "";
        if (v instanceof Counter64 c) {
            raw = Double.parseDouble(Long.toUnsignedString(c.getValue()));
        } else if (v instanceof Integer32 || v instanceof AssignableFromLong) {
            raw = v.toLong();
        } else if (v instanceof OctetString s) {
            String text = s.isPrintable() ? s.toString() : "";
            if (metric.kind() == MetricKind.state) {
                Decoded named = stateNamed(metric, text.trim());
                if (named != null) {
                    return named;
                }
            }
            Matcher m = NUMBER_WITH_UNIT.matcher(text);
            if (!m.find()) {
                return Decoded.rejected("not a number: \"" + abbreviate(text.isEmpty() ? s.toHexString() : text) + "\"");
            }
            raw = Double.parseDouble(m.group(1).replace(',', '.'));
            unitSuffix = m.group(2).replaceAll("[°\\s]", "");
        } else {
            return Decoded.rejected("unexpected type " + v.getSyntaxString() + " for a number");
        }
        if (raw == Math.rint(raw) && metric.sentinels().contains((long) raw)) {
            return Decoded.rejected("sentinel " + (long) raw + " (not available)");
        }
        if (metric.kind() == MetricKind.state) {
            StateMeaning meaning = metric.states().get((long) raw);
            return Decoded.value(raw, meaning == null ? "unknown(" + (long) raw + ")" : meaning.text());
        }
        double value = metric.scale(raw);
        if (inFahrenheit || ("F".equalsIgnoreCase(unitSuffix) && "°C".equals(metric.unit()))) {
            value = (value - 32) * 5 / 9;
        }
        if ((metric.min() != null && value < metric.min()) || (metric.max() != null && value > metric.max())) {
            return Decoded.rejected("out of range " + value + " " + metric.unit());
        }
        return Decoded.value(value, null);
    }

    /** Some agents send a state as its name ("active", "Normal Operation"): the profile's state of that text. */
    private static Decoded stateNamed(MetricDef metric, String text) {
        for (Map.Entry<Long, StateMeaning> e : metric.states().entrySet()) {
            if (e.getValue().text().equalsIgnoreCase(text)) {
                return Decoded.value(e.getKey(), e.getValue().text());
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
