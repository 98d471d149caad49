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
    // the exponent is part of the number: "1e309" read as 1 (and its "e309" as a unit) stored a 1
    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("^\\s*([-+]?(?:\\d+(?:[.,]\\d+)?|[.,]\\d+)(?:[eE][-+]?\\d+)?)\\s*(°?\\s*[A-Za-z%]*)");
    private static final Pattern NOT_FINITE = Pattern.compile("^\\s*[-+]?(?:nan|inf|infinity)\\b", Pattern.CASE_INSENSITIVE);

    private ValueDecoder() {
    }

    public static Decoded decode(MetricDef metric, Variable v) {
        return decode(metric, v, false);
    }

    /** {@code inFahrenheit}: the agent's unit setting says this row is in °F (the metric's fahrenheitWhen). */
    public static Decoded decode(MetricDef metric, Variable v, boolean inFahrenheit) {
        return decode(metric, v, inFahrenheit, PlausibleRanges.standard());
    }

    /**
     * Never throws: whatever an agent sends becomes a value or a refusal of this value alone, so one
     * bad variable cannot take the rest of a poll with it.
     */
    public static Decoded decode(MetricDef metric, Variable v, boolean inFahrenheit, PlausibleRanges ranges) {
        try {
            return decodeOrThrow(metric, v, inFahrenheit, ranges);
        } catch (RuntimeException e) {
            return Decoded.rejected(Refusal.undecodable, "could not decode " + (v == null ? "" : v.getSyntaxString() + " ")
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + abbreviate(e.getMessage())));
        }
    }

    private static Decoded decodeOrThrow(MetricDef metric, Variable v, boolean inFahrenheit, PlausibleRanges ranges) {
        if (v == null || v instanceof Null || v.isException()) {
            return Decoded.rejected(Refusal.no_value, "no value (" + (v == null ? "missing" : v.getSyntaxString()) + ")");
        }
        if (v instanceof LenientInteger32 i && i.rejection() != null) {
            return Decoded.rejected(Refusal.overflow, i.rejection());
        }
        double raw;
        String unitSuffix = "";
        if (v instanceof Counter64 c) {
            raw = Double.parseDouble(Long.toUnsignedString(c.getValue()));
        } else if (v instanceof Integer32 || v instanceof AssignableFromLong) {
            raw = v.toLong();
        } else if (v instanceof OctetString s) {
            if (metric.kind() == MetricKind.counter) {
                // a counter or TimeTicks is never text in any MIB: an agent answering sysUpTime as a
                // string is answering something else
                return Decoded.rejected(Refusal.wrong_type, "wrong type OCTET STRING \"" + abbreviate(s.isPrintable() ? s.toString() : s.toHexString())
                        + "\" for a counter");
            }
            if (s.length() == 0 || (s.isPrintable() && s.toString().isBlank())) {
                // an empty text is the agent reporting nothing for this object (a Vutlan unit answers "" for
                // an unplugged probe), not garbage: refused like a missing instance, not counted
                return Decoded.rejected(Refusal.no_value, "no value (empty text)");
            }
            String text = s.isPrintable() ? s.toString() : "";
            if (metric.kind() == MetricKind.state) {
                Decoded named = stateNamed(metric, text.trim());
                if (named != null) {
                    return named;
                }
            }
            if (NOT_FINITE.matcher(text).find()) {
                return Decoded.rejected(Refusal.not_finite, "not a finite number: \"" + abbreviate(text) + "\"");
            }
            Matcher m = NUMBER_WITH_UNIT.matcher(text);
            if (!m.find()) {
                return Decoded.rejected(Refusal.not_a_number, "not a number: \"" + abbreviate(text.isEmpty() ? s.toHexString() : text) + "\"");
            }
            raw = Double.parseDouble(m.group(1).replace(',', '.'));
            if (Double.isInfinite(raw)) {
                return Decoded.rejected(Refusal.overflow, "overflow: \"" + abbreviate(m.group(1)) + "\" is beyond any number");
            }
            unitSuffix = m.group(2).replaceAll("[°\\s]", "");
        } else {
            return Decoded.rejected(Refusal.wrong_type, "wrong type " + v.getSyntaxString() + " for a number");
        }
        if (raw == Math.rint(raw) && metric.sentinels().contains((long) raw)) {
            return Decoded.rejected(Refusal.sentinel, "sentinel " + (long) raw + " (not available)");
        }
        if (metric.kind() == MetricKind.state) {
            StateMeaning meaning = metric.states().get((long) raw);
            return Decoded.value(raw, meaning == null ? "unknown(" + (long) raw + ")" : meaning.text());
        }
        double value = metric.scale(raw);
        if (inFahrenheit || ("F".equalsIgnoreCase(unitSuffix) && "°C".equals(metric.unit()))) {
            value = (value - 32) * 5 / 9;
        }
        if (!Double.isFinite(value)) {
            return Decoded.rejected(Refusal.not_finite, "not a finite number after scaling: " + value);
        }
        PlausibleRanges.Range plausible = ranges.of(metric.unit(), metric.name());
        if (plausible != null && !plausible.contains(value)) {
            return Decoded.rejected(Refusal.implausible, "implausible " + value + " " + metric.unit() + " (plausible " + plausible + ")");
        }
        if ((metric.min() != null && value < metric.min()) || (metric.max() != null && value > metric.max())) {
            return Decoded.rejected(Refusal.out_of_range, "out of range " + value + " " + metric.unit());
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
