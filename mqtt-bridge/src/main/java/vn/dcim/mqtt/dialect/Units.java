package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Map;

/**
 * Turns a value in the unit a device states into the unit the product keeps for the metric (Wh into kWh,
 * mV into V, °F into °C, Pa into hPa ...): devices that describe themselves name their own units, and a
 * reading must be stored in one unit per metric for thresholds and charts to mean anything. One table
 * for every dialect, so that an energy meter is kWh whoever sends it.
 */
public final class Units {
    /** A unit as a multiple of its dimension's base (temperatures aside: they have offsets). */
    private record Scale(String dimension, double factor) {
    }

    private static final Map<String, Scale> SCALES = Map.ofEntries(
            Map.entry("w", new Scale("power", 1)), Map.entry("kw", new Scale("power", 1e3)), Map.entry("mw", new Scale("power", 1e-3)),
            Map.entry("wh", new Scale("energy", 1e-3)), Map.entry("kwh", new Scale("energy", 1)), Map.entry("mwh", new Scale("energy", 1e3)),
            Map.entry("v", new Scale("voltage", 1)), Map.entry("mv", new Scale("voltage", 1e-3)), Map.entry("kv", new Scale("voltage", 1e3)),
            Map.entry("a", new Scale("current", 1)), Map.entry("ma", new Scale("current", 1e-3)),
            Map.entry("va", new Scale("apparent", 1)), Map.entry("kva", new Scale("apparent", 1e3)),
            Map.entry("var", new Scale("reactive", 1)), Map.entry("kvar", new Scale("reactive", 1e3)),
            Map.entry("hz", new Scale("frequency", 1)), Map.entry("khz", new Scale("frequency", 1e3)),
            Map.entry("hpa", new Scale("pressure", 1)), Map.entry("mbar", new Scale("pressure", 1)), Map.entry("pa", new Scale("pressure", 1e-2)),
            Map.entry("kpa", new Scale("pressure", 10)), Map.entry("bar", new Scale("pressure", 1e3)),
            Map.entry("ppm", new Scale("ratio", 1)), Map.entry("ppb", new Scale("ratio", 1e-3)),
            Map.entry("µg/m³", new Scale("density", 1)), Map.entry("mg/m³", new Scale("density", 1e3)),
            Map.entry("lx", new Scale("illuminance", 1)), Map.entry("klx", new Scale("illuminance", 1e3)),
            Map.entry("%", new Scale("percent", 1)),
            Map.entry("s", new Scale("time", 1)), Map.entry("min", new Scale("time", 60)), Map.entry("h", new Scale("time", 3600)));

    private Units() {
    }

    /** The unit written one way: "kWh" and "KWH", "lux" and "lx", "ug/m3", "μg/m³" (Greek mu) and "µg/m³" (micro sign) are each one unit. */
    static String canonical(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT).replace('μ', 'µ').replace("m3", "m³").replace("ug/", "µg/");
        return switch (u) {
            case "lux" -> "lx";
            case "°c", "ºc", "c", "celsius" -> "°c";
            case "°f", "ºf", "f", "fahrenheit" -> "°f";
            case "k", "kelvin" -> "k";
            default -> u;
        };
    }

    /**
     * {@code value} in {@code from} expressed in {@code to}; null when either is unknown or they measure
     * different things (the caller then keeps the device's own value and unit).
     */
    public static @Nullable Double convert(double value, @Nullable String from, @Nullable String to) {
        if (from == null || to == null) {
            return null;
        }
        String f = canonical(from);
        String t = canonical(to);
        if (f.equals(t)) {
            return value;
        }
        Double celsius = switch (f) {
            case "°c" -> value;
            case "°f" -> (value - 32) * 5 / 9;
            case "k" -> value - 273.15;
            default -> null;
        };
        if (celsius != null) {
            return switch (t) {
                case "°c" -> celsius;
                case "°f" -> celsius * 9 / 5 + 32;
                case "k" -> celsius + 273.15;
                default -> null;
            };
        }
        Scale a = SCALES.get(f);
        Scale b = SCALES.get(t);
        if (a == null || b == null || !a.dimension().equals(b.dimension())) {
            return null;
        }
        return value * a.factor() / b.factor();
    }
}
