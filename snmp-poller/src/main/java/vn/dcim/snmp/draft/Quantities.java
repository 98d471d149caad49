package vn.dcim.snmp.draft;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value measures, read from its object's name (upsHighPrecInputLineVoltage), else from the MIB's UNITS
 * ("0.1 VAC"), and the scale the MIB states for it ("in tenths of degrees", "1/100 Hz", UNITS "mA"): the
 * knowledge a technician uses when writing a profile from a MIB, applied the same way to every object.
 */
final class Quantities {
    /** One kind of measurement: how a name says it, how UNITS say it, the unit it is stored in. */
    record Quantity(String key, Pattern name, Pattern units, String unit) {
    }

    /** The guess for one object. */
    record Guess(Quantity quantity, double divisor, double multiplier, String unit, String why) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    // order matters: "power factor" before "power", "apparent power" before "power", "battery charge" before "load"
    static final List<Quantity> ALL = List.of(
            q("temperature", "temp|celsius|degc", "celsius|degree|°c|deg c|dc\\b", "°C"),
            q("humidity", "humid|(^|[^a-z])rh([^a-z]|$)", "%rh|relative humidity", "%"),
            q("power_factor", "powerfactor|power_factor|(^|[^a-z])pf([^a-z]|$)", "power factor", ""),
            q("apparent_power", "apparent|voltamp|(^|[^a-z])va([^a-z]|$)|kva", "\\bva\\b|kva|volt-?amp", "VA"),
            q("energy", "energy|kwh|watthour|wh([^a-z]|$)", "kwh|watt-?hour|\\bwh\\b", "kWh"),
            q("power", "power|watt|kw$", "watt|\\bkw\\b|\\bw\\b", "W"),
            q("voltage", "volt", "volt|\\bv\\b|vac|vdc|\\bdv\\b|\\bmv\\b", "V"),
            q("current", "current|amp", "amp|\\ba\\b|\\bma\\b|\\bda\\b", "A"),
            q("frequency", "freq|hertz|(^|[^a-z])hz", "hz|hertz", "Hz"),
            q("runtime", "runtime|timeremaining|timeleft|autonomy|backuptime|remainingtime|minutesremaining", "minute", "min"),
            q("charge", "capacity|charge", "", "%"),
            q("load", "load|utili[sz]ation", "percent|%", "%"),
            q("speed", "speed|rpm", "rpm", ""),
            q("pressure", "pressure", "pa\\b|bar\\b|psi", ""),
            q("flow", "flow", "l/min|m3/h", ""),
            q("fuel", "fuel", "", "%"));
    // MIBs exported from a controller's configuration (ComAp's InteliConfig/LiteEdit) state a value's decimals and
    // unit only in its DESCRIPTION, "DEC=1, UNIT='V'": the OIDs and scales differ by configuration, so the centre
    // teaches the controller from its own exported MIB rather than from a shipped profile
    private static final Pattern DECIMALS = Pattern.compile("\\bDEC=(\\d)\\b");
    private static final Pattern UNIT_TEXT = Pattern.compile("\\bUNIT='([^']+)'");
    private static final Pattern SETTING = Pattern.compile(
            "threshold|limit|setpoint|set_?point|config|delay|rated|nominal|hysteresis|calibrat|offset|sensitivity|interval|timeout", FLAGS);

    private Quantities() {
    }

    private static Quantity q(String key, String name, String units, String unit) {
        return new Quantity(key, Pattern.compile(name, FLAGS), units.isEmpty() ? null : Pattern.compile(units, FLAGS), unit);
    }

    /** Whether the name is that of a setting (a threshold, a rated value) rather than of a measurement. */
    static boolean setting(String name) {
        return SETTING.matcher(name).find();
    }

    /** The quantity, unit and scale the object's name, UNITS, DESCRIPTION and syntax say; null when they say none. */
    static Guess fromMib(String name, String unitsClause, String description, String syntax) {
        Matcher stated = UNIT_TEXT.matcher(description);
        String units = unitsClause.isBlank() && stated.find() && !"-".equals(stated.group(1).strip()) ? stated.group(1).strip() : unitsClause;
        Quantity found = null;
        String why = "name";
        String flat = name.replaceAll("[-_]", "");
        for (Quantity q : ALL) {
            if (q.name().matcher(flat).find()) {
                found = q;
                break;
            }
        }
        if (found == null && !units.isBlank()) {
            for (Quantity q : ALL) {
                if (q.units() != null && q.units().matcher(units).find()) {
                    found = q;
                    why = "UNITS";
                    break;
                }
            }
        }
        if (found == null) {
            return null;
        }
        String text = (units + " | " + description).toLowerCase(Locale.ROOT);
        double divisor = decimalDivisor(units.toLowerCase(Locale.ROOT));
        if (divisor == 1) {
            divisor = decimalDivisor(description.toLowerCase(Locale.ROOT));
        }
        Matcher decimals = DECIMALS.matcher(description);
        if (divisor == 1 && decimals.find()) {
            divisor = Math.pow(10, Integer.parseInt(decimals.group(1)));
        }
        double multiplier = 1;
        String unit = found.unit();
        switch (found.key()) {
            case "power", "apparent_power" -> {
                if (Pattern.compile("kilo|\\bkw\\b|\\bkva\\b").matcher(text).find() || flat.toLowerCase(Locale.ROOT).matches(".*(kw|kva)$")) {
                    multiplier = 1000;
                }
            }
            case "energy" -> {
                if (!text.contains("kwh") && !text.contains("kilo") && Pattern.compile("\\bwh\\b|watt-?hour").matcher(text).find()) {
                    divisor *= 1000;
                }
            }
            case "runtime" -> {
                if (syntax.startsWith("TimeTicks")) {
                    divisor = 6000;
                } else if (text.contains("second") && !text.contains("minute")) {
                    divisor *= 60;
                } else if (text.contains("hour") && !text.contains("minute")) {
                    multiplier = 60;
                }
            }
            case "temperature" -> {
                if (text.contains("fahrenheit") && !text.contains("celsius") && !text.contains("centigrade")) {
                    unit = "°F";
                }
            }
            case "pressure", "speed", "flow" -> unit = units.isBlank() ? "" : units.replaceAll("(?i)^(0\\.\\d+|1/\\d+|tenths? of|hundredths? of)\\s*", "").strip();
            default -> {
            }
        }
        String scale = divisor != 1 ? " ÷" + (long) divisor : multiplier != 1 ? " ×" + (long) multiplier : "";
        return new Guess(found, divisor, multiplier, unit, found.key() + " from its " + why + scale);
    }

    /**
     * The decimals a text says a value carries: "tenths", "0.1", "1/10", "deci", "dV" → 10; hundredths → 100;
     * thousandths, "milli", "mA" → 1000. The finer one first, so "1/100" is not read as "1/10".
     */
    static double decimalDivisor(String t) {
        if (Pattern.compile("thousandth|(?<![\\d.])0\\.001(?!\\d)|1/1000(?!\\d)|milli|\\bm[avw]\\b|\\bmhz\\b").matcher(t).find()) {
            return 1000;
        }
        if (Pattern.compile("[*x×] ?100\\b|times 100\\b|hundredth|(?<![\\d.])0\\.01(?!\\d)|1/100(?!\\d)|centi(?!grade)|\\bc[av]\\b").matcher(t).find()) {
            return 100;
        }
        if (Pattern.compile("[*x×] ?10\\b|times 10\\b|tenth|(?<![\\d.])0\\.1(?!\\d)|1/10(?!\\d)|deci(?!mal)|\\bd[av]\\b|\\bdhz\\b").matcher(t).find()) {
            return 10;
        }
        return 1;
    }

    /**
     * Without a MIB only the values speak, and weakly: a column of mains voltages (around 230 V or 120 V, or ten
     * times that) and mains frequencies (50/60 Hz, or ten or a hundred times that) is recognisable; nothing else
     * is guessed, and even these are offered unticked.
     */
    static Guess fromValues(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        for (double d : new double[] {1, 10, 100}) {
            if (values.stream().allMatch(v -> near(v / d, 50, 1) || near(v / d, 60, 1)) && values.stream().anyMatch(v -> v != 0)) {
                return new Guess(find("frequency"), d, 1, "Hz", "frequency from its values (50/60 Hz)" + (d > 1 ? " ÷" + (long) d : ""));
            }
        }
        for (double d : new double[] {1, 10}) {
            if (values.stream().allMatch(v -> between(v / d, 200, 250) || between(v / d, 100, 130) || between(v / d, 380, 420))) {
                return new Guess(find("voltage"), d, 1, "V", "mains voltage from its values" + (d > 1 ? " ÷" + (long) d : ""));
            }
        }
        return null;
    }

    /**
     * The decimals a MIB left unsaid, from the values: a temperature of 235 °C, a humidity of 455 % or a frequency of
     * 500 Hz is a value in tenths. Only for quantities whose range is narrow enough to tell; the guess says so.
     */
    static Guess plausible(Guess g, List<Double> values) {
        if (g == null || values.isEmpty() || g.divisor() != 1 || g.multiplier() != 1) {
            return g;
        }
        double top = values.stream().mapToDouble(Math::abs).max().orElse(0);
        double limit = switch (g.quantity().key()) {
            case "temperature" -> 150;
            case "humidity", "charge", "load", "fuel" -> 100;
            case "frequency" -> 100;
            case "voltage" -> 1000;
            default -> Double.MAX_VALUE;
        };
        double divisor = 1;
        while (top / divisor > limit && divisor < 1000) {
            divisor *= 10;
        }
        return divisor == 1 ? g : new Guess(g.quantity(), divisor, 1, g.unit(), g.why() + ", ÷" + (long) divisor + " from its values");
    }

    static Quantity find(String key) {
        return ALL.stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    private static boolean near(double v, double target, double tolerance) {
        return Math.abs(v - target) <= tolerance;
    }

    private static boolean between(double v, double low, double high) {
        return v >= low && v <= high;
    }
}
