package vn.dcim.web.ui.rack;

import io.micronaut.core.annotation.Nullable;

/**
 * The colour of a cell of a room's temperature field: below the recommended range blue, across it
 * eight bands from green to orange, above it red; the range is the setting the picture was made with.
 */
public final class ThermalBand {
    private ThermalBand() {
    }

    public static String of(@Nullable Double celsius, double low, double high) {
        if (celsius == null) {
            return "field-none";
        }
        if (celsius < low) {
            return "field-cold";
        }
        if (celsius > high) {
            return "field-hot";
        }
        int band = (int) Math.floor((celsius - low) / (high - low) * 8);
        return "field-" + Math.min(7, band);
    }
}
