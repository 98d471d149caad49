package vn.dcim.web.ui.rack;

import io.micronaut.core.annotation.Nullable;

/**
 * The colour class of a rack on the floor plan and in the lists. Temperature follows ASHRAE's
 * recommended inlet range for IT equipment (18–27 °C); power is the share of the rack's budget.
 */
public final class Heat {
    public static final String UNKNOWN = "heat-unknown";

    private Heat() {
    }

    public static String ofInlet(@Nullable Double celsius) {
        if (celsius == null) {
            return UNKNOWN;
        }
        if (celsius < 18) {
            return "heat-cold";
        }
        if (celsius <= 24) {
            return "heat-ok";
        }
        if (celsius <= 27) {
            return "heat-warm";
        }
        return celsius <= 32 ? "heat-hot" : "heat-over";
    }

    public static String ofPowerShare(@Nullable Double percent) {
        if (percent == null) {
            return UNKNOWN;
        }
        if (percent < 60) {
            return "heat-ok";
        }
        if (percent < 80) {
            return "heat-warm";
        }
        return percent <= 100 ? "heat-hot" : "heat-over";
    }
}
