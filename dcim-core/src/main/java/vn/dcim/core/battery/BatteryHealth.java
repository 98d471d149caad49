package vn.dcim.core.battery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * One UPS's battery as the planners see it: its register (installed, vendor life), what the UPS says
 * (replace indicator, last self-test), what the outages showed ({@code discharges}, the health now and
 * its trend a year) and what follows: the runtime to expect now at the present load, the day the
 * battery is to be replaced by and why, and the work order opened for it.
 */
@Serdeable
public record BatteryHealth(long assetId, String ups, @Nullable String deviceId, @Nullable LocalDate installedOn,
                            int vendorLifeMonths, @Nullable LocalDate lifeEndsOn, @Nullable String replaceIndicator,
                            boolean indicatorSaysReplace, @Nullable String selfTest, boolean selfTestFailed,
                            List<Discharge> discharges, @Nullable Double health, @Nullable Double healthPerYear,
                            @Nullable Double loadPercent, @Nullable Double upsRuntimeMinutes,
                            @Nullable Double expectedRuntimeMinutes, @Nullable LocalDate replaceBy,
                            @Nullable ReplaceReason reason, @Nullable Long replacementOrderId) {

    /** What sets the replace-by day: the earliest of the UPS's own verdicts, the runtime trend and the vendor life. */
    public enum ReplaceReason {
        replace_indicator, self_test, runtime_trend, vendor_life
    }
}
