package vn.dcim.mqtt.dialect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a value in the unit a device announces into the unit the product stores its metric in
 * (docs/metrics.md): Wh into kWh, °F into °C, Pa into hPa, mA into A... One table for every dialect
 * (JSONata {@code $convert(value, from, to)}), so that an energy meter gives kWh whoever made it.
 * Units of one quantity convert through a base unit with a factor (and an offset for temperatures);
 * units of different quantities do not convert: the value is refused (null) rather than stored
 * under a unit it is not in.
 */
public final class UnitConversion {
    private record Unit(String quantity, double factor, double offset) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    private static void unit(String quantity, double factor, String... names) {
        for (String n : names) {
            UNITS.put(n.toLowerCase(Locale.ROOT), new Unit(quantity, factor, 0));
        }
    }

    static {
        // the degree sign, the masculine ordinal some firmware types for it, the one-character symbols, or none
        for (String c : new String[] {"°c", "ºc", "℃", "c", "celsius"}) {
            UNITS.put(c, new Unit("temperature", 1, 0));
        }
        for (String f : new String[] {"°f", "ºf", "℉", "f", "fahrenheit"}) {
            UNITS.put(f, new Unit("temperature", 5.0 / 9, -32 * 5.0 / 9));
        }
        for (String k : new String[] {"k", "kelvin"}) {
            UNITS.put(k, new Unit("temperature", 1, -273.15));
        }
        unit("pressure", 100, "hpa", "mbar", "millibar");
        unit("pressure", 1, "pa");
        unit("pressure", 1000, "kpa");
        unit("pressure", 100000, "bar");
        unit("pressure", 6894.757293168, "psi");
        unit("pressure", 3386.389, "inhg");
        unit("pressure", 133.322387415, "mmhg");
        unit("pressure", 1000000, "mpa");
        unit("power", 1, "w");
        unit("power", 1000, "kw");
        unit("power", 0.001, "mw");
        unit("power", 1000000, "mw_mega");
        unit("apparent_power", 1, "va");
        unit("apparent_power", 1000, "kva");
        unit("reactive_power", 1, "var");
        unit("reactive_power", 1000, "kvar");
        unit("voltage", 1, "v");
        unit("voltage", 0.001, "mv");
        unit("voltage", 1000, "kv");
        unit("current", 1, "a");
        unit("current", 0.001, "ma");
        unit("energy", 1, "wh");
        unit("energy", 1000, "kwh");
        unit("energy", 1000000, "mwh_mega");
        unit("energy", 1.0 / 3600, "j");
        unit("energy", 1000.0 / 3600, "kj");
        unit("frequency", 1, "hz");
        unit("frequency", 1000, "khz");
        unit("ratio", 1, "%");
        unit("ratio", 100, "ratio");
        unit("concentration_ppm", 1, "ppm");
        unit("concentration_ppm", 0.001, "ppb");
        unit("mass_concentration", 1, "µg/m³", "μg/m³", "ug/m³", "ug/m3", "µg/m3", "μg/m3");
        unit("mass_concentration", 1000, "mg/m³", "mg/m3");
        unit("illuminance", 1, "lx", "lux");
        unit("illuminance", 1000, "klx");
        unit("signal", 1, "dbm");
        unit("duration", 1, "s", "sec");
        unit("duration", 60, "min");
        unit("duration", 3600, "h");
        unit("duration", 86400, "d");
        unit("duration", 0.001, "ms");
        unit("volume", 1, "m³", "m3");
        unit("volume", 0.001, "l", "liters");
        unit("speed", 1, "m/s");
        unit("speed", 1000.0 / 3600, "km/h");
        unit("sound", 1, "db", "dba");
        // a distance sensor's (a radar's target, an ultrasonic or time-of-flight sensor's) reading, kept in mm
        unit("length", 1, "m");
        unit("length", 0.01, "cm");
        unit("length", 0.001, "mm");
    }

    private UnitConversion() {
    }

    /**
     * {@code value} (in {@code from}) in {@code to}; the value itself when both are the same or
     * {@code from} is not given (the device did not say: it is taken as sent); null when the units
     * measure different things or one is unknown while they differ.
     */
    public static Double convert(Double value, String from, String to) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        if (from == null || from.isBlank() || to == null || from.strip().equals(to.strip())) {
            return value;
        }
        Unit f = UNITS.get(key(from));
        Unit t = UNITS.get(key(to));
        if (f == null || t == null || !f.quantity().equals(t.quantity())) {
            return null;
        }
        double base = value * f.factor() + f.offset();
        double out = (base - t.offset()) / t.factor();
        // 12 significant digits: 3300 mV is 3.3 V, not binary floating point's 3.3000000000000003
        return new BigDecimal(out).round(new MathContext(12)).doubleValue();
    }

    /** Case matters only between milli and mega (mW and MW, mWh and MWh); the rest is read case-blind. */
    private static String key(String unit) {
        String u = unit.strip();
        if (u.equals("MW")) {
            return "mw_mega";
        }
        if (u.equals("MWh")) {
            return "mwh_mega";
        }
        return u.toLowerCase(Locale.ROOT);
    }
}
