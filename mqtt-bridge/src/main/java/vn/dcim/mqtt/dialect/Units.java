package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * The units a device that describes itself names (devices name their own units, and a reading must be stored in one
 * unit per metric for thresholds and charts to mean anything): each spelling made one, and a value turned into the
 * unit the product keeps for the metric by {@link UnitConversion}, the one table every dialect converts with.
 */
public final class Units {
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
     * {@code value} in {@code from} expressed in {@code to}; null when either is not named, is unknown, or they
     * measure different things (the caller then keeps the device's own value and unit).
     */
    public static @Nullable Double convert(double value, @Nullable String from, @Nullable String to) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            return null;
        }
        if (canonical(from).equals(canonical(to))) {
            return value;
        }
        return UnitConversion.convert(value, from, to);
    }
}
